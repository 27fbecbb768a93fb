"""Find duplicate contacts and merge them side by side, field by field; a merge can be undone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk import contacts, duplicates
from crmdesk.changes import Changes
from crmdesk.merge import PICKABLE, Side, SurvivorChanged, merge_contacts, undo_merge
from crmdesk.records import ContactRecord
from crmdesk.ui.duplicate_warning import reason_kind, reason_text
from crmdesk.ui.ops import AppContext, show_error
from crmdesk.ui.undo_prompt import ChangedRecord, KeepChangedPrompt

MERGED = Changes(contacts=True, activities=True, opportunities=True, notes=True)


class DuplicatesDialog(QDialog):
    """Lists groups of likely duplicates; merges the selected pair the way the user picks."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pair: tuple[ContactRecord, ContactRecord] | None = None
        self.last_merge: str | None = None
        self.last_survivor: str | None = None
        self.prompt: KeepChangedPrompt | None = None
        self.setWindowTitle(self.tr("Duplicate contacts"))
        self.resize(860, 520)
        self.find_button = QPushButton(self.tr("Find duplicates"))
        self.find_button.clicked.connect(self.search)
        self.status = QLabel()
        self.message = QLabel()
        self.groups = QListWidget()
        self.groups.currentItemChanged.connect(self._group_chosen)
        self.fields = QTableWidget(0, 4)
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Keep"), self.tr("Other"), self.tr("Take from")]
        )
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.swap_button = QPushButton(self.tr("Swap sides"))
        self.swap_button.clicked.connect(self._swap)
        self.merge_button = QPushButton(self.tr("Merge into the kept contact"))
        self.merge_button.clicked.connect(self.merge)
        self.undo_button = QPushButton(self.tr("Undo last merge"))
        self.undo_button.clicked.connect(self.undo)
        for b in (self.swap_button, self.merge_button, self.undo_button):
            b.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.find_button)
        top.addWidget(self.status, 1)
        body = QHBoxLayout()
        body.addWidget(self.groups, 1)
        body.addWidget(self.fields, 2)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for b in (self.swap_button, self.merge_button, self.undo_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Emails, phones, addresses, tags, notes, activities and deals of both "
                    "contacts are kept on the merged contact."
                )
            )
        )
        layout.addWidget(self.message)
        layout.addLayout(actions)

    def search(self) -> None:
        self.status.setText(self.tr("Searching…"))
        self.find_button.setEnabled(False)
        self.ctx.query(duplicates.overview, self._found)

    def _found(self, found: duplicates.DuplicateOverview) -> None:
        self.find_button.setEnabled(True)
        self.groups.clear()
        self.fields.setRowCount(0)
        self.pair = None
        for g in found.groups:
            names = " / ".join(found.names.get(i, i) for i in g.contact_ids)
            reasons = ", ".join(sorted({reason_text(reason_kind(r)) for r in g.reasons}))
            item = QListWidgetItem(f"{names} — {reasons}")
            item.setData(256, g.contact_ids)
            self.groups.addItem(item)
        self.status.setText(self.tr("{0} groups of possible duplicates").format(len(found.groups)))
        self.swap_button.setEnabled(False)
        self.merge_button.setEnabled(False)

    def compare(self, keep_id: str, other_id: str) -> None:
        """Show these two contacts side by side, ready to merge (from the contact form)."""
        self.ctx.query(lambda s: duplicates.pair(s, keep_id, other_id), self._show_pair)

    def _group_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        ids = tuple(item.data(256))[:2]
        self.ctx.query(lambda s: duplicates.pair(s, ids[0], ids[1]), self._show_pair)

    def _show_pair(self, pair: tuple[ContactRecord, ContactRecord]) -> None:
        self.pair = pair
        keep, other = pair
        rows: list[tuple[str, str, str, str | None]] = [
            (self.tr("Name"), keep.display_name, other.display_name, "display_name"),
            (self.tr("Given name"), keep.given_name or "", other.given_name or "", "given_name"),
            (
                self.tr("Family name"),
                keep.family_name or "",
                other.family_name or "",
                "family_name",
            ),
            (self.tr("Title"), keep.title or "", other.title or "", "title"),
            (self.tr("Company"), keep.company_name or "", other.company_name or "", "company_id"),
            (self.tr("Birthday"), str(keep.birthday or ""), str(other.birthday or ""), "birthday"),
            (
                self.tr("Emails"),
                _join(e.value for e in keep.emails),
                _join(e.value for e in other.emails),
                None,
            ),
            (
                self.tr("Phones"),
                _join(p.number for p in keep.phones),
                _join(p.number for p in other.phones),
                None,
            ),
            (self.tr("Tags"), _join(keep.tags), _join(other.tags), None),
        ]
        self.fields.setRowCount(len(rows))
        for r, (label, mine, theirs, name) in enumerate(rows):
            for c, text in enumerate((label, mine, theirs)):
                self.fields.setItem(r, c, QTableWidgetItem(text))
            if name in PICKABLE:
                combo = QComboBox()
                combo.addItem(self.tr("kept contact"), "survivor")
                combo.addItem(self.tr("other contact"), "other")
                if not mine and theirs:
                    combo.setCurrentIndex(1)
                combo.setProperty("field", name)
                self.fields.setCellWidget(r, 3, combo)
            else:
                self.fields.removeCellWidget(r, 3)
                self.fields.setItem(r, 3, QTableWidgetItem(self.tr("both kept")))
        self.swap_button.setEnabled(True)
        self.merge_button.setEnabled(True)

    def _swap(self) -> None:
        if self.pair is not None:
            self._show_pair((self.pair[1], self.pair[0]))

    def picks(self) -> dict[str, Side]:
        """The side chosen for every pickable field."""
        chosen: dict[str, Side] = {}
        for r in range(self.fields.rowCount()):
            combo = self.fields.cellWidget(r, 3)
            if isinstance(combo, QComboBox):
                chosen[str(combo.property("field"))] = combo.currentData()
        return chosen

    def merge(self) -> None:
        if self.pair is None:
            return
        keep, other = self.pair[0].id, self.pair[1].id
        picks = self.picks()
        self.last_survivor = keep
        self.merge_button.setEnabled(False)
        self.ctx.change(lambda s: merge_contacts(s, keep, other, picks), MERGED, self._merged)

    def _merged(self, journal_id: str) -> None:
        self.last_merge = journal_id
        self.undo_button.setEnabled(True)
        self.message.setText(self.tr("Merged. You can undo it."))
        self.search()

    def undo(self) -> None:
        journal = self.last_merge
        if journal is None:
            return
        self.undo_button.setEnabled(False)
        self.ctx.change(
            lambda s: undo_merge(s, journal), MERGED, lambda _r: self._undone(), self._refused
        )

    def _refused(self, exc: BaseException) -> None:
        survivor = self.last_survivor
        if not isinstance(exc, SurvivorChanged) or survivor is None:
            self.undo_button.setEnabled(True)
            show_error(exc, self)
            return
        self.ctx.query(
            lambda s: contacts.get_contact(s, survivor).display_name, self._ask_keep_changed
        )

    def _ask_keep_changed(self, name: str) -> None:
        self.prompt = KeepChangedPrompt(
            self.tr("Undo last merge"),
            self.tr(
                "The merged contact was edited after the merge, so nothing was undone yet. "
                "Undoing the rest brings the other contacts back with their activities, "
                "deals and notes; the edited contact stays as it is now."
            ),
            [ChangedRecord(name, self.tr("edited after the merge"))],
            self,
        )
        self.prompt.accepted.connect(self._undo_keeping_changed)
        self.prompt.rejected.connect(lambda: self.undo_button.setEnabled(True))
        self.prompt.open()

    def _undo_keeping_changed(self) -> None:
        journal = self.last_merge
        if journal is None:
            return
        self.message.setText(self.tr("Undoing the merge…"))
        self.ctx.change(
            lambda s: undo_merge(s, journal, keep_changed=True),
            MERGED,
            lambda _r: self._undone(kept=True),
            self._undo_failed,
        )

    def _undo_failed(self, exc: BaseException) -> None:
        self.undo_button.setEnabled(True)
        self.message.setText("")
        show_error(exc, self)

    def _undone(self, *, kept: bool = False) -> None:
        self.last_merge = None
        self.last_survivor = None
        self.message.setText(
            self.tr("The merge was undone; the edited contact was kept as it is now.")
            if kept
            else self.tr("The merge was undone.")
        )
        self.search()


def _join(values: object) -> str:
    return ", ".join(str(v) for v in values)  # type: ignore[attr-defined]
