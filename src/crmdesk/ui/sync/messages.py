"""Sync and database-in-use problems in the user's language (services word them in English).

Every sentence is a literal ``translate`` call so ``pyside6-lupdate`` extracts it. Each
error class, and each error code or known reason the office server sends, maps to one
translated sentence; anything unknown falls back to the error's own text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from crmdesk.db.in_use import DatabaseInUse
from crmdesk.sync import merge
from crmdesk.sync.client import (
    CertificateChanged,
    LocalDatabaseFailed,
    NoKeyring,
    NotConnected,
    Offline,
    ServerRefused,
)
from crmdesk.sync.delete_window import Limit


def _sign_in_refusal(message: str) -> str | None:
    """The server's reasons for refusing a sign-in or a token (all sent as "unauthorized")."""
    known = {
        "Wrong user name or password.": lambda: QCoreApplication.translate(
            "SyncMessages", "The user name or password is wrong; nothing was changed."
        ),
        "This device's access was revoked. Connect again.": lambda: QCoreApplication.translate(
            "SyncMessages",
            "The office server no longer accepts this computer: its access was revoked. "
            "Connect to the office server again.",
        ),
        "The sign-in of this device was revoked. Connect again.": lambda: (
            QCoreApplication.translate(
                "SyncMessages",
                "The office server no longer accepts this computer: its access was revoked. "
                "Connect to the office server again.",
            )
        ),
        "This device is registered to another user or was revoked.": lambda: (
            QCoreApplication.translate(
                "SyncMessages",
                "This computer is registered to another user on the office server, or its access "
                "was revoked. Connect to the office server again.",
            )
        ),
        "This user account is disabled.": lambda: QCoreApplication.translate(
            "SyncMessages",
            "Your user account on the office server is disabled; ask your administrator.",
        ),
    }
    found = known.get(message)
    return found() if found is not None else None


def _refusal(exc: ServerRefused) -> str:
    if exc.code == "unauthorized":
        return _sign_in_refusal(str(exc)) or QCoreApplication.translate(
            "SyncMessages", "The office server did not accept the sign-in; connect to it again."
        )
    by_code = {
        "upgrade_required": lambda: QCoreApplication.translate(
            "SyncMessages", "This office server needs a newer crmdesk; please update crmdesk."
        ),
        "session_busy": lambda: QCoreApplication.translate(
            "SyncMessages",
            "This computer is already syncing with the office server; try again in a moment.",
        ),
        "session_lost": lambda: QCoreApplication.translate(
            "SyncMessages", "The sync was interrupted; it starts again at the next sync."
        ),
        "too_many_requests": lambda: QCoreApplication.translate(
            "SyncMessages", "Too many sign-in attempts; wait a few minutes, then try again."
        ),
        "forbidden": lambda: QCoreApplication.translate(
            "SyncMessages", "Your role on the office server does not allow this."
        ),
        "device_reused": lambda: QCoreApplication.translate(
            "SyncMessages",
            "This database is older than what this computer already sent (it was restored "
            "from a backup); sync again to continue.",
        ),
    }
    found = by_code.get(exc.code)
    if found is not None:
        return found()
    if _SERVER_ANSWERED.fullmatch(str(exc)):  # no message of its own: a proxy, a crash
        return QCoreApplication.translate(
            "SyncMessages", "The office server answered with an error ({0}); try again later."
        ).format(exc.status)
    return str(exc)


_SERVER_ANSWERED = re.compile(r"The server answered \d+\.")
_NOT_AN_ADDRESS = re.compile(r"'(?P<url>.*)' is not a server address\.", re.DOTALL)


def _plain(message: str) -> str:
    """A SyncError or CrmError of no finer class, translated when its words are known."""
    known = {
        "The office server address must start with https:// (sync never uses unencrypted "
        "connections).": lambda: QCoreApplication.translate(
            "SyncMessages",
            "The office server address must start with https:// (sync never uses "
            "unencrypted connections).",
        ),
        "The office server sent an answer crmdesk does not understand.": lambda: (
            QCoreApplication.translate(
                "SyncMessages", "The office server sent an answer crmdesk does not understand."
            )
        ),
        "The certificate was not accepted; nothing was sent.": lambda: QCoreApplication.translate(
            "SyncMessages", "The certificate was not accepted; nothing was sent."
        ),
        "The office server presented no certificate.": lambda: QCoreApplication.translate(
            "SyncMessages", "The office server presented no certificate."
        ),
    }
    found = known.get(message)
    if found is not None:
        return found()
    address = _NOT_AN_ADDRESS.fullmatch(message)
    if address is not None:
        return QCoreApplication.translate("SyncMessages", "'{0}' is not a server address.").format(
            address["url"]
        )
    return message


