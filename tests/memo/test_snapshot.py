"""The memo snapshot: exact JSON round trip, frozen content, regeneration after project edits."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from app.memo.build import build_snapshot
from app.memo.content import plain_text
from app.memo.render_html import render_html
from app.memo.snapshot import SECTIONS, MemoSnapshot, SnapshotFormatError
from app.storage.repository import ProjectRepository
from decision.errors import DecisionError
from tests.memo.conftest import DEMO, DEMO_NAME

WHEN = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)


def _build(repo: ProjectRepository, **kw: object) -> MemoSnapshot:
    args: dict[str, object] = {
        "decision": "Rent subsidy",
        "author": "Maja",
        "samples": 2000,
        "now": WHEN,
    }
    args.update(kw)
    return build_snapshot(repo, DEMO_NAME, **args)  # type: ignore[arg-type]


def test_json_round_trip_is_exact(repo: ProjectRepository) -> None:
    snap = _build(repo)
    text = snap.to_json()
    back = MemoSnapshot.from_json(text)
    assert back == snap
    assert back.to_json() == text
    assert render_html(back) == render_html(snap)
    data = json.loads(text)
    assert data["format_version"] == 1 and data["project"] == DEMO_NAME


def test_snapshot_holds_the_numbers_the_memo_prints(repo: ProjectRepository) -> None:
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    snap = _build(repo)
    assert [c.id for c in snap.leaves] == [c["id"] for c in demo["criteria"]]
    assert [round(c.weight or 0, 6) for c in snap.leaves] == [c["weight"] for c in demo["criteria"]]
    assert {a.name for a in snap.alternatives} == {a["name"] for a in demo["alternatives"]}
    assert [r.rank for r in snap.ranking.rows] == sorted(r.rank for r in snap.ranking.rows)
    assert snap.robustness is not None and snap.robustness.samples == 2000
    first = snap.robustness.acceptability[0].shares
    assert 0.0 <= first[0] <= 1.0
    assert snap.audit.total >= 1 and snap.audit.by_action[0].name == "create project"
    assert len(snap.reproducibility.data_hash) == 64
    assert snap.date == "2026-11-29" and snap.reproducibility.created_at.startswith(
        "2026-11-29T09:30"
    )
    # three participants judged the top level: three CRs plus the group's
    people = [c.participant for c in snap.consistency]
    assert len(people) == 4 and people[-1].startswith("Group")


def test_regenerating_from_a_stored_snapshot_after_edits_gives_identical_text(
    repo: ProjectRepository,
) -> None:
    snap = _build(repo)
    memo_id = repo.save_memo(DEMO_NAME, snap, who="Maja")
    html, text = render_html(snap), plain_text(snap)
    version = repo.summary(DEMO_NAME).version
    version = repo.update_value(
        DEMO_NAME, "rent", "cost", 9999.0, expected_version=version, who="someone"
    )
    repo.rename_project(DEMO_NAME, "Koper renamed", who="someone")
    stored = MemoSnapshot.from_json(repo.load_memo(memo_id).snapshot_json)
    assert stored == snap
    assert render_html(stored) == html
    assert plain_text(stored) == text
    # a memo built now reflects the edits: the stored one is not the live project
    fresh = build_snapshot(repo, "Koper renamed", now=WHEN, samples=2000)
    assert fresh.reproducibility.data_hash != snap.reproducibility.data_hash
    assert "9,999" in plain_text(fresh) and "9,999" not in text


def test_the_data_hash_follows_the_data_not_the_time(repo: ProjectRepository) -> None:
    a = _build(repo)
    b = _build(repo, now=datetime(2027, 1, 1, tzinfo=UTC), decision="other", author="x")
    assert a.reproducibility.data_hash == b.reproducibility.data_hash
    c = _build(repo, method="wsm")
    assert c.reproducibility.data_hash != a.reproducibility.data_hash


def test_sections_can_be_switched_off(repo: ProjectRepository) -> None:
    snap = _build(repo, sections=[s for s in SECTIONS if s not in {"robustness", "appendix"}])
    assert snap.robustness is None
    assert "robustness" not in snap.sections
    text = plain_text(snap)
    assert "How robust" not in text and "Appendix" not in text
    assert "Ranking" in text and "Reproducibility" in text
    with pytest.raises(ValueError, match="unknown memo section 'nope'"):
        _build(repo, sections=["nope"])


def test_a_decision_that_differs_from_the_recommendation_is_said_plainly(
    repo: ProjectRepository,
) -> None:
    same = _build(repo, decision="Fund the Rent subsidy for vacant ground-floor shops")
    other = _build(repo, decision="Fund the façade renovation fund", rationale="Council vote")
    assert not same.decision.differs and other.decision.differs
    text = plain_text(other)
    assert "The decision differs from the recommendation" in text
    assert "Rationale: Council vote" in text
    assert "differs" not in plain_text(same)


def test_additive_methods_show_contributions_that_add_up(repo: ProjectRepository) -> None:
    wsm = _build(repo, method="wsm")
    assert wsm.ranking.contributions is not None
    for row, parts in zip(wsm.ranking.rows, wsm.ranking.contributions, strict=True):
        assert sum(parts) == pytest.approx(row.score, abs=1e-12)
    assert _build(repo).ranking.contributions is None  # TOPSIS is not a sum


def test_an_unrankable_project_is_refused_with_the_engines_message(
    repo: ProjectRepository,
) -> None:
    version = repo.summary(DEMO_NAME).version
    repo.update_value(DEMO_NAME, "rent", "jobs", None, expected_version=version, who="x")
    with pytest.raises(DecisionError, match="missing"):
        _build(repo)


@pytest.mark.parametrize(
    "text",
    ["", "[]", "{}", '{"format_version": 99}', '{"format_version": 1, "title": 3}', "nope"],
)
def test_text_that_is_not_a_snapshot_is_refused(text: str) -> None:
    with pytest.raises(SnapshotFormatError):
        MemoSnapshot.from_json(text)


def test_a_change_that_only_ties_for_first_is_not_called_a_new_winner(
    repo: ProjectRepository,
) -> None:
    """WSM on the demo: at 100 % Delivery risk three options share the best risk score."""
    snap = _build(repo, method="wsm")
    assert snap.robustness is not None
    risk = next(c for c in snap.robustness.changes if c.criterion == "Delivery risk")
    assert risk.ties and risk.new_winner != snap.robustness.winner
    assert not any(c.ties for c in snap.robustness.changes if c is not risk)
    text = plain_text(snap)
    assert "weight of Delivery risk rises to 100.0 % (now 10.0 %); there another" in text
    assert f"then {snap.robustness.winner} comes first" not in text


def test_an_interior_change_point_is_a_new_winner_not_a_tie(repo: ProjectRepository) -> None:
    """TOPSIS on the demo: above 26.8 % for Jobs, Micro-grants passes the Rent subsidy (found
    by root finding to 1e-6, where the two scores are still within the tie tolerance)."""
    snap = _build(repo, method="topsis")
    assert snap.robustness is not None
    jobs = next(c for c in snap.robustness.changes if c.criterion == "Jobs created or kept")
    assert jobs.new_winner is not None and jobs.new_winner != snap.robustness.winner
    assert not jobs.ties
    assert f"then {jobs.new_winner} comes first" in plain_text(snap)
