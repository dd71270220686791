"""The Excel workbook layout shared by reading and writing: sheet names and header rows."""

from __future__ import annotations

PROJECT = "Project"
CRITERIA = "Criteria"
ALTERNATIVES = "Alternatives"
PERFORMANCE = "Performance"
SOURCES = "Sources"
JUDGMENTS = "Judgments"
SCENARIOS = "Scenarios"
SCENARIO_WEIGHTS = "Scenario weights"
ALL_SHEETS = (
    PROJECT,
    CRITERIA,
    ALTERNATIVES,
    PERFORMANCE,
    SOURCES,
    JUDGMENTS,
    SCENARIOS,
    SCENARIO_WEIGHTS,
)

PROJECT_FIELDS = ("Name", "Question", "Description", "Owner")
COLUMNS: dict[str, tuple[str, ...]] = {
    CRITERIA: (
        "id",
        "name",
        "parent",
        "group",
        "direction",
        "unit",
        "weight",
        "description",
        "preference function",
        "q",
        "p",
    ),
    ALTERNATIVES: ("id", "name", "description", "tags", "cost"),
    SOURCES: ("alternative", "criterion", "source"),
    JUDGMENTS: ("participant", "role", "kind", "node", "a", "b", "value"),
    SCENARIOS: ("name", "method", "weights source", "description", "parameters"),
    SCENARIO_WEIGHTS: ("scenario", "criterion", "weight"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    CRITERIA: ("id", "direction"),
    ALTERNATIVES: ("id",),
    SOURCES: ("alternative", "criterion", "source"),
    JUDGMENTS: ("participant", "kind", "a", "b", "value"),
    SCENARIOS: ("name",),
    SCENARIO_WEIGHTS: ("scenario", "criterion", "weight"),
}
ALTERNATIVE_COLUMN = "alternative"  # first header cell of Performance
TAG_SEPARATOR = "; "
DEFAULT_NAME = "Untitled decision"
DIRECTIONS = ("benefit", "cost")
KINDS = ("criteria", "alternatives")
YES_NO = ("yes", "no")
