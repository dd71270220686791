"""AHP: pairwise matrices, priorities and consistency, completion, diagnosis, groups, synthesis."""

from decision.ahp.completion import HARKER_1987, check_connected, harker_complete
from decision.ahp.diagnosis import SAATY_SCALE, inconsistency_errors, suggest_revisions
from decision.ahp.group import aggregate_judgments, aggregate_priorities
from decision.ahp.matrix import PairwiseMatrix, consistent_matrix, from_judgments, from_matrix
from decision.ahp.priorities import (
    ALONSO_LAMATA_2006,
    ALONSO_LAMATA_FIT,
    PRIORITIZATIONS,
    SAATY_1980,
    AHPResult,
    ahp_priorities,
    random_index,
)
from decision.ahp.synthesis import MODES, SPEC, hierarchy_weights, rank_ahp, synthesize

__all__ = [
    "ALONSO_LAMATA_2006",
    "ALONSO_LAMATA_FIT",
    "HARKER_1987",
    "MODES",
    "PRIORITIZATIONS",
    "SAATY_1980",
    "SAATY_SCALE",
    "SPEC",
    "AHPResult",
    "PairwiseMatrix",
    "aggregate_judgments",
    "aggregate_priorities",
    "ahp_priorities",
    "check_connected",
    "consistent_matrix",
    "from_judgments",
    "from_matrix",
    "harker_complete",
    "hierarchy_weights",
    "inconsistency_errors",
    "random_index",
    "rank_ahp",
    "suggest_revisions",
    "synthesize",
]
