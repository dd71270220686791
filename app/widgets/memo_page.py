"""Memo page: decision and rationale, sections, a live preview, export to PDF, Word or HTML."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import LANGUAGES, current_language, tr
from app.services.memo_logic import (
    FOLLOWS,
    FORMATS,
    PAGE_SIZES,
    SAMPLES,
    SEED,
    MemoForm,
    default_title,
    suggested_file,
    with_extension,
)
from app.services.messages import user_message
from app.services.project_session import ProjectSession
from app.services.worker import Worker

PREVIEW_DELAY_MS = 600  # after the last keystroke or edit, the preview is built again
MEMO_ID_ROLE = Qt.ItemDataRole.UserRole


class MemoPage(QWidget):
    """Builds the memo's snapshot on the worker thread and shows it; Export writes the
    previewed memo (the same snapshot) and stores it with the project, so it can be written
    again later, word for word, from the list of earlier memos."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.memo.snapshot import SECTIONS
        from app.memo.text import t

        self.session = session
        self.worker = Worker(parent=self)
        self.snapshot: Any = None  # app.memo.snapshot.MemoSnapshot of the preview
        self._snapshot_key: tuple[Any, ...] | None = None
        self._method: tuple[str, dict[str, Any]] = ("topsis", {})
        # The main window points this at the Results page, so the memo ranks the way the
        # user ranked; without it the memo uses ``set_method``'s choice (TOPSIS at first).
        self.method_provider: Callable[[], tuple[str, Mapping[str, Any]]] | None = None
        self._dirty = True
        self._after_build: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        # -- the form ---------------------------------------------------------------------
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("memo_title")
        self.author_edit = QLineEdit()
        self.author_edit.setObjectName("memo_author")
        self.method_label = QLabel()
        self.method_label.setObjectName("memo_method")
        self.method_label.setToolTip(tr("The method chosen on the Results page"))
        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setObjectName("memo_decision")
        self.decision_edit.setPlaceholderText(
            tr("What was decided (it may differ from the recommendation; the memo then says so)")
        )
        self.decision_edit.setMaximumHeight(70)
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setObjectName("memo_rationale")
        self.rationale_edit.setPlaceholderText(
            tr("Why: the reasons the council or board should read")
        )
        self.rationale_edit.setMaximumHeight(110)
        self.follows_combo = QComboBox()
        self.follows_combo.setObjectName("memo_follows")
        for label, value in FOLLOWS:
            self.follows_combo.addItem(tr(label), value)
        self.follows_combo.setToolTip(
            tr("When the decision differs from the recommendation, the memo says so plainly")
        )
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("memo_language")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))
        self.language_combo.setToolTip(
            tr("The language the memo is written in (the interface language by default)")
        )
        form = QFormLayout()
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Author"), self.author_edit)
        form.addRow(tr("Method"), self.method_label)
        form.addRow(tr("Memo language"), self.language_combo)
        form.addRow(tr("Decision"), self.decision_edit)
        form.addRow("", self.follows_combo)
        form.addRow(tr("Rationale"), self.rationale_edit)

        self.section_boxes: dict[str, QCheckBox] = {}
        sections_box = QGroupBox(tr("Sections"))
        grid = QGridLayout(sections_box)
        for k, key in enumerate(SECTIONS):
            box = QCheckBox(t(key))
            box.setObjectName(f"memo_section_{key}")
            box.setChecked(True)
            box.toggled.connect(self._schedule)
            self.section_boxes[key] = box
            grid.addWidget(box, k // 2, k % 2)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("memo_format")
        for label, ext, _filter in FORMATS:
            self.format_combo.addItem(tr(label), ext)  # product names: "Word" stays "Word"
        self.page_combo = QComboBox()
        self.page_combo.setObjectName("memo_page_size")
        for size in PAGE_SIZES:
            self.page_combo.addItem(tr(size), size)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setObjectName("memo_export")
        self.export_button.setDefault(True)
        export_row = QHBoxLayout()
        export_row.addWidget(QLabel(tr("Format")))
        export_row.addWidget(self.format_combo)
        export_row.addWidget(QLabel(tr("Paper")))
        export_row.addWidget(self.page_combo)
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)

        self.memo_list = QListWidget()
        self.memo_list.setObjectName("memo_list")
        self.memo_list.setToolTip(tr("Memos exported before, each with the data it was made from"))
        self.again_button = QPushButton(tr("Export again…"))
        self.again_button.setObjectName("memo_export_again")
        self.again_button.setToolTip(
            tr("Write the selected memo again exactly as it was, even if the project changed since")
        )
        earlier = QGroupBox(tr("Earlier memos"))
        earlier_layout = QVBoxLayout(earlier)
        earlier_layout.addWidget(self.memo_list)
        earlier_layout.addWidget(self.again_button)

        self.status = QLabel()
        self.status.setObjectName("memo_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(sections_box)
        left_layout.addLayout(export_row)
        left_layout.addWidget(earlier, 1)
        left_layout.addWidget(self.status)
        left.setMinimumWidth(380)
        left.setMaximumWidth(520)

        self.preview = QTextBrowser()
        self.preview.setObjectName("memo_preview")
        self.preview.setOpenExternalLinks(False)
        self.preview_label = QLabel(self._preview_title())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setMinimumHeight(620)

        for edit in (self.title_edit, self.author_edit):
            edit.textEdited.connect(self._schedule)
        for text in (self.decision_edit, self.rationale_edit):
            text.textChanged.connect(self._schedule)
        self.follows_combo.currentIndexChanged.connect(self._schedule)
        self.language_combo.currentIndexChanged.connect(self._schedule)
        self.export_button.clicked.connect(self._ask_and_export)
        self.again_button.clicked.connect(self._ask_and_export_again)
        self.memo_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        session.sig_opened.connect(self._project_opened)
        session.sig_closed.connect(self._project_closed)
        for signal in (
            session.sig_problem_changed,
            session.sig_judgments_changed,
            session.sig_scenarios_changed,
        ):
            signal.connect(self._schedule)
        self._show_method()
        if session.is_open and session.summary is not None:
            self._project_opened(session.summary)
        self._update_buttons()

    # -- settings ---------------------------------------------------------------------------
    def set_method(self, key: str, parameters: Mapping[str, Any] | None = None) -> None:
        """The method the memo ranks with (the main window passes the Results page's)."""
        new = (key, dict(parameters or {}))
        if new != self._method:
            self._method = new
            self._show_method()
            self._schedule()

    def method(self) -> tuple[str, dict[str, Any]]:
        if self.method_provider is not None:
            key, params = self.method_provider()
            return key, dict(params)
        return self._method

    def _show_method(self) -> None:
        from decision.methods.registry import get_method

        key, params = self.method()
        try:
            label = get_method(key).label
        except Exception:  # an unknown key is reported when the memo is built
            label = key
        extra = ", ".join(f"{k} = {v}" for k, v in sorted(params.items()))
        self.method_label.setText(label + (f" ({extra})" if extra else ""))

    def form(self) -> MemoForm:
        method, parameters = self.method()
        return MemoForm(
            title=self.title_edit.text().strip(),
            author=self.author_edit.text().strip(),
            decision=self.decision_edit.toPlainText().strip(),
            rationale=self.rationale_edit.toPlainText().strip(),
            sections=tuple(k for k, box in self.section_boxes.items() if box.isChecked()),
            method=method,
            parameters=parameters,
            follows=self.follows_combo.currentData(),
            language=str(self.language_combo.currentData()),
        )

    def _key(self) -> tuple[Any, ...]:
        return (self.session.project_id, self.session.version, *self.form().key())

    # -- project ----------------------------------------------------------------------------
    def _project_opened(self, summary: Any) -> None:
        self.title_edit.setText(default_title(summary.name))
        self.title_edit.setCursorPosition(0)
        self.author_edit.setText(self.session.who)
        self.decision_edit.blockSignals(True)
        self.rationale_edit.blockSignals(True)
        self.decision_edit.setPlainText("")
        self.rationale_edit.setPlainText("")
        last = self._fill_memo_list()
        if last is not None:  # carry on from the last exported memo's decision
            self.decision_edit.setPlainText(last.decision.chosen)
            self.rationale_edit.setPlainText(last.decision.rationale)
            self.author_edit.setText(last.author or self.session.who)
            self.follows_combo.setCurrentIndex(
                self.follows_combo.findData(not last.decision.differs)
            )
        self.decision_edit.blockSignals(False)
        self.rationale_edit.blockSignals(False)
        self.snapshot = None
        self._schedule()

    def _project_closed(self) -> None:
        self.worker.cancel()
        self.snapshot = None
        self.preview.clear()
        self.memo_list.clear()
        self._update_buttons()

    def _fill_memo_list(self) -> Any:
        """List the project's stored memos (newest first); returns the newest snapshot."""
        from app.memo.snapshot import MemoSnapshot

        self.memo_list.clear()
        if self.session.project_id is None:
            return None
        try:
            memos = self.session.repo.list_memos(self.session.project_id)
        except Exception as exc:
            self.status.setText(
                tr("Could not list earlier memos: {reason}").format(reason=user_message(exc))
            )
            return None
        for memo in reversed(memos):
            when = _when(memo.created_at)
            item = QListWidgetItem(f"{when}  {memo.title}")
            item.setData(MEMO_ID_ROLE, memo.id)
            self.memo_list.addItem(item)
        self._update_buttons()
        if not memos:
            return None
        try:
            record = self.session.repo.load_memo(memos[-1].id)
            return MemoSnapshot.from_json(record.snapshot_json)
        except Exception:  # an unreadable old memo must not stop the page
            return None

    def _update_buttons(self) -> None:
        is_open = self.session.is_open
        self.export_button.setEnabled(is_open)
        self.again_button.setEnabled(is_open and self.memo_list.currentItem() is not None)

    # -- preview ----------------------------------------------------------------------------
    def _schedule(self, *_args: object) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_method()
        if self._dirty or not self.is_fresh():
            self._timer.start(0)

    def refresh(self) -> None:
        """Build the snapshot of the current form and data on the worker, then preview it."""
        self._timer.stop()
        if not self.session.is_open or self.session.project_id is None:
            return
        self._dirty = False
        self._show_method()
        form, key = self.form(), self._key()
        repo, project = self.session.repo, self.session.project_id

        def job(_progress: Callable[[float], None], _cancelled: Callable[[], bool]) -> object:
            from app.memo.build import build_snapshot

            snapshot = build_snapshot(
                repo,
                project,
                method=form.method,
                parameters=form.parameters,
                decision=form.decision,
                rationale=form.rationale,
                author=form.author,
                sections=form.sections,
                samples=SAMPLES,
                seed=SEED,
                title=form.title or None,
                follows_recommendation=form.follows,
                language=form.language,
            )
            return key, snapshot

        self.preview_label.setText(self._preview_title(tr("updating…")))
        if form.language != current_language():
            # Another language switches app.i18n for the build: never on the worker thread.
            self.worker.cancel()
            try:
                result = job(lambda _x: None, lambda: False)
            except Exception as exc:
                self._build_failed(user_message(exc))
                return
            self._built(result)
            return
        self.worker.start(job, self._built, self._build_failed)

    def _built(self, result: object) -> None:
        from app.memo.export_pdf import memo_document

        key, snapshot = result  # type: ignore[misc]
        self.snapshot, self._snapshot_key = snapshot, key
        document = memo_document(snapshot)
        document.setParent(self.preview)
        self.preview.setDocument(document)
        self.preview_label.setText(self._preview_title())
        pending, self._after_build = self._after_build, []
        for action in pending:
            action()

    def _build_failed(self, message: str) -> None:
        self.preview_label.setText(self._preview_title())
        self.status.setText(tr("The memo could not be made: {reason}").format(reason=message))
        self._after_build = []

    @staticmethod
    def _preview_title(note: str = "") -> str:
        title = "<b>{}</b>".format(tr("Preview"))
        return f"{title} — {note}" if note else title

    def is_fresh(self) -> bool:
        """Whether the preview shows the current form and data."""
        return self.snapshot is not None and self._snapshot_key == self._key()

    def preview_text(self) -> str:
        return str(self.preview.toPlainText())

    # -- export -----------------------------------------------------------------------------
    def _ask_and_export(self) -> None:
        summary = self.session.summary
        if summary is None:
            return
        ext = str(self.format_combo.currentData())
        filt = tr(next(f for _, e, f in FORMATS if e == ext))
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export memo"), str(suggested_file(summary.name, ext)), filt
        )
        if path:
            self.export_to(with_extension(Path(path), ext))

    def export_to(self, path: Path) -> None:
        """Write the memo of the current form and data to ``path`` and store its snapshot.

        Uses the previewed snapshot when it is current, otherwise builds one first.
        """
        from app.memo.export import MemoFormatError, memo_format

        try:
            memo_format(path)
        except MemoFormatError as exc:
            self.status.setText(str(exc))
            return
        if self.is_fresh():
            self._write(path)
            return
        self.status.setText(tr("Preparing the memo…"))
        self._after_build.append(lambda: self._write(path))
        self.refresh()

    def _write(self, path: Path) -> None:
        from app.memo.export import export_memo

        snapshot = self.snapshot
        if snapshot is None or self.session.project_id is None:
            return
        try:
            export_memo(snapshot, path, page_size=str(self.page_combo.currentData()))
            memo_id = self.session.repo.save_memo(
                self.session.project_id, snapshot, who=self.session.who
            )
        except Exception as exc:
            self.status.setText(tr("Not exported: {reason}").format(reason=user_message(exc)))
            return
        self._fill_memo_list()
        self.status.setText(
            tr("Wrote {path} (stored as memo #{id}).").format(path=path, id=memo_id)
        )

    def _ask_and_export_again(self) -> None:
        item = self.memo_list.currentItem()
        summary = self.session.summary
        if item is None or summary is None:
            return
        ext = str(self.format_combo.currentData())
        filt = tr(next(f for _, e, f in FORMATS if e == ext))
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export memo again"), str(suggested_file(summary.name, ext)), filt
        )
        if path:
            self.export_stored(int(item.data(MEMO_ID_ROLE)), with_extension(Path(path), ext))

    def export_stored(self, memo_id: int, path: Path) -> bool:
        """Write a stored memo again, from its snapshot (not from today's data)."""
        from app.memo.export import export_memo
        from app.memo.snapshot import MemoSnapshot

        try:
            record = self.session.repo.load_memo(memo_id)
            snapshot = MemoSnapshot.from_json(record.snapshot_json)
            export_memo(snapshot, path, page_size=str(self.page_combo.currentData()))
        except Exception as exc:
            self.status.setText(tr("Not exported: {reason}").format(reason=user_message(exc)))
            return False
        self.status.setText(
            tr("Wrote {path} from the memo of {when}.").format(
                path=path, when=_when(record.created_at)
            )
        )
        return True


def _when(at: Any) -> str:
    """A stored memo's time in the interface's date format, local time."""
    from app.i18n import date

    local = at.astimezone()
    return f"{date(local)} {local:%H:%M}"
