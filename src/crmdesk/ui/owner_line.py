"""A record header's "Owner: NAME" line with its "Reassign to…" button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from crmdesk import owners
from crmdesk.changes import Changes
from crmdesk.owners import RecordOwner
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext
from crmdesk.ui.reassign_dialog import ReassignAction
from crmdesk.ui.rights_gate import RightsGate


class OwnerLine(QWidget):
    """Shows who owns a contact, company or opportunity (from the directory; "(me)" for the
    local user) and offers "Reassign to…" to those allowed; it follows ``ctx.changed``."""

    loaded = Signal()

    def __init__(
        self, ctx: AppContext, entity: str, record_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entity = entity
        self.record_id = record_id
        self.owner: RecordOwner | None = None
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gate = RightsGate(ctx, self)
        self.reassign_action = ReassignAction(
            ctx,
            self,
            entity,
            self.gate,
            with_ids=lambda fn: fn([self.record_id]),
            count=lambda: 1,
        )
        self.button = QToolButton()
        self.button.setDefaultAction(self.reassign_action)
        # A tool button does not follow its action's visibility by itself.
        self.reassign_action.changed.connect(self._follow_action)
        self._follow_action()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        ctx.changed.connect(self._on_changed)
        self.reload()

    @Slot()
    def _follow_action(self) -> None:
        self.button.setVisible(self.reassign_action.isVisible())

    def owner_text(self, owner: RecordOwner) -> str:
        if owner.name is None:
            return self.tr("Owner: someone outside your directory")
        if owner.is_me:
            return self.tr("Owner: {name} (me)").format(name=owner.name)
        return self.tr("Owner: {name}").format(name=owner.name)

    @Slot()
    def reload(self) -> None:
        entity, record_id = self.entity, self.record_id
        self._ctx.query(
            lambda s: owners.record_owner(s, entity, record_id), while_alive(self, self._show)
        )

    def _show(self, owner: RecordOwner | None) -> None:
        self.owner = owner
        self.label.setText(self.owner_text(owner) if owner is not None else "")
        self.loaded.emit()

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("contacts", "companies", "opportunities"):
            self.reload()
