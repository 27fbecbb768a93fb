"""The shipped icon set: every purpose draws from resources/icons in the palette's colour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmdesk.ui import icons, theme


def _stroke_colors(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    before = application.palette()
    yield application
    application.setPalette(before)


def test_the_icon_set_ships_with_its_licence_and_source() -> None:
    licence = (icons.icons_dir() / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    assert "lucide-static" in (icons.icons_dir() / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("purpose", icons.purposes())
def test_every_purpose_draws_its_svg_from_resources(purpose: str, app: QApplication) -> None:
    icon = icons.icon(purpose)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert icon.availableSizes() == []  # drawn from SVG, not a fixed-size theme pixmap
    image = icon.pixmap(QSize(32, 32)).toImage()
    inked = sum(1 for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 0)
    assert 30 < inked < 32 * 32 * 0.8  # an outline, not an empty or solid square


def test_every_svg_in_the_folder_is_used() -> None:
    shipped = {p.stem for p in icons.icons_dir().glob("*.svg")}
    assert shipped == {icons._FILES[p] for p in icons.purposes()}


def test_icons_follow_the_palette_from_light_to_dark(app: QApplication) -> None:
    call = icons.icon("call")
    app.setPalette(app.style().standardPalette())
    light = _stroke_colors(call.pixmap(QSize(48, 48)).toImage())
    app.setPalette(theme.dark_palette())
    dark = _stroke_colors(call.pixmap(QSize(48, 48)).toImage())
    text = theme.dark_palette().color(QPalette.ColorRole.WindowText)
    assert dark == {text.name()}
    assert light == {app.style().standardPalette().color(QPalette.ColorRole.WindowText).name()}
    disabled = _stroke_colors(call.pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage())
    assert disabled == {
        theme.dark_palette()
        .color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        .name()
    }
    assert QColor(next(iter(light))) != QColor(next(iter(dark)))


def test_an_unknown_purpose_still_gets_an_icon(app: QApplication) -> None:
    assert not icons.icon("no-such-purpose").isNull()
