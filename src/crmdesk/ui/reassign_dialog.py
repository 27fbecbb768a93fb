""" "Reassign to…": give customers and their whole history to someone in the directory."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk import owners, team
from crmdesk.changes import Changes
from crmdesk.errors import CrmError
from crmdesk.owners import Assignees
from crmdesk.rights import Right
from crmdesk.ui import theme
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext
from crmdesk.ui.rights_gate import RightsGate

#: A reassignment moves the customer's whole tree: every kind of record may change owner.
REASSIGNED = Changes(contacts=True, companies=True, opportunities=True, activities=True, notes=True)
_ID = Qt.ItemDataRole.UserRole


class ReassignDialog(QDialog):
    """Pick a person; OK calls ``team.reassign`` off the UI thread. A refusal is shown in
    one line in the dialog (which stays open), never lost."""

    reassigned = Signal(int)  # how many records changed owner

    def __init__(
        self, ctx: AppContext, entity: str, ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entity = entity
        self.ids = list(ids)
        self.setWindowTitle(self.tr("Reassign"))
        self.prompt = QLabel(
            self.tr("Give %n record(s), with their history, to:", "", len(self.ids))
        )
        self.people = QListWidget()
        self.people.itemDoubleClicked.connect(self.accept)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.error_color()};")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Reassign"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.people.currentItemChanged.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.people)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        entity_, wanted = entity, list(self.ids)
        ctx.query(
            lambda s: owners.assignees(s, entity_, wanted), while_alive(self, self._show_people)
        )

    def _show_people(self, found: Assignees) -> None:
        self.people.clear()
        for person in found.people:
            text = (
                self.tr("{name} (me)").format(name=person.name)
                if person.id == found.me
                else person.name
            )
            item = QListWidgetItem(text)
            item.setData(_ID, person.id)
            if person.id == found.current_owner:
                item.setToolTip(self.tr("Owns these records now"))
            self.people.addItem(item)
        others = [
            i
            for i in range(self.people.count())
            if self.people.item(i).data(_ID) != found.current_owner
        ]
        if others:
            self.people.setCurrentRow(others[0])

    def chosen(self) -> str | None:
        item = self.people.currentItem()
        return str(item.data(_ID)) if item is not None else None

    def choose(self, person_id: str) -> None:
        for row in range(self.people.count()):
            if self.people.item(row).data(_ID) == person_id:
                self.people.setCurrentRow(row)

    @Slot()
    def _picked(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)
        self.error.setVisible(False)

    def accept(self) -> None:
        owner = self.chosen()
        if owner is None:
            return
        self.ok_button.setEnabled(False)
        entity, ids = self.entity, list(self.ids)
        self._ctx.change(
            lambda s: team.reassign(s, entity, ids, owner),
            REASSIGNED,
            on_done=while_alive(self, self._done),
            on_error=while_alive(self, self._refused),
        )

    def _done(self, moved: int) -> None:
        self.reassigned.emit(moved)
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, CrmError):
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        else:
            message = self.tr("Could not reassign: {0}").format(exc)
        self.error.setText(message)
        self.error.setVisible(True)
        self.ok_button.setEnabled(True)


class ReassignAction(QAction):
    """ "Reassign to…" for the selected records, gated by the reassign right: disabled with the
    reason for a user without it, hidden when there is no one else (single-user mode).

    ``with_ids(fn)`` calls ``fn`` with the selected ids (a list may have to query them);
    ``count()`` says how many are selected."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        entity: str,
        gate: RightsGate,
        *,
        with_ids: Callable[[Callable[[list[str]], None]], None],
        count: Callable[[], int],
    ) -> None:
        super().__init__(QCoreApplication.translate("ReassignDialog", "Reassign &to…"), parent)
        self._ctx = ctx
        self._parent_widget = parent
        self._entity = entity
        self._with_ids = with_ids
        self.dialog: ReassignDialog | None = None
        self.triggered.connect(self.open_dialog)
        gate.require(self, Right.REASSIGN, enabled=lambda: count() > 0, hide_when_alone=True)

    @Slot()
    def open_dialog(self) -> None:
        """Open the dialog for the selection (at once, or when a list has found the ids)."""
        self._with_ids(while_alive(self._parent_widget, self._open_for))

    def _open_for(self, ids: list[str]) -> None:
        if ids:
            self.dialog = ReassignDialog(self._ctx, self._entity, ids, self._parent_widget)
            self.dialog.open()
