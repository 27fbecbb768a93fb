"""Actions that need a function right: disabled with a tooltip naming the right, never silent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction

from crmdesk import owners
from crmdesk.changes import Changes
from crmdesk.owners import ScopeChoices
from crmdesk.rights import BULK_DELETE_THRESHOLD, Right
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext


def right_title(right: Right) -> str:
    """The right's name as the user reads it."""
    titles = {
        Right.EXPORT: QCoreApplication.translate("rights_gate", "Export"),
        Right.BULK_DELETE: QCoreApplication.translate("rights_gate", "Delete in bulk"),
        Right.REASSIGN: QCoreApplication.translate("rights_gate", "Reassign records"),
        Right.TEAM_DASHBOARD: QCoreApplication.translate("rights_gate", "Team dashboard"),
        Right.MANAGE_USERS: QCoreApplication.translate("rights_gate", "Manage users"),
    }
    return titles[right]


def missing_right_tip(right: Right) -> str:
    """Why an action is unavailable: the right it needs (the office admin can grant it)."""
    return QCoreApplication.translate(
        "rights_gate",
        "Your role does not include the right “{right}”. The office admin can grant it.",
    ).format(right=right_title(right))


def bulk_delete_tip() -> str:
    """Why deleting this many records at once is unavailable."""
    return QCoreApplication.translate(
        "rights_gate",
        "Deleting more than {count} records at once needs the right “{right}”, "
        "which your role does not include.",
    ).format(count=BULK_DELETE_THRESHOLD, right=right_title(Right.BULK_DELETE))


@dataclass
class _Rule:
    action: QAction
    right: Right
    when: Callable[[], bool] | None
    enabled: Callable[[], bool] | None
    hide_when_alone: bool
    tip: str


class RightsGate(QObject):
    """Keeps actions in step with this user's rights, read in the background.

    ``require`` registers an action; ``apply`` (call it when the view's own condition, e.g.
    its selection, changes) enables it when that condition holds and the right is there,
    else disables it, with a tooltip naming the missing right. Until the rights are loaded
    nothing is gated; the server refuses anyway. In single-user mode every right is granted.
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rules: list[_Rule] = []
        self.choices: ScopeChoices | None = None
        self._generation = 0  # only the latest answer counts (reloads can overlap)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def require(
        self,
        action: QAction,
        right: Right,
        *,
        when: Callable[[], bool] | None = None,
        enabled: Callable[[], bool] | None = None,
        hide_when_alone: bool = False,
    ) -> None:
        """``action`` needs ``right`` (only while ``when()`` holds, e.g. a large selection).

        ``enabled()`` is the view's own condition (e.g. something is selected); without it the
        action is enabled whenever the right allows. With ``hide_when_alone`` it is hidden
        when there is no one else in the directory (reassigning alone means nothing).
        """
        self._rules.append(_Rule(action, right, when, enabled, hide_when_alone, action.toolTip()))
        self.apply()

    def allows(self, right: Right) -> bool:
        """Whether this user has ``right`` (True until the rights are known)."""
        return self.choices is None or self.choices.may(right)

    @Slot()
    def apply(self) -> None:
        """Disable what the user may not do, with the reason as tooltip; restore the rest."""
        for rule in self._rules:
            if self.choices is not None and rule.hide_when_alone:
                rule.action.setVisible(self.choices.has_others or not self.allows(rule.right))
            blocked = not self.allows(rule.right) and (rule.when is None or rule.when())
            rule.action.setEnabled(not blocked and (rule.enabled is None or rule.enabled()))
            if blocked:
                tip = bulk_delete_tip() if rule.when is not None else missing_right_tip(rule.right)
            else:
                tip = rule.tip
            rule.action.setToolTip(tip)
            rule.action.setStatusTip(tip if blocked else "")

    @Slot()
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._ctx.query(
            owners.scope_choices, while_alive(self, lambda c: self._loaded(generation, c))
        )

    def _loaded(self, generation: int, choices: ScopeChoices) -> None:
        if generation != self._generation:
            return
        self.choices = choices
        self.apply()
        self.loaded.emit()

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        # A sync brings the directory and rights with whatever records it changed.
        if changes != Changes():
            self.reload()


def bulk_delete_rule(count: Callable[[], int]) -> Callable[[], bool]:
    """A ``when`` for ``RightsGate.require``: the selection is large enough to be a bulk delete."""
    return lambda: count() > BULK_DELETE_THRESHOLD