def sync_problem(exc: BaseException) -> str:
    """One sentence for the user about why sync or connecting stopped."""
    if isinstance(exc, Offline):
        return QCoreApplication.translate(
            "SyncMessages",
            "The office server cannot be reached. Check the network and the server's address; "
            "your changes stay on this computer.",
        )
    if isinstance(exc, CertificateChanged):
        return QCoreApplication.translate(
            "SyncMessages",
            "The office server's certificate has changed, so nothing was sent: someone may be "
            "intercepting the connection. Connect again only if your administrator replaced it.",
        )
    if isinstance(exc, NoKeyring):
        return QCoreApplication.translate(
            "SyncMessages",
            "This computer has no usable keyring to keep the sign-in in. Install or unlock one "
            "(GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain), then "
            "connect again.",
        )
    if isinstance(exc, LocalDatabaseFailed):
        return QCoreApplication.translate(
            "SyncMessages",
            "This computer's database was busy or full, so sync stopped; nothing was changed. "
            "It goes on once other crmdesk windows or imports are done or disk space is freed.",
        )
    if isinstance(exc, NotConnected):
        cause = exc.__cause__
        if isinstance(cause, ServerRefused):
            return _refusal(cause)
        if "no sign-in is stored" in str(exc):
            return QCoreApplication.translate(
                "SyncMessages", "Sign in to the office server again: no sign-in is stored."
            )
        return QCoreApplication.translate(
            "SyncMessages", "This database is not connected to an office server."
        )
    if isinstance(exc, ServerRefused):
        return _refusal(exc)
    if isinstance(exc, DatabaseInUse):
        return database_in_use(exc)
    return _plain(str(exc))


def database_in_use(exc: DatabaseInUse) -> str:
    """Why the database cannot be opened, restored or compacted now."""
    if exc.replacing:
        return QCoreApplication.translate(
            "SyncMessages",
            "The database is being restored from a backup or compacted; try again in a moment.",
        )
    return QCoreApplication.translate(
        "SyncMessages",
        "The database is open in another crmdesk window or command. Close it, then try "
        "again; nothing was changed.",
    )


_BULK_LIMIT = re.compile(
    re.escape(Limit(records=111, minutes=222).refusal)
    .replace("111", r"(?P<records>\d+)")
    .replace("222", r"(?P<minutes>\d+)")
)


def refusal_reason(reason: str) -> str:
    """A parked change's reason from the office server, translated when it is a known one."""
    known = {
        merge.CUSTOMER_MOVED: lambda: QCoreApplication.translate(
            "SyncMessages",
            "The customer this belongs to was given to someone else, so it was not sent.",
        ),
        merge.REASSIGN_REFUSED: lambda: QCoreApplication.translate(
            "SyncMessages", "Your role does not allow giving records to someone else."
        ),
        merge.BULK_REFUSED: lambda: QCoreApplication.translate(
            "SyncMessages", "Your role does not allow deleting this many records at once."
        ),
        "You may not change this record.": lambda: QCoreApplication.translate(
            "SyncMessages", "You may not change this record."
        ),
        "Another change in the same transaction was refused.": lambda: QCoreApplication.translate(
            "SyncMessages", "Another change made together with this one was refused."
        ),
        "The record is not on the server (it was never uploaded, or was deleted long ago).": (
            lambda: QCoreApplication.translate(
                "SyncMessages",
                "The record is not on the office server (it was never sent, or was deleted "
                "long ago).",
            )
        ),
    }
    found = known.get(reason)
    if found is not None:
        return found()
    bulk = _BULK_LIMIT.fullmatch(reason)
    if bulk is not None:
        return QCoreApplication.translate(
            "SyncMessages",
            "Your role does not allow deleting more than {0} records within {1} minutes; "
            "try again later or ask your manager.",
        ).format(bulk["records"], bulk["minutes"])
    return reason
