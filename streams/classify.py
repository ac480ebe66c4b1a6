"""Rule-based labelling of articles as military strikes and/or diplomacy, per sentence."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from streams.lexicon import LEXICONS, Lexicon
from streams.records import DIPLOMACY, LABELS, MILITARY_STRIKE, Classification

DEFAULT_THRESHOLD = 0.5
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(LEXICONS)

# Scoring constants. A sentence with a strong cue plus a verb, a casualty/role word or a
# named state scores ~1.2-1.6, which alone maps just above 0.5; a bare strong noun in
# passing (~0.8-0.95) stays below it; two reporting sentences are well above it.
_K = 0.6  # score = 1 - exp(-_K * total)
_STRONG = 0.8
_EXTRA_STRONG = 0.3  # each further distinct strong cue in the same sentence (at most two)
_PAIR = 0.5  # weapon + attack verb, or talks + met, without a strong cue
_OBJECT = 0.2
_ACTION = 0.1
_SUPPORT = 0.25
_ACTOR = 0.15
_SENTENCE_CAP = 1.6  # so one sentence repeating cue words cannot carry an article alone
_TITLE_WEIGHT = 1.5
_ANCHOR = 0.5  # a label needs one sentence this strong (before bonuses) ...
_NO_ANCHOR_CAP = 1.0  # ... or its total is capped here, i.e. its score stays below 0.46
_MAX_EVIDENCE = 3
_MAX_EVIDENCE_CHARS = 80

_KEYS = ("ms", "dp")  # group-name prefixes, in LABELS order
_CLASSES = ("traps", "strong", "objects", "actions", "support")
_RANK = {"strong": 3, "objects": 2, "actions": 1}  # evidence: most informative class first

# Sentence ends: a newline, or .!? (and closing quotes) before a non-lowercase start, so
# "U.S. and Ukrainian officials" stays one sentence. Compiled without IGNORECASE on purpose.
_SENTENCE_END = re.compile(
    r"\s*\n\s*|(?<=[.!?…;])[\"'”’»)]*\s+(?![a-zß-ÿа-яёіїєґ\d(])"
)


def _compile(lex: Lexicon) -> re.Pattern[str]:
    """Build one alternation with a named group per (label, class) so one pass finds all cues."""
    parts: list[str] = []
    # Traps first: at equal start positions the first alternative wins, so "strike a deal"
    # is seen as a trap before "strike" can be seen as a cue; then strong before weak.
    for cls in _CLASSES:
        for key, prefix in zip(_KEYS, ("strike", "diplomacy"), strict=True):
            patterns: tuple[str, ...] = getattr(lex, f"{prefix}_{cls}")
            if patterns:
                parts.append(f"(?P<{key}_{cls}>" + "|".join(f"(?:{p})" for p in patterns) + ")")
    parts.append("(?P<actor>" + "|".join(f"(?:{p})" for p in lex.actors) + ")")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


_PATTERNS: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {code: _compile(lex) for code, lex in LEXICONS.items()}
)


@dataclass(slots=True)
class _Tally:
    """Cues of one label found in one sentence."""

    trap: bool = False
    strong: set[str] = field(default_factory=set)
    objects: set[str] = field(default_factory=set)
    actions: set[str] = field(default_factory=set)
    support: bool = False


@dataclass(slots=True)
class _Sentence:
    """Per-label tallies of one sentence plus flags shared by both labels."""

    tallies: tuple[_Tally, _Tally] = field(default_factory=lambda: (_Tally(), _Tally()))
    actor: bool = False
    title: bool = False


def _sentence_score(tally: _Tally, actor: bool) -> tuple[float, float]:
    """Return (base, full) score of one sentence for one label; base excludes bonuses."""
    if tally.trap:
        return 0.0, 0.0
    n_strong, n_obj, n_act = len(tally.strong), len(tally.objects), len(tally.actions)
    if n_strong:
        base = _STRONG + _EXTRA_STRONG * min(n_strong - 1, 2)
        base += 0.15 if n_obj or n_act else 0.0
    elif n_obj and n_act:
        base = _PAIR + 0.1 * min(n_obj + n_act - 2, 1)
    elif n_obj:
        base = _OBJECT * min(n_obj, 2)
    elif n_act:
        base = _ACTION
    else:
        return 0.0, 0.0
    full = base + (_SUPPORT if tally.support else 0.0) + (_ACTOR if actor else 0.0)
    return base, min(full, _SENTENCE_CAP)


def _abstain(reason: str) -> Classification:
    """An empty classification that says why nothing was scored."""
    return Classification(
        labels=[],
        scores={label: 0.0 for label in LABELS},
        evidence={label: [] for label in LABELS},
        abstained=True,
        reason=reason,
    )


def classify(
    title: str,
    body: str,
    language: str,
    thresholds: Mapping[str, float] | None = None,
) -> Classification:
    """Score an article for each label and assign those reaching their threshold."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return _abstain(f"unsupported language: {language}")

    # One pass over title and body together; the blank line keeps the title its own sentence.
    text = f"{title}\n\n{body}"
    title_end = len(title)
    starts = [m.end() for m in _SENTENCE_END.finditer(text)]
    sentences: dict[int, _Sentence] = {}
    # (rank, start, phrase, sentence index) per label, for evidence.
    hits: tuple[list[tuple[int, int, str, int]], ...] = ([], [])

    for m in pattern.finditer(text):
        group = m.lastgroup
        if group is None:  # pragma: no cover - every alternative is a named group
            continue
        start = m.start()
        index = bisect_right(starts, start)
        sentence = sentences.get(index)
        if sentence is None:
            sentence = sentences[index] = _Sentence(title=start < title_end)
        if group == "actor":
            sentence.actor = True
            continue
        key, cls = group.split("_", 1)
        li = _KEYS.index(key)
        tally = sentence.tallies[li]
        if cls == "traps":
            tally.trap = True
        elif cls == "support":
            tally.support = True
        else:
            phrase = m.group()
            getattr(tally, cls).add(phrase.casefold())
            hits[li].append((_RANK[cls], start, phrase, index))

    limits = {label: DEFAULT_THRESHOLD for label in LABELS}
    if thresholds:
        limits.update({k: float(v) for k, v in thresholds.items() if k in limits})

    labels: list[str] = []
    scores: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    for li, label in enumerate(LABELS):
        total = 0.0
        best_base = 0.0
        live: dict[int, float] = {}  # sentence index -> score, for sentences that count
        for index, sentence in sentences.items():
            base, full = _sentence_score(sentence.tallies[li], sentence.actor)
            if full <= 0.0:
                continue
            weight = _TITLE_WEIGHT if sentence.title else 1.0
            live[index] = full
            total += full * weight
            best_base = max(best_base, base)
        if best_base < _ANCHOR:
            total = min(total, _NO_ANCHOR_CAP)
        score = round(1.0 - math.exp(-_K * total), 3)
        scores[label] = score
        if score >= limits[label]:
            labels.append(label)
        evidence[label] = _evidence(hits[li], live)
    return Classification(labels=labels, scores=scores, evidence=evidence)


def _evidence(hits: list[tuple[int, int, str, int]], live: Mapping[int, float]) -> list[str]:
    """Pick up to three distinct cue phrases: strongest class, most repeated, earliest first."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int, str]] = {}
    for rank, start, phrase, index in hits:
        # A phrase never spans title and body: they are joined by a blank line, which no
        # cue pattern crosses, so skipping newlines also keeps phrases exact substrings.
        if index not in live or "\n" in phrase or len(phrase) > _MAX_EVIDENCE_CHARS:
            continue
        key = phrase.casefold()
        counts[key] = counts.get(key, 0) + 1
        if key not in first:
            first[key] = (rank, start, phrase)
    ordered = sorted(first, key=lambda k: (-first[k][0], -counts[k], first[k][1]))
    return [first[k][2] for k in ordered[:_MAX_EVIDENCE]]
