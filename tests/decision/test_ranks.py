"""Competition ranks: ties shared, float noise never splits a tie, rank 1 best."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from decision.ranks import batch_competition_ranks, competition_ranks


def test_standard_competition_ranking() -> None:
    assert competition_ranks([0.9, 0.5, 0.5, 0.1]).tolist() == [1, 2, 2, 4]
    assert competition_ranks([0.1, 0.5, 0.5, 0.9], higher_is_better=False).tolist() == [1, 2, 2, 4]


def test_float_noise_does_not_split_a_tie() -> None:
    a = 0.1 + 0.2
    b = 0.3
    assert a != b
    assert competition_ranks([a, b, 0.1]).tolist() == [1, 1, 3]


def test_real_differences_are_kept() -> None:
    assert competition_ranks([1.0, 1.0 - 1e-6]).tolist() == [1, 2]


def test_all_zero_scores_tie() -> None:
    assert competition_ranks([0.0, 0.0, 0.0]).tolist() == [1, 1, 1]


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@given(arrays(np.float64, st.integers(1, 30), elements=finite))
def test_ranks_are_a_permutation_with_shared_ties(scores: np.ndarray) -> None:
    ranks = competition_ranks(scores)
    order = np.sort(ranks)
    assert order[0] == 1
    # competition ranking: the k-th smallest rank is at most k, and each rank value r
    # appears exactly (next rank - r) times
    values, counts = np.unique(ranks, return_counts=True)
    assert (values[1:] == values[:-1] + counts[:-1]).all()
    assert values[-1] + counts[-1] - 1 == len(scores)
    # better score never gets a worse rank
    i, j = np.argmax(scores), np.argmin(scores)
    assert ranks[i] <= ranks[j]


@given(arrays(np.float64, st.tuples(st.integers(1, 8), st.integers(1, 12)), elements=finite))
def test_batched_ranks_equal_row_by_row(scores: np.ndarray) -> None:
    batched = batch_competition_ranks(scores)
    for k in range(scores.shape[0]):
        assert batched[k].tolist() == competition_ranks(scores[k]).tolist()
