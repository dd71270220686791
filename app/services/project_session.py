"""The open project: its working copy, undo stack, and every edit saved through storage at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.i18n import tr
from app.services.messages import user_message
from app.storage.document import ParticipantRecord, ScenarioRecord
from app.storage.records import ProjectRef, ProjectSummary, StaleProjectError
from app.storage.repository import ProjectRepository
from decision.problem import Problem

Judgments = list[tuple[str, str, float]]


class ProjectSession(QObject):
    """One open project. Edits go through :meth:`apply` (problem) or :meth:`set_judgments`;
    each is an undoable command whose redo and undo both save (autosave, nothing to "Save").

    Signals
    -------
    sig_opened(ProjectSummary), sig_closed(), sig_problem_changed(Problem),
    sig_judgments_changed(), sig_scenarios_changed(), sig_saved(int version),
    sig_error(str one line)
    """

    sig_opened = Signal(object)
    sig_closed = Signal()
    sig_problem_changed = Signal(object)
    sig_judgments_changed = Signal()
    sig_scenarios_changed = Signal()
    sig_saved = Signal(int)
    sig_error = Signal(str)

    def __init__(
        self, repo: ProjectRepository, who: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.who = who
        self.undo_stack = QUndoStack(self)
        self.project_id: int | None = None
        self.summary: ProjectSummary | None = None
        self.problem: Problem | None = None
        self.version = 0
        self._judgments: dict[str, dict[tuple[str, str | None], Judgments]] = {}
        self._roles: dict[str, str] = {}
        self._scenarios: list[ScenarioRecord] = []

    # -- opening --------------------------------------------------------------------------
    def open(self, project: ProjectRef) -> bool:
        """Load a project; False (and ``sig_error``) if it cannot be read."""
        try:
            doc = self.repo.load_document(project)
            summary = self.repo.summary(project)
        except Exception as exc:
            self.sig_error.emit(user_message(exc))
            return False
        self.undo_stack.clear()
        self.project_id = summary.id
        self.summary = summary
        self.version = summary.version
        self.problem = doc.problem
        self._set_participants(doc.participants)
        self._scenarios = list(doc.scenarios)
        self.sig_opened.emit(summary)
        self.sig_problem_changed.emit(doc.problem)
        self.sig_judgments_changed.emit()
        self.sig_scenarios_changed.emit()
        return True

    def reload(self) -> None:
        if self.project_id is not None:
            self.open(self.project_id)

    def close(self) -> None:
        self.undo_stack.clear()
        self.project_id = self.summary = self.problem = None
        self._judgments = {}
        self._scenarios = []
        self.sig_closed.emit()

    @property
    def is_open(self) -> bool:
        return self.problem is not None

    # -- problem edits --------------------------------------------------------------------
    def apply(self, new: Problem, text: str, merge_key: str | None = None) -> None:
        """Make ``new`` the project's problem as one undoable, saved step.

        Consecutive edits with the same ``merge_key`` (a slider being dragged) are one undo step.
        """
        if self.problem is None:
            return
        self.undo_stack.push(_ProblemEdit(self, self.problem, new, text, merge_key))

    def edit(
        self, change: Callable[[Problem], Problem], text: str, merge_key: str | None = None
    ) -> bool:
        """Apply ``change(problem)``; a bad edit (e.g. removing the last criterion) is reported
        through ``sig_error`` and changes nothing. Returns whether it was applied."""
        if self.problem is None:
            return False
        try:
            new = change(self.problem)
        except Exception as exc:
            self.sig_error.emit(user_message(exc))
            return False
        self.apply(new, text, merge_key)
        return True

    def _save_problem(self, problem: Problem) -> bool:
        assert self.project_id is not None
        try:
            self.version = self.repo.sync_problem(
                self.project_id,
                problem,
                expected_version=self.version,
                who=self.who,
                previous=self.problem,
            )
        except StaleProjectError as exc:
            self.sig_error.emit(tr("{error}. The project was reloaded.").format(error=exc))
            self.reload()
            return False
        except Exception as exc:
            self.sig_error.emit(user_message(exc))
            return False
        self.problem = problem
        self.sig_saved.emit(self.version)
        self.sig_problem_changed.emit(problem)
        return True

    # -- judgments ------------------------------------------------------------------------
    def participants(self) -> list[str]:
        return list(self._judgments)

    def judgments(self, participant: str, kind: str, node: str | None) -> Judgments:
        return list(self._judgments.get(participant, {}).get((kind, node), []))

    def all_judgments(self) -> dict[str, dict[tuple[str, str | None], Judgments]]:
        return {p: {k: list(v) for k, v in blocks.items()} for p, blocks in self._judgments.items()}

    def set_judgments(
        self,
        participant: str,
        kind: str,
        node: str | None,
        judgments: Sequence[tuple[str, str, float]],
        text: str,
    ) -> None:
        """Replace a participant's answers at one node, as one undoable, saved step."""
        old = self.judgments(participant, kind, node)
        self.undo_stack.push(
            _JudgmentEdit(self, participant, kind, node, old, list(judgments), text)
        )

    def _save_judgments(
        self, participant: str, kind: str, node: str | None, items: Judgments
    ) -> bool:
        assert self.project_id is not None
        try:
            self.repo.set_judgments(
                self.project_id,
                participant,
                kind,
                node,
                items,
                who=self.who,
                role=self._roles.get(participant, ""),
            )
            self.version = self.repo.summary(self.project_id).version
        except Exception as exc:
            self.sig_error.emit(user_message(exc))
            return False
        self._judgments.setdefault(participant, {})[(kind, node)] = list(items)
        self.sig_saved.emit(self.version)
        self.sig_judgments_changed.emit()
        return True

    # -- scenarios ------------------------------------------------------------------------
    def scenarios(self) -> list[ScenarioRecord]:
        """The project's named weight sets, in the order they were saved."""
        return list(self._scenarios)

    def scenario(self, name: str) -> ScenarioRecord | None:
        return next((s for s in self._scenarios if s.name == name), None)

    def save_scenario(self, record: ScenarioRecord) -> None:
        """Create the scenario, or replace the one with the same name, as one undoable step."""
        before = self.scenario(record.name)
        if before is None:
            text = tr("Save scenario '{name}'").format(name=record.name)
        else:
            text = tr("Replace scenario '{name}'").format(name=record.name)
        self.undo_stack.push(_ScenarioEdit(self, before, record, text))

    def delete_scenario(self, name: str) -> None:
        """Remove a scenario as one undoable step (unknown names are ignored)."""
        before = self.scenario(name)
        if before is not None:
            text = tr("Delete scenario '{name}'").format(name=name)
            self.undo_stack.push(_ScenarioEdit(self, before, None, text))

    def apply_scenario(self, name: str) -> bool:
        """Give the project the scenario's weights (an undoable edit of the problem)."""
        record = self.scenario(name)
        if record is None or self.problem is None:
            return False
        from app.services.problem_edits import set_weights

        known = {c.id for c in self.problem.criteria}
        weights = {k: v for k, v in record.weights.items() if k in known}
        return self.edit(
            lambda p: set_weights(p, weights), tr("Use the weights of '{name}'").format(name=name)
        )

    def _store_scenario(self, name: str, record: ScenarioRecord | None) -> bool:
        """Make scenario ``name`` be ``record`` (None deletes it) in storage, then here."""
        assert self.project_id is not None
        try:
            if record is None:
                self.version = self.repo.delete_scenario(self.project_id, name, who=self.who)
            else:
                self.version = self.repo.save_scenario(
                    self.project_id, record, expected_version=self.version, who=self.who
                )
            self._scenarios = self.repo.list_scenarios(self.project_id)
        except StaleProjectError as exc:
            self.sig_error.emit(tr("{error}. The project was reloaded.").format(error=exc))
            self.reload()
            return False
        except Exception as exc:
            self.sig_error.emit(user_message(exc))
            return False
        self.sig_saved.emit(self.version)
        self.sig_scenarios_changed.emit()
        return True

    def _set_participants(self, people: Sequence[ParticipantRecord]) -> None:
        self._judgments = {}
        self._roles = {}
        for person in people:
            blocks = self._judgments.setdefault(person.name, {})
            self._roles[person.name] = person.role
            for j in person.judgments:
                blocks.setdefault((j.kind, j.node), []).append((j.a, j.b, j.value))


