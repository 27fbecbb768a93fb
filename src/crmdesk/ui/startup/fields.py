"""Small form helpers shared by the start-up dialogs: error labels and passphrase strength."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from crmdesk.ui import theme
from crmdesk.vault import MIN_PASSPHRASE, passphrase_problem


def error_label() -> QLabel:
    """A red, word-wrapped label for one field's problem; hidden while empty."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.error_color()};")
    label.setVisible(False)
    return label


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def passphrase_message(passphrase: str) -> str | None:
    """Why a new passphrase will not do, in the user's language (None when it will)."""
    problem = passphrase_problem(passphrase)
    if problem is None:
        return None
    if len(passphrase) < MIN_PASSPHRASE:
        return QCoreApplication.translate(
            "fields", "The passphrase must be at least {0} characters long."
        ).format(MIN_PASSPHRASE)
    if not passphrase.strip():
        return QCoreApplication.translate("fields", "The passphrase cannot be only spaces.")
    return problem


def strength(passphrase: str) -> int:
    """0 (too short) .. 3 (strong): length counts most, then a mix of kinds of characters."""
    if len(passphrase) < 8:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    score = 1 + (len(passphrase) >= 12) + (len(passphrase) >= 16 or kinds >= 3)
    return min(3, score)


def strength_text(passphrase: str) -> str:
    return [
        QCoreApplication.translate("fields", "Too short: use at least 8 characters."),
        QCoreApplication.translate("fields", "Weak: a longer phrase of several words is safer."),
        QCoreApplication.translate("fields", "Fair: longer is stronger."),
        QCoreApplication.translate("fields", "Strong."),
    ][strength(passphrase)]
