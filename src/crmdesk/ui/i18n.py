"""Interface languages: which ones exist, where their translations live, and installing one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import crmdesk

#: Language code -> its own name (shown in that language so everyone can find theirs).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "th": "ไทย",
    "zh_TW": "繁體中文",
    "zh_CN": "简体中文",
}

_installed: list[QTranslator] = []


def resources_dir() -> Path:
    """``resources/`` next to ``src/`` in a checkout, else inside the installed package."""
    repo = Path(crmdesk.__file__).resolve().parents[2] / "resources"
    if repo.is_dir():
        return repo
    return Path(crmdesk.__file__).resolve().parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """The supported language closest to the system locale (English when none fits)."""
    locale = QLocale.system()
    name = locale.name()  # e.g. th_TH, zh_TW, zh_CN
    if name.startswith("th"):
        return "th"
    if name.startswith("zh"):
        script = locale.script()
        traditional = script == QLocale.Script.TraditionalHanScript or name[3:] in (
            "TW",
            "HK",
            "MO",
        )
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def chosen_language(settings: QSettings) -> str:
    """The language the user chose, else the system's."""
    value = str(settings.value("language", "") or "")
    return value if value in LANGUAGES else system_language()


def set_language(settings: QSettings, code: str) -> None:
    """Remember ``code`` ("" follows the system); takes effect at the next ``install``."""
    settings.setValue("language", code if code in LANGUAGES else "")


def install(code: str) -> bool:
    """Replace the application's translators by ``code``'s; True when a catalogue loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(code if code != "en" else "en_US"))
    ours = QTranslator(app)
    loaded = ours.load(str(translations_dir() / f"crmdesk_{code}.qm"))
    if loaded:  # English has a catalogue too, for plural forms only
        app.installTranslator(ours)
        _installed.append(ours)
    if code == "en":
        return True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