class _ProblemEdit(QUndoCommand):
    _ids: dict[str, int] = {}  # noqa: RUF012  merge keys → Qt command ids

    def __init__(
        self, session: ProjectSession, old: Problem, new: Problem, text: str, merge_key: str | None
    ) -> None:
        super().__init__(text)
        self._session, self._old, self._new = session, old, new
        self._merge_id = (
            -1 if merge_key is None else self._ids.setdefault(merge_key, len(self._ids) + 1)
        )

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _ProblemEdit) or other._merge_id != self._merge_id:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        if not self._session._save_problem(self._new):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._session._save_problem(self._old):
            self.setObsolete(True)


class _JudgmentEdit(QUndoCommand):
    def __init__(
        self,
        session: ProjectSession,
        participant: str,
        kind: str,
        node: str | None,
        old: Judgments,
        new: Judgments,
        text: str,
    ) -> None:
        super().__init__(text)
        self._args = (session, participant, kind, node)
        self._old, self._new = old, new

    def redo(self) -> None:
        session, participant, kind, node = self._args
        if not session._save_judgments(participant, kind, node, self._new):
            self.setObsolete(True)

    def undo(self) -> None:
        session, participant, kind, node = self._args
        if not session._save_judgments(participant, kind, node, self._old):
            self.setObsolete(True)


class _ScenarioEdit(QUndoCommand):
    """Create, replace or delete one scenario; undo puts back what was there."""

    def __init__(
        self,
        session: ProjectSession,
        before: ScenarioRecord | None,
        after: ScenarioRecord | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._session, self._before, self._after = session, before, after
        named = after if after is not None else before
        assert named is not None
        self._name = named.name

    def redo(self) -> None:
        if not self._session._store_scenario(self._name, self._after):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._session._store_scenario(self._name, self._before):
            self.setObsolete(True)
