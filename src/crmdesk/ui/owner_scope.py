"""The "Show: Mine / My team / Everyone" filter; hidden when there is nothing to choose."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from crmdesk import owners
from crmdesk.changes import Changes
from crmdesk.owners import Scope, ScopeChoices
from crmdesk.rights import Right
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext
from crmdesk.ui.rights_gate import missing_right_tip


@dataclass(frozen=True)
class OwnerFilter:
    """A list's state when the owner scope is its only filter (None: every owner's)."""

    owner_ids: frozenset[str] | None = None


class OwnerScopeBox(QWidget):
    """A caption and a combo; ``scope_changed`` carries the owner ids to show (None: all).

    In single-user mode (or for a rep alone in the directory) it stays hidden and the
    scope is None, so nothing is filtered. With ``team_right`` (the dashboard), "My team"
    and "Everyone" are disabled, with a tooltip naming the right, for a user without it.
    """

    scope_changed = Signal(object)  # frozenset[str] | None
    loaded = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, team_right: Right | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._team_right = team_right
        self.choices: ScopeChoices | None = None
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.caption = QLabel(self.tr("S&how:"))
        self.caption.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        self.setVisible(False)
        self._owner_ids: frozenset[str] | None = None
        self._generation = 0  # only the latest answer counts (reloads can overlap)
        self.combo.currentIndexChanged.connect(self._picked)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def owner_ids(self) -> frozenset[str] | None:
        """The owners to show now (None: no owner filter)."""
        return self._owner_ids

    def scope(self) -> Scope | None:
        data = self.combo.currentData()
        return Scope(data) if data else None

    def choose(self, scope: Scope) -> None:
        """Pick ``scope`` as the user would (ignored when not offered or not allowed)."""
        index = self.combo.findData(scope.value)
        if index >= 0 and self._enabled(index):
            self.combo.setCurrentIndex(index)

    @Slot()
    def reload(self) -> None:
        """Read the directory and rights again (they change with each sync)."""
        self._generation += 1
        generation = self._generation
        self._ctx.query(
            owners.scope_choices, while_alive(self, lambda c: self._answer(generation, c))
        )

    def _answer(self, generation: int, choices: ScopeChoices) -> None:
        if generation == self._generation:
            self._show_choices(choices)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes != Changes():
            self.reload()

    def _label(self, scope: Scope) -> str:
        return {
            Scope.MINE: self.tr("Mine"),
            Scope.TEAM: self.tr("My team"),
            Scope.ALL: self.tr("Everyone"),
        }[scope]

    def _allowed(self, choices: ScopeChoices, scope: Scope) -> bool:
        right = self._team_right
        return scope is Scope.MINE or right is None or choices.may(right)

    def _enabled(self, index: int) -> bool:
        model = self.combo.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(index)
            return item is None or item.isEnabled()
        return True

    def _show_choices(self, choices: ScopeChoices) -> None:
        previous = self.scope()
        self.choices = choices
        self.combo.blockSignals(True)
        self.combo.clear()
        model = self.combo.model()
        for scope in choices.offered:
            self.combo.addItem(self._label(scope), scope.value)
            if not self._allowed(choices, scope) and isinstance(model, QStandardItemModel):
                item = model.item(self.combo.count() - 1)
                item.setEnabled(False)
                assert self._team_right is not None
                item.setData(missing_right_tip(self._team_right), Qt.ItemDataRole.ToolTipRole)
        allowed = [s for s in choices.offered if self._allowed(choices, s)]
        wanted = previous if previous in allowed else (allowed[-1] if allowed else None)
        self.combo.setCurrentIndex(self.combo.findData(wanted.value) if wanted else -1)
        self.combo.blockSignals(False)
        self.setVisible(choices.worth_showing)
        self._publish()
        self.loaded.emit()

    @Slot()
    def _picked(self) -> None:
        self._publish()

    def _publish(self) -> None:
        scope = self.scope()
        choices = self.choices
        if choices is None:
            return
        owner_ids = choices.owner_ids(scope) if scope is not None else None
        if owner_ids != self._owner_ids:
            self._owner_ids = owner_ids
            self.scope_changed.emit(owner_ids)
