"""Per-computer interface preferences (window geometry, columns, language) in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

FILE_NAME = "interface.ini"


def interface_settings(data_dir: Path) -> QSettings:
    """A QSettings kept beside the database, so tests and several data folders stay apart."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(data_dir / FILE_NAME), QSettings.Format.IniFormat)


_current: dict[str, QSettings] = {}


def use(settings: QSettings) -> None:
    """Make ``settings`` the one pages read and write (set by the start-up shell)."""
    _current["settings"] = settings


def current() -> QSettings:
    """The interface settings in use (the per-user default when the shell set none)."""
    if "settings" not in _current:
        _current["settings"] = QSettings("crmdesk", "crmdesk")
    return _current["settings"]
