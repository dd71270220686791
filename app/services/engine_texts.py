"""The engine's English sentences (decision/ has no Qt) in the interface or memo language.

Conventions, normalization formulas, tie rules, weighting and composite notes written by
``decision/`` are marked here for translation; :func:`engine_text` translates a text the engine
wrote: a known sentence by ``tr``, a formatted one through the templates below (the values
are put back, numbers in the locale's format), a sentence joined from parts by "; " part by
part. Anything unknown is returned as the engine wrote it. Qt-free: only app.i18n.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.i18n import QT_TR_NOOP, integer, number, tr

# Sentences the engine writes as they are (method names and descriptions, formulas, rules).
STATIC: tuple[str, ...] = (
    # method labels and descriptions (decision/methods)
    QT_TR_NOOP("Weighted sum (WSM)"),
    QT_TR_NOOP("Weighted product (WPM)"),
    QT_TR_NOOP("Closeness to the ideal and distance from the anti-ideal alternative (Euclidean)."),
    QT_TR_NOOP("Sum of weighted normalized values; each criterion's contribution is reported."),
    QT_TR_NOOP("Product of values raised to their weights; needs values above zero."),
    # normalizations (decision/normalization.py describe())
    QT_TR_NOOP("vector normalization x/sqrt(sum x^2); cost columns as 1 - r"),
    QT_TR_NOOP("min-max normalization (x - min)/(max - min), reversed for cost"),
    QT_TR_NOOP("max normalization x/max; cost columns as 1 - x/max"),
    QT_TR_NOOP("sum normalization x/sum x; cost columns (1/x)/sum(1/x)"),
    QT_TR_NOOP("linear normalization x/max; cost columns min/x"),
    QT_TR_NOOP("logarithmic normalization ln x / ln prod x"),
    QT_TR_NOOP("nonlinear normalization (x/max)^2; cost columns (min/x)^3"),
    QT_TR_NOOP("enhanced accuracy normalization (Zeng & Xiao)"),
    QT_TR_NOOP("Zavadskas-Turskis normalization"),
    QT_TR_NOOP("none: raw values (cost criteria subtracted); only for criteria on one scale"),
    QT_TR_NOOP("none: raw values raised to the weight (cost criteria to minus the weight)"),
    QT_TR_NOOP(
        "none: raw values; each gap f*_j - f_ij is divided by the criterion's range "
        "f*_j - f-_j (f* best, f- worst value of the criterion)"
    ),
    QT_TR_NOOP(
        "none: preference functions on raw differences (thresholds q, p in the criterion's "
        "units); flows divided by the weight sum and by (m-1)"
    ),
    QT_TR_NOOP("sum normalization x/sum x for every criterion (direction enters via S+ and S-)"),
    # ranks and weights
    QT_TR_NOOP(
        "standard competition ranking (1, 2, 2, 4); scores equal within 1e-9 relative share a rank"
    ),
    QT_TR_NOOP("given weights"),
    QT_TR_NOOP("given weights (product of local weights down the criteria tree)"),
    QT_TR_NOOP("AHP pairwise comparison of the criteria"),
    # method notes
    QT_TR_NOOP("only one alternative: every flow is 0"),
    QT_TR_NOOP("every alternative has the same S (S- = S*): the S term of Q is set to 0"),
    QT_TR_NOOP("every alternative has the same R (R- = R*): the R term of Q is set to 0"),
    QT_TR_NOOP("acceptable stability fails: the best Q is not also best by S or R"),
    QT_TR_NOOP(
        "distributive mode: each criterion's local priorities sum to 1, global priority = "
        "weighted sum (global priorities sum to 1)"
    ),
    QT_TR_NOOP(
        "ideal mode (Saaty): each criterion's local priorities divided by their largest value, "
        "weighted sum, then the global scores renormalised to sum 1"
    ),
    QT_TR_NOOP(
        "no pairwise judgments of the alternatives: local priorities from the performance "
        "values: benefit x/sum(x), cost (1/x)/sum(1/x) (sum normalization; needs values > 0)"
    ),
    QT_TR_NOOP("the prioritization parameter applies only to pairwise matrices"),
    QT_TR_NOOP(
        "score = utility degree Q/max Q (1 for the best); Q = S+ + sum S- / (S- x sum 1/S-) "
        "as in Zavadskas et al. (1994)"
    ),
    # composite indicator (decision/composite)
    QT_TR_NOOP("composite indicator: missing data, normalization, weighting, aggregation"),
    QT_TR_NOOP(
        "every normalized value is oriented so that higher is better; cost indicators are "
        "flipped as the normalization formula states"
    ),
    QT_TR_NOOP(
        "min-max: y = (x - min)/(max - min) for benefit indicators, (max - x)/(max - min) for "
        "cost indicators, min and max over the units ranked; 0 is the worst unit, 1 the best; "
        "an indicator with the same value everywhere gets 0.5"
    ),
    QT_TR_NOOP(
        "z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost indicators; "
        "sd is the sample standard deviation (divisor m - 1); an indicator with the same value "
        "everywhere gets 0"
    ),
    QT_TR_NOOP(
        "z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost indicators; "
        "sd is the population standard deviation (divisor m); an indicator with the same value "
        "everywhere gets 0"
    ),
    QT_TR_NOOP(
        "goalposts: y = (x - lo)/(hi - lo) for benefit indicators, (hi - x)/(hi - lo) for cost "
        "indicators, lo and hi the indicator's fixed goalposts; with log, ln x, ln lo and ln hi "
        "replace x, lo and hi (as the UNDP HDI income index); values outside the goalposts are "
        "clipped to them, so y is in [0, 1]"
    ),
    QT_TR_NOOP(
        "distance to a reference (relative difference): y = (x - ref)/|ref| for benefit "
        "indicators, (ref - x)/|ref| for cost indicators; 0 is level with the reference, "
        "positive is better"
    ),
    QT_TR_NOOP(
        "distance to a reference (ratio): y = x/ref for benefit indicators, ref/x for cost "
        "indicators; 1 is level with the reference, above 1 is better"
    ),
    QT_TR_NOOP(
        "rank: y = the unit's rank on the indicator counted from the worst (1 = worst, "
        "m = best); ties share the average of their ranks"
    ),
    QT_TR_NOOP("linear: weighted arithmetic mean sum_j w_j y_j (compensatory)"),
    QT_TR_NOOP(
        "geometric: weighted geometric mean prod_j y_j^w_j with weights summing to 1 (less "
        "compensatory: a low value cannot be fully offset by a high one)"
    ),
    QT_TR_NOOP(
        "units with a missing value are left out of the normalization and the ranking "
        "(listed as dropped)"
    ),
    QT_TR_NOOP(
        "a missing value is replaced by the mean of the other units' values of that indicator "
        "(raw values, before normalization); imputed cells are listed"
    ),
    QT_TR_NOOP(
        "a missing value is replaced by the median of the other units' values of that "
        "indicator (raw values, before normalization); imputed cells are listed"
    ),
    QT_TR_NOOP("rank 1 is the highest composite score"),
    QT_TR_NOOP("given reference values (a national value or a target) per indicator"),
    QT_TR_NOOP("given weights (an indicator without a weight counts 1)"),
    QT_TR_NOOP("equal weights"),
    QT_TR_NOOP("normalised to sum 1"),
    QT_TR_NOOP("normalised to sum 1 inside each group"),
    QT_TR_NOOP("dimension weights equal"),
    QT_TR_NOOP("dimension weights given per group"),
    QT_TR_NOOP("Entropy weights (Shannon)"),
    QT_TR_NOOP("CRITIC weights (Diakoulaki)"),
    QT_TR_NOOP(
        "the weights inside a group and of the groups are the group shares of these global weights"
    ),
    QT_TR_NOOP(
        "missing-data handling, group aggregation, goalposts and reference stay as in the base "
        "settings"
    ),
    QT_TR_NOOP(
        "median and 5th/95th percentiles of each unit's rank over the runs (linear "
        "interpolation between order statistics)"
    ),
    # DEMATEL (decision/dematel.py)
    QT_TR_NOOP("max_row_col: X divided by k = the largest of all row sums and column sums of X"),
    QT_TR_NOOP("max_row: X divided by k = the largest row sum of X"),
    QT_TR_NOOP("euclidean: w_i = sqrt((D_i + R_i)^2 + (D_i - R_i)^2), normalised to sum 1"),
    QT_TR_NOOP("prominence: w_i = (D_i + R_i), normalised to sum 1"),
    QT_TR_NOOP("mean of all entries of T"),
    QT_TR_NOOP("set by the user"),
    QT_TR_NOOP("rows influence columns: x_ij is the direct influence of factor i on j"),
    QT_TR_NOOP("N = X / k; T = N (I - N)^-1, computed by a linear solve"),
    QT_TR_NOOP("D = row sums of T (influence given), R = column sums (influence received)"),
    QT_TR_NOOP("causes: D - R > 0; effects: D - R <= 0"),
    QT_TR_NOOP("impact-relation map: arcs i -> j with T_ij > threshold, self-loops omitted"),
    # A'WOT (decision/awot.py) and AHP priorities (decision/ahp)
    QT_TR_NOOP(
        "local priorities: AHP within each SWOT group (or weights given directly, normalised "
        "to sum 1)"
    ),
    QT_TR_NOOP("group weights: AHP over S, W, O, T (or weights given directly)"),
    QT_TR_NOOP("global priority = group weight x local priority; all global priorities sum to 1"),
    QT_TR_NOOP("strategy score = sum over factors of global priority x score (higher is better)"),
    QT_TR_NOOP(
        "strategy priority = sum over factors of global priority x local priority of the "
        "strategy from the pairwise comparison with respect to that factor"
    ),
    QT_TR_NOOP(
        "principal right eigenvector (Saaty), normalised to sum 1; lambda_max is its eigenvalue"
    ),
    QT_TR_NOOP(
        "row geometric mean (Crawford & Williams 1985), normalised to sum 1; lambda_max "
        "estimated as the mean of (A w)_i / w_i"
    ),
    QT_TR_NOOP(
        "aggregation of individual judgments (AIJ): weighted geometric mean of each pair over "
        "the participants who judged it (Aczél & Saaty 1983; Forman & Peniwati 1998, EJOR "
        "108:165-169)"
    ),
    QT_TR_NOOP(
        "aggregation of individual priorities (AIP): weighted geometric mean of each item's "
        "priority over the participants, renormalised to sum 1 (Forman & Peniwati 1998)"
    ),
    QT_TR_NOOP("Saaty's (1980) random index stops at n = 10; CR uses the table named above"),
    QT_TR_NOOP(
        "suggestions: judgments ranked by their share of the inconsistency |ln(a_ij w_j / w_i)| "
        "(Saaty 2003, EJOR 145:85-91); for each, 'suggested' is the value on Saaty's 1/9..9 "
        "scale that lowers CR most when only that judgment changes, 'cr_after' the CR then, and "
        "'consistent_value' = w_i/w_j the unrestricted value with its CR 'cr_consistent'"
    ),
    # random-index tables (decision/ahp/priorities.py): the other two are citations
    QT_TR_NOOP("Alonso & Lamata (2006) linear fit"),
    # retail figures (decision/retail/metrics.py notes)
    QT_TR_NOOP("not given: 100 (national average) assumed"),
    QT_TR_NOOP("population x spending per capita x purchasing-power index / 100"),
    QT_TR_NOOP("derived: local spending per capita / national spending per capita x 100"),
    QT_TR_NOOP("simple: turnover / spending potential x 100"),
    QT_TR_NOOP(
        "index: turnover index / purchasing-power index x 100, turnover index = local turnover "
        "per capita / national turnover per capita x 100"
    ),
    QT_TR_NOOP(
        "(D - S) / (D + S) x 100 with D = spending potential, S = turnover: positive = leakage "
        "(residents spend outside), negative = surplus (spending flows in); range -100..100"
    ),
    QT_TR_NOOP("turnover - spending potential (positive: inflow, negative: outflow)"),
    QT_TR_NOOP("spending potential - turnover (positive: unmet demand)"),
    QT_TR_NOOP(
        "gap / turnover per m² (m²; negative: more floor space than resident demand supports)"
    ),
    QT_TR_NOOP("local sales per capita / regional sales per capita"),
    # objective weighting methods (decision/weights.py labels)
    QT_TR_NOOP("Equal weights"),
    QT_TR_NOOP("Standard-deviation weights"),
    QT_TR_NOOP("MEREC weights (removal effects)"),
    QT_TR_NOOP("Statistical-variance weights"),
    QT_TR_NOOP("Gini-coefficient weights"),
)

# (English pattern, template marked for translation, how each value is put back):
# "number" in the locale's format, "engine" translated itself, "text" as it is.
_Kinds = dict[str, str]
TEMPLATES: tuple[tuple[str, str, _Kinds], ...] = (
    (
        r"as defined by pymcdm's (?P<method>\S+) \(its default\)",
        QT_TR_NOOP("as defined by pymcdm's {method} (its default)"),
        {"method": "text"},
    ),
    (
        r"compromise solution \(Opricovic & Tzeng 2004\): (?P<alternatives>.+?); (?P<why>"
        r"accept.+)",
        QT_TR_NOOP("compromise solution (Opricovic & Tzeng 2004): {alternatives}; {why}"),
        {"alternatives": "text", "why": "engine"},
    ),
    (
        r"acceptable advantage \((?P<dq>DQ = 1/\(m-1\) = \S+)\) and acceptable stability hold",
        QT_TR_NOOP("acceptable advantage ({dq}) and acceptable stability hold"),
        {"dq": "formula"},
    ),
    (
        r"acceptable advantage fails: these are within (?P<dq>DQ = 1/\(m-1\) = \S+) of the "
        r"best Q",
        QT_TR_NOOP("acceptable advantage fails: these are within {dq} of the best Q"),
        {"dq": "formula"},
    ),
    (
        r"preference functions: (?P<functions>.+)",
        QT_TR_NOOP("preference functions: {functions}"),
        {"functions": "text"},
    ),
    (
        r"objective: (?P<method>.+)",
        QT_TR_NOOP("objective: {method}"),
        {"method": "engine"},
    ),
    (
        r"objective (?P<method>.+) of the normalized matrix \(every indicator already oriented "
        r"so higher is better\)",
        QT_TR_NOOP(
            "objective {method} of the normalized matrix (every indicator already oriented so "
            "higher is better)"
        ),
        {"method": "engine"},
    ),
    (
        r"budget allocation: points given to each indicator, divided by the total "
        r"\((?P<points>[-0-9.e+]+) points\)",
        QT_TR_NOOP(
            "budget allocation: points given to each indicator, divided by the total "
            "({points} points)"
        ),
        {"points": "number"},
    ),
    (
        r"indicators of a group are first combined into a dimension index by (?P<how>.+); the "
        r"dimension indices are then aggregated",
        QT_TR_NOOP(
            "indicators of a group are first combined into a dimension index by {how}; the "
            "dimension indices are then aggregated"
        ),
        {"how": "engine"},
    ),
    (
        r"left out for missing values: (?P<towns>.+)",
        QT_TR_NOOP("left out for missing values: {towns}"),
        {"towns": "text"},
    ),
    (
        r"(?P<count>\d+) missing value\(s\) imputed",
        QT_TR_NOOP("{count} missing value(s) imputed"),
        {"count": "number"},
    ),
    (
        r"(?P<count>\d+) value\(s\) lay outside their goalposts and were clipped",
        QT_TR_NOOP("{count} value(s) lay outside their goalposts and were clipped"),
        {"count": "number"},
    ),
    (
        r"indicator\(s\) (?P<names>.+) have the same value for every unit",
        QT_TR_NOOP("indicator(s) {names} have the same value for every unit"),
        {"names": "text"},
    ),
    (
        r"the values of unit '(?P<unit>.+)'",
        QT_TR_NOOP("the values of unit '{unit}'"),
        {"unit": "text"},
    ),
    (
        r"zeros occur after (?P<method>\w+) normalization, so every normalized value was "
        r"shifted to y' = (?P<floor>[0-9.]+) \+ (?P<span>[0-9.]+) \* y \(range "
        r"\[(?P<lo>[0-9.]+), 1\]\) before the geometric mean",
        QT_TR_NOOP(
            "zeros occur after {method} normalization, so every normalized value was shifted "
            "to y' = {floor} + {span} * y (range [{lo}, 1]) before the geometric mean"
        ),
        {"method": "text", "floor": "number", "span": "number", "lo": "number"},
    ),
    (
        r"values <= 0 occur after (?P<method>\w+) normalization, so each indicator was "
        r"rescaled to \[(?P<lo>[0-9.]+), 1\] by y' = (?P<floor>[0-9.]+) \+ (?P<span>[0-9.]+) "
        r"\* \(y - min\)/\(max - min\) before the geometric mean",
        QT_TR_NOOP(
            "values <= 0 occur after {method} normalization, so each indicator was rescaled to "
            "[{lo}, 1] by y' = {floor} + {span} * (y - min)/(max - min) before the geometric "
            "mean"
        ),
        {"method": "text", "floor": "number", "span": "number", "lo": "number"},
    ),
    (
        r"each global indicator weight drawn uniformly in \[w \(1 - (?P<lo>[0-9.]+)\), "
        r"w \(1 \+ (?P<hi>[0-9.]+)\)\] around the base weights, then renormalised to sum 1",
        QT_TR_NOOP(
            "each global indicator weight drawn uniformly in [w (1 - {lo}), w (1 + {hi})] "
            "around the base weights, then renormalised to sum 1"
        ),
        {"lo": "number", "hi": "number"},
    ),
    (
        r"(?P<vectors>\d+) weight vectors x (?P<norms>\d+) normalization\(s\) x "
        r"(?P<aggs>\d+) aggregation\(s\) = (?P<runs>\d+) runs \(every combination of the "
        r"discrete choices for each weight vector; runs rounded up to a multiple of the "
        r"combinations\)",
        QT_TR_NOOP(
            "{vectors} weight vectors x {norms} normalization(s) x {aggs} aggregation(s) = "
            "{runs} runs (every combination of the discrete choices for each weight vector; "
            "runs rounded up to a multiple of the combinations)"
        ),
        {"vectors": "number", "norms": "number", "aggs": "number", "runs": "number"},
    ),
    (
        r"numpy default_rng\((?P<seed>\d+)\); the same seed gives the same runs",
        QT_TR_NOOP("numpy default_rng({seed}); the same seed gives the same runs"),
        {"seed": "text"},
    ),
    (
        r"(?P<count>\d+) expert matrix\(es\) averaged element-wise \(arithmetic mean\)",
        QT_TR_NOOP("{count} expert matrix(es) averaged element-wise (arithmetic mean)"),
        {"count": "number"},
    ),
    (
        r"prioritization: (?P<how>.+)",
        QT_TR_NOOP("prioritization: {how}"),
        {"how": "engine"},
    ),
    (
        r"several participants: (?P<how>.+)",
        QT_TR_NOOP("several participants: {how}"),
        {"how": "engine"},
    ),
    (
        r"(?P<count>\d+) missing judgment\(s\) completed by (?P<reference>Harker, .+?) Missing "
        r"pairs are set to w_i/w_j and CI and CR are computed on that completed matrix\.",
        QT_TR_NOOP(
            "{count} missing judgment(s) completed by {reference} Missing pairs are set to "
            "w_i/w_j and CI and CR are computed on that completed matrix."
        ),
        {"count": "number", "reference": "text"},
    ),
)
_COMPILED = tuple((re.compile(p + r"\Z", re.DOTALL), t, k) for p, t, k in TEMPLATES)
_KNOWN = frozenset(STATIC)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _number(text: str) -> str:
    """A number the engine wrote ("0.25", "12") in the locale's format ("0,25", "12")."""
    if not _NUMBER.fullmatch(text):
        return text
    if "." not in text:
        return integer(int(text))
    return number(float(text), len(text.split(".")[1]))


