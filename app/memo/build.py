"""Build a MemoSnapshot from a stored project: rank, analyse robustness, and freeze the results."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np

from app.memo.snapshot import (
    SECTIONS,
    AcceptabilityRow,
    Agreement,
    AlternativeInfo,
    AuditSummary,
    Consistency,
    Count,
    CriterionInfo,
    Decision,
    JudgmentInfo,
    MemoSnapshot,
    MethodInfo,
    Performance,
    Person,
    Ranking,
    RankRow,
    Reproducibility,
    Robustness,
    ScenarioColumn,
    ScenarioTable,
    Setting,
    SourceNote,
    WeightOrigin,
    WinnerChange,
)
from app.memo.text import count, engine, memo_language, t
from app.storage.document import ProjectDocument
from app.storage.records import AuditEntry, ProjectRef
from app.storage.repository import ProjectRepository
from decision.problem import Problem
from decision.results import RankingResult

AHP_MATCH = 0.005  # local weights within this of the group's AHP priorities count as from AHP
SCENARIO_COLUMNS = 3  # saved scenarios printed next to the current weights


def build_snapshot(
    repo: ProjectRepository,
    project: ProjectRef,
    *,
    method: str = "topsis",
    parameters: Mapping[str, Any] | None = None,
    decision: str = "",
    rationale: str = "",
    author: str = "",
    sections: Iterable[str] = SECTIONS,
    samples: int = 10_000,
    seed: int = 0,
    title: str | None = None,
    now: datetime | None = None,
    follows_recommendation: bool | None = None,
    language: str | None = None,
) -> MemoSnapshot:
    """Everything the memo of ``project`` prints, computed now and frozen.

    Parameters
    ----------
    repo, project
        The repository and the project (name or id).
    method, parameters
        The ranking method (a registry key) and its parameters (defaults filled in).
    decision, rationale, author
        The decision taken (free text; may differ from the recommendation), why, and who
        writes the memo.
    sections
        Keys of ``SECTIONS`` to print; robustness and scenarios are computed only if asked.
    samples, seed
        Random weightings of the acceptability analysis (SMAA) and their seed.
    title, now
        The memo's title (default "Decision memo: <project>") and time (default: now, UTC).
    follows_recommendation
        Whether the decision follows the recommendation, as the user said; None guesses it
        from the text (it differs when it names none of the first-ranked alternatives).
    language
        The language the memo is written in (``sl``, ``de``, ``it``, ``fr``, ``en``; default:
        the interface language); stored in the snapshot, so regenerating it gives the same text.

    Raises
    ------
    DecisionError
        The project cannot be ranked (a missing value or weight; the message says which).
    StorageError
        No such project.
    ValueError
        An unknown section key.
    """
    with memo_language(language) as code:
        return _build(
            repo,
            project,
            method=method,
            parameters=parameters,
            decision=decision,
            rationale=rationale,
            author=author,
            sections=sections,
            samples=samples,
            seed=seed,
            title=title,
            now=now,
            follows_recommendation=follows_recommendation,
            language=code,
        )


def _build(
    repo: ProjectRepository,
    project: ProjectRef,
    *,
    method: str,
    parameters: Mapping[str, Any] | None,
    decision: str,
    rationale: str,
    author: str,
    sections: Iterable[str],
    samples: int,
    seed: int,
    title: str | None,
    now: datetime | None,
    follows_recommendation: bool | None,
    language: str,
) -> MemoSnapshot:
    from decision.methods.registry import get_method

    chosen = tuple(s for s in SECTIONS if s in set(sections))
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        raise ValueError(f"unknown memo section {unknown[0]!r}; sections are {', '.join(SECTIONS)}")
    doc = repo.load_document(project)
    audit = repo.audit_log(project)
    problem = doc.problem
    spec = get_method(method)
    params = dict(spec.resolve(parameters))
    result = _rank(problem, spec.key, params)
    at = (now or datetime.now(UTC)).astimezone(UTC)
    crit_names = {c.id: c.label for c in problem.criteria}
    alt_names = dict(zip(problem.alternative_ids, problem.alternative_names, strict=True))
    ranking = _ranking(result)
    winners = [r.name for r in ranking.rows if r.rank == 1]
    consistency, judgments, group_weights = _pairwise(doc, crit_names, alt_names)
    robustness = None
    if "robustness" in chosen:
        robustness = _robustness(problem, spec.key, params, result, ranking, samples, seed)
    scenarios = None
    if "scenarios" in chosen:
        scenarios = _scenarios(doc, spec.key, params, ranking)
    recommended = t("and_join").join(winners)
    choice = decision.strip()
    if follows_recommendation is None:
        differs = bool(choice) and not any(
            w.casefold() in choice.casefold()
            for w in [*winners, *(r.id for r in ranking.rows if r.rank == 1)]
        )
    else:
        differs = not follows_recommendation
    settings = (
        Setting(t("set_method"), spec.key),
        *(Setting(t("set_parameter", name=k), _setting(v)) for k, v in sorted(params.items())),
        Setting(t("set_samples"), t("set_samples_value", samples=count(samples), seed=seed)),
        Setting(t("set_sections"), ", ".join(t(key) for key in chosen)),
    )
    return MemoSnapshot(
        title=title if title is not None else f"{t('memo')}: {problem.name}",
        project=problem.name,
        question=doc.question,
        description=doc.description,
        owner=doc.owner,
        author=author,
        date=at.date().isoformat(),
        participants=tuple(Person(p.name, p.role) for p in doc.participants),
        sections=chosen,
        alternatives=tuple(
            AlternativeInfo(a.id, a.label, a.description) for a in problem.alternatives
        ),
        criteria=_criteria(problem, result),
        weight_origins=_origins(problem, group_weights),
        consistency=consistency,
        judgments=judgments,
        performance=_performance(doc, crit_names, alt_names),
        method=_method(spec, result, params),
        ranking=ranking,
        robustness=robustness,
        scenarios=scenarios,
        audit=_audit(audit),
        decision=Decision(choice, rationale.strip(), recommended, differs),
        language=language,
        reproducibility=Reproducibility(
            app_version=_app_version(),
            data_hash=data_hash(doc, spec.key, params),
            created_at=at.isoformat(timespec="seconds"),
            settings=settings,
        ),
    )


def data_hash(doc: ProjectDocument, method: str, parameters: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON (sorted keys, no spaces) of the project and method."""
    from app.storage.formats.json_format import document_to_json

    payload = {"project": document_to_json(doc), "method": method, "parameters": dict(parameters)}
    text = json.dumps(
        payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _app_version() -> str:
    from app import __version__

    return __version__


def _setting(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, default=str)


def _rank(problem: Problem, method: str, params: Mapping[str, Any]) -> RankingResult:
    from decision.evaluate import rank

    return rank(problem, method, params)


def _ranking(result: RankingResult) -> Ranking:
    from app.services.results_logic import contributions

    ordered = result.ordered()
    rows = tuple(RankRow(r.id, r.name, float(r.score), int(r.rank)) for r in ordered)
    parts = contributions(result)
    contrib = None
    if parts is not None:
        index = {a: i for i, a in enumerate(result.alternative_ids)}
        contrib = tuple(tuple(float(x) for x in parts[index[r.id]]) for r in ordered)
    return Ranking(rows, contrib)


def _criteria(problem: Problem, result: RankingResult) -> tuple[CriterionInfo, ...]:
    weights = result.weight_map()
    names = {c.id: c.label for c in problem.criteria}
    return tuple(
        CriterionInfo(
            id=c.id,
            name=c.label,
            unit=c.unit,
            direction=c.direction,
            weight=None if c.is_group else float(weights[c.id]),
            local_weight=None if c.weight is None else float(c.weight),
            parent="" if c.parent is None else names[c.parent],
            is_group=c.is_group,
            description=c.description,
        )
        for c in problem.criteria
    )


def _performance(
    doc: ProjectDocument, crit_names: Mapping[str, str], alt_names: Mapping[str, str]
) -> Performance:
    problem = doc.problem
    values = tuple(
        tuple(None if np.isnan(x) else float(x) for x in row)
        for row in np.asarray(problem.matrix, dtype=float)
    )
    col = {c: j for j, c in enumerate(problem.leaf_ids)}
    row = {a: i for i, a in enumerate(problem.alternative_ids)}
    notes = sorted(
        ((row[a], col[c], text) for (a, c), text in doc.sources.items() if text.strip()),
    )
    sources = tuple(
        SourceNote(alt_names[problem.alternative_ids[i]], crit_names[problem.leaf_ids[j]], text)
        for i, j, text in notes
    )
    return Performance(values, sources)


def _method(spec: Any, result: RankingResult, params: Mapping[str, Any]) -> MethodInfo:
    from app.services.results_logic import plain_normalization

    conv = result.conventions
    norm = params.get("normalization")
    return MethodInfo(
        key=spec.key,
        label=engine(spec.label),
        description=engine(spec.description),
        normalization=engine(conv.normalization or ""),
        normalization_plain=plain_normalization(str(norm)) if isinstance(norm, str) else "",
        tie_rule=engine(conv.tie_rule or ""),
        weights_source=engine(conv.weights_source or ""),
        higher_is_better=bool(result.higher_is_better),
        settings=tuple(Setting(k, _setting(v)) for k, v in sorted(params.items())),
        notes=tuple(engine(n) for n in conv.notes),
    )


# -- pairwise judgments and where the weights came from --------------------------------------


def _pairwise(
    doc: ProjectDocument, crit_names: Mapping[str, str], alt_names: Mapping[str, str]
) -> tuple[tuple[Consistency, ...], tuple[JudgmentInfo, ...], dict[str | None, tuple[Any, int]]]:
    """CR of every matrix per participant (and the group), the judgments in words, and the
    group AHP priorities per criteria node (for telling where the weights came from)."""
    from app.services.weights_logic import group_state, individual_state, statement

    problem = doc.problem
    names = {**crit_names, **alt_names}
    blocks: dict[tuple[str, str | None], dict[str, list[tuple[str, str, float]]]] = {}
    judgments: list[JudgmentInfo] = []
    for person in doc.participants:
        for j in person.judgments:
            key = (j.kind, j.node)
            blocks.setdefault(key, {}).setdefault(person.name, []).append((j.a, j.b, j.value))
    consistency: list[Consistency] = []
    group_weights: dict[str | None, tuple[Any, int]] = {}
    order = [(None if c is None else c.id) for c in [None, *problem.criteria]]
    for kind in ("criteria", "alternatives"):
        for node in order:
            by_person = blocks.get((kind, node))
            if not by_person:
                continue
            if kind == "criteria":
                items = [c.id for c in problem.children(node)]
                label = t("top_level") if node is None else crit_names[node]
            else:
                items = list(problem.alternative_ids)
                label = t("alternatives_under", criterion=crit_names.get(node or "", node))
            for who, given in by_person.items():
                state = individual_state(items, given, names)
                consistency.append(_consistency(label, kind, who, state))
                judgments.extend(
                    JudgmentInfo(
                        who,
                        label,
                        names.get(a, a),
                        names.get(b, b),
                        float(v),
                        statement(names.get(a, a), names.get(b, b), v),
                    )
                    for a, b, v in given
                )
            group, used = group_state(items, by_person.values(), names)
            if used > 1:
                consistency.append(_consistency(label, kind, t("group_label"), group))
            if kind == "criteria" and group.result is not None:
                group_weights[node] = (group.result, used)
    return tuple(consistency), tuple(judgments), group_weights


def _consistency(node: str, kind: str, person: str, state: Any) -> Consistency:
    r = state.result
    return Consistency(
        node=node,
        kind=kind,
        participant=person,
        cr=None if r is None else float(r.cr),
        answered=int(state.answered),
        total=int(state.total),
        note=state.message if r is None else "",
    )


def _origins(
    problem: Problem, group_weights: Mapping[str | None, tuple[Any, int]]
) -> tuple[WeightOrigin, ...]:
    from app.services.weights_logic import groups

    out = []
    for node, label in groups(problem):
        children = problem.children(node)
        if not children:
            continue
        origin = t("origin_direct")
        found = group_weights.get(node)
        local = np.array([np.nan if c.weight is None else float(c.weight) for c in children])
        if found is not None and np.isfinite(local).all() and local.sum() > 0:
            ahp, used = found
            priorities = ahp.weight_map()
            target = np.array([priorities.get(c.id, np.nan) for c in children])
            if np.allclose(local / local.sum(), target, atol=AHP_MATCH):
                origin = t("origin_ahp", n=used)
        out.append(WeightOrigin(t("top_level") if node is None else label, origin))
    return tuple(out)


# -- robustness, scenarios and the audit log -------------------------------------------------


def _only_ties(
    problem: Problem, method: str, params: Mapping[str, Any], cid: str, x: float, now: float
) -> bool:
    """Whether the winner is only caught, not passed, at weight ``x`` of ``cid``: that happens
    at a bound of [0, 1] (an interior change point is a crossing), when several alternatives
    share first place there."""
    from decision.evaluate import rank
    from decision.sensitivity.weights import leaf_weights, perturb

    del now  # the direction does not matter at a bound
    if 1e-9 < x < 1.0 - 1e-9:
        return False
    j = problem.leaf_ids.index(cid)
    w = perturb(leaf_weights(problem), j, np.array([min(max(x, 0.0), 1.0)]))[0]
    ranks = rank(problem, method, params, weights=w).ranks
    return int(np.count_nonzero(ranks == 1)) > 1


def _robustness(
    problem: Problem,
    method: str,
    params: Mapping[str, Any],
    result: RankingResult,
    ranking: Ranking,
    samples: int,
    seed: int,
) -> Robustness:
    from app.services.messages import user_message
    from app.services.results_logic import run_agreement
    from decision.sensitivity.smaa import smaa
    from decision.sensitivity.tipping import tipping_points

    names = dict(zip(problem.alternative_ids, problem.alternative_names, strict=True))
    crit_names = {c.id: c.label for c in problem.criteria}
    winner = ranking.rows[0].name
    changes: list[WinnerChange] = []
    tipping_note = ""
    try:
        tips = tipping_points(problem, method, params)
        weights = dict(zip(tips.criterion_ids, tips.current_weights.tolist(), strict=True))
        for c in tips.criterion_ids:
            change = tips.winner_change[c]
            low, high = tips.stability[c]
            now = float(weights[c])
            changes.append(
                WinnerChange(
                    criterion=crit_names[c],
                    weight=now,
                    new_weight=None if change is None else now + float(change[0]),
                    new_winner=None if change is None else names[change[1]],
                    low=float(low),
                    high=float(high),
                    ties=change is not None
                    and _only_ties(problem, method, params, c, now + float(change[0]), now),
                )
            )
        winner = names[tips.winner]
    except Exception as exc:  # the memo states what could not be computed, and goes on
        tipping_note = user_message(exc)
    acceptability: list[AcceptabilityRow] = []
    smaa_note = ""
    try:
        acc = smaa(
            problem, method=method, samples=samples, seed=seed, params=params, pairwise=False
        )
        index = {a: i for i, a in enumerate(acc.alternative_ids)}
        for row in ranking.rows:
            shares = acc.acceptability[index[row.id]]
            acceptability.append(
                AcceptabilityRow(row.name, tuple(float(x) for x in shares[: min(3, len(shares))]))
            )
    except Exception as exc:
        smaa_note = user_message(exc)
    agreement = _agreement(problem, method, params, result, ranking, run_agreement)
    return Robustness(
        winner=winner,
        changes=tuple(changes),
        tipping_note=tipping_note,
        samples=samples,
        seed=seed,
        acceptability=tuple(acceptability),
        smaa_note=smaa_note,
        agreement=agreement,
    )


def _agreement(
    problem: Problem,
    method: str,
    params: Mapping[str, Any],
    result: RankingResult,
    ranking: Ranking,
    run_agreement: Any,
) -> Agreement | None:
    found = run_agreement(problem, method, params, selected_result=result)
    if found is None:
        return None
    index = {a: i for i, a in enumerate(problem.alternative_ids)}
    ranks = tuple(
        tuple(
            None if np.isnan(x) else int(x) for x in np.asarray(found.ranks)[index[row.id]].tolist()
        )
        for row in ranking.rows
    )
    rho = tuple(
        tuple(None if np.isnan(x) else float(x) for x in line) for line in found.spearman.tolist()
    )
    labels = dict(zip(found.methods, [engine(x) for x in found.labels], strict=True))
    errors = tuple(
        t("agreement_failed", method=labels.get(k, k), reason=v) for k, v in found.errors.items()
    )
    return Agreement(tuple(engine(x) for x in found.labels), ranks, rho, errors)


def _scenarios(
    doc: ProjectDocument, method: str, params: Mapping[str, Any], ranking: Ranking
) -> ScenarioTable | None:
    from app.services.scenario_logic import compare
    from decision.methods.registry import all_methods

    shown: Sequence[Any] = doc.scenarios[:SCENARIO_COLUMNS]
    table = compare(doc.problem, shown, current=(method, params))
    specs = all_methods()
    index = {a: i for i, a in enumerate(table.alternative_ids)}
    columns = tuple(
        ScenarioColumn(
            name=t("current_weights") if k == 0 else c.name,
            method=engine(specs[c.method].label) if c.method in specs else c.method,
            ranks=None if c.ranks is None else tuple(c.ranks[index[r.id]] for r in ranking.rows),
            error=c.error,
        )
        for k, c in enumerate(table.columns)
    )
    more = len(doc.scenarios) - len(shown)
    return ScenarioTable(
        alternatives=tuple(r.name for r in ranking.rows),
        columns=columns,
        note=t("scenarios_more", n=more) if more > 0 else "",
    )


def _audit(entries: Sequence[AuditEntry]) -> AuditSummary:
    counts: dict[str, int] = {}
    who: list[str] = []
    for e in entries:
        counts[e.action] = counts.get(e.action, 0) + 1
        if e.who and e.who not in who:
            who.append(e.who)
    return AuditSummary(
        total=len(entries),
        by_action=tuple(
            Count(a, n) for a, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        first_at=entries[0].at.astimezone(UTC).isoformat(timespec="seconds") if entries else "",
        last_at=entries[-1].at.astimezone(UTC).isoformat(timespec="seconds") if entries else "",
        who=tuple(who),
    )