def _formula(text: str) -> str:
    """The numbers inside a short formula in the locale's format ("DQ = 1/(m-1) = 0,3333")."""
    return re.sub(r"(?<![\w.])\d+\.\d+", lambda m: _number(m.group(0)), text)


_PUT_BACK: dict[str, Callable[[str], str]] = {
    "number": _number,
    "formula": _formula,
    "text": lambda s: s,
}


def _whole(text: str) -> str | None:
    """``text`` translated when it is a known sentence or matches a template, else None."""
    if text in _KNOWN:
        return tr(text)
    for pattern, template, kinds in _COMPILED:
        found = pattern.match(text)
        if found is None:
            continue
        values = {
            name: (engine_text(value) if kinds[name] == "engine" else _PUT_BACK[kinds[name]](value))
            for name, value in found.groupdict().items()
        }
        return tr(template).format(**values)
    return None


def engine_text(text: str) -> str:
    """An English text of the engine in the current language; unknown texts are unchanged.

    A text joined from parts by "; " (the composite's weight notes) is translated part by
    part when it is not known as a whole; other texts go through ``tr`` as they are.
    """
    if not text:
        return text
    whole = _whole(text)
    if whole is not None:
        return whole
    if "; " in text:
        parts = text.split("; ")
        done = [_whole(p) for p in parts]
        if any(d is not None for d in done):
            return "; ".join(d if d is not None else p for d, p in zip(done, parts, strict=True))
    return tr(text)  # the method texts marked elsewhere (results_logic.ENGINE_TEXTS)
