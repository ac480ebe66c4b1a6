"""Rule-based labelling of articles as military strikes and/or diplomacy, per sentence."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from streams.lexicon import (
    ACTION,
    ACTOR,
    BOTH,
    LEXICONS,
    OBJECT,
    OFFTOPIC,
    STRONG,
    SUPPORT,
    TRAP,
    UNKNOWN,
    CompiledLexicon,
    compile_lexicon,
)
from streams.records import LABELS, Classification

DEFAULT_THRESHOLD = 0.5
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(LEXICONS)

# Scoring: each sentence scores its distinct cues, the article sums its sentences. A bare
# strong noun in passing (0.8-0.95) stays below 0.5 on its own; a strong cue with a verb or
# weapon, a casualty or role word and a named state (1.2-1.6) is just above it; two
# reporting sentences are well above it.
_K = 0.6  # score = 1 - exp(-_K * total)
_STRONG = 0.8
_EXTRA_STRONG = 0.3  # each further distinct strong cue in the same sentence (at most two)
_WITH_WEAK = 0.25  # a strong cue backed by a weapon/verb (or talks/met) in the sentence
_PAIR = 0.6  # weapon + attack verb, or talks + met, without a strong cue
_OBJECT = 0.2
_ACTION = 0.1
_SUPPORT = 0.25
_ACTOR = 0.15
_SENTENCE_CAP = 1.6  # so one sentence repeating cue words cannot carry an article alone
_TITLE_WEIGHT = 1.5
_ANCHOR = 0.5  # a label needs one sentence this strong (before bonuses) ...
_NO_ANCHOR_CAP = 1.0  # ... or its total is capped here, keeping its score below 0.46
_MAX_EVIDENCE = 3
_MAX_EVIDENCE_CHARS = 80
_BOTH = (0, 1)  # label indices of a cue that counts for both labels

_COMPILED: Mapping[str, CompiledLexicon] = MappingProxyType(
    {code: compile_lexicon(lex) for code, lex in LEXICONS.items()}
)


def _sentence_score(counts: list[int], support: bool, actor: bool) -> tuple[float, float]:
    """Return (base, full) score of one sentence for one label; base excludes bonuses.

    `counts` holds the number of distinct strong, object and action cues, indexed by class.
    """
    n_strong, n_obj, n_act = counts[STRONG], counts[OBJECT], counts[ACTION]
    if n_strong:
        base = _STRONG + _EXTRA_STRONG * min(n_strong - 1, 2)
        base += _WITH_WEAK if n_obj or n_act else 0.0
    elif (n_act and n_obj) or ((n_act or n_obj) and support and actor):
        # An action with its object, or either with a role and a named state ("Russian
        # troops attacked"; "the Chinese president met") reports an event on its own.
        base = _PAIR + 0.1 * (n_obj + n_act > 2)
    elif n_obj:
        base = _OBJECT * min(n_obj, 2)
    else:
        base = _ACTION
    full = base + (_SUPPORT if support else 0.0) + (_ACTOR if actor else 0.0)
    return base, min(full, _SENTENCE_CAP)


def _lower(text: str) -> str:
    """Lower-case text without changing its length, so offsets in both texts agree."""
    lowered = text.lower()
    if len(lowered) == len(text):  # no character grew, so every one maps to one
        return lowered
    # Rare characters (e.g. "İ") grow when lower-cased; keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _labels(label: int) -> tuple[int, ...]:
    """Label indices a cue counts for."""
    return _BOTH if label == BOTH else (label,)


def _split_both(keys: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Replace (BOTH, sentence) keys by one key per label."""
    return {(li, sentence) for label, sentence in keys for li in _labels(label)}


def _abstain(reason: str) -> Classification:
    """An empty classification that says why nothing was scored."""
    return Classification(
        labels=[],
        scores={label: 0.0 for label in LABELS},
        evidence={label: [] for label in LABELS},
        abstained=True,
        reason=reason,
    )


@dataclass(slots=True)
class _Scan:
    """What one pass over an article found. Keys are (label, sentence), label maybe BOTH."""

    traps: set[tuple[int, int]] = field(default_factory=set)
    offtopic: set[tuple[int, int]] = field(default_factory=set)
    support: set[tuple[int, int]] = field(default_factory=set)
    actors: set[int] = field(default_factory=set)  # sentences naming a state or body
    cues: dict[tuple[int, int, int, str], int] = field(default_factory=dict)  # -> order
    last_title_sentence: int = 0


def _scan(compiled: CompiledLexicon, lowered: tuple[str, str]) -> _Scan:
    """Find the cues of lower-cased title and body and the sentence each one is in.

    This loop runs for every cue of every article, so it only hashes small tuples and
    resolves each distinct cue text once per article.
    """
    found = _Scan()
    traps, support, actors, cues = found.traps, found.support, found.actors, found.cues
    offtopic = found.offtopic
    memo: dict[str, tuple[int, int]] = {}  # cue text -> (label, class)
    findall, resolve, kinds = compiled.pattern.findall, compiled.resolve, compiled.kinds.get
    sentence = 0
    both = False  # whether a cue counts for both labels (rare: split after the loop)
    for part, low in enumerate(lowered):
        if part:  # the body starts a new sentence after the title
            found.last_title_sentence = sentence
            sentence += 1
        # The leading space gives the first word the non-word character each token starts
        # with; see CompiledLexicon for the token format.
        for token in findall(" " + low):
            if len(token) == 1:
                sentence += 1
                continue
            if token[0] == "\n":
                sentence += 1
            key = token[1:]
            kind = memo.get(key)
            if kind is None:
                kind = memo[key] = kinds(key) or resolve(key)
                both = both or kind[0] == BOTH
            label, cls = kind
            if cls == ACTOR:
                actors.add(sentence)
            elif cls == SUPPORT:
                support.add((label, sentence))
            elif cls == TRAP:
                traps.add((label, sentence))
            elif cls == OFFTOPIC:
                offtopic.add((label, sentence))
            elif cls != UNKNOWN:  # pragma: no branch - the compiler resolves every cue
                cues.setdefault((label, sentence, cls, key), len(cues))
    if both:
        found.traps, found.support = _split_both(traps), _split_both(support)
        found.offtopic = _split_both(offtopic)
        found.cues = {(li, *k[1:]): v for k, v in cues.items() for li in _labels(k[0])}
    return found


def classify(
    title: str,
    body: str,
    language: str,
    thresholds: Mapping[str, float] | None = None,
) -> Classification:
    """Score an article for each label and assign those reaching their threshold."""
    compiled = _COMPILED.get(language)
    if compiled is None:
        return _abstain(f"unsupported language: {language}")
    lowered = (_lower(title), _lower(body))
    found = _scan(compiled, lowered)

    # One pass over the distinct cues: class counts per (label, sentence) for the scores, and
    # evidence candidates per label. Sentences with a trap for the label drop out.
    counts: dict[tuple[int, int], list[int]] = {}
    candidates: tuple[dict[str, list[int]], ...] = ({}, {})  # cue -> [class, -count, order]
    traps = found.traps
    for (label, sentence, cls, key), order in found.cues.items():
        where = (label, sentence)
        if where in traps:
            continue
        per_class = counts.get(where)
        if per_class is None:
            per_class = counts[where] = [0, 0, 0, 0]
        per_class[cls] += 1
        seen = candidates[label].get(key)
        if seen is None:
            candidates[label][key] = [cls, -1, order]
        else:
            seen[0], seen[1] = min(seen[0], cls), seen[1] - 1

    totals = [0.0, 0.0]
    anchors = [0.0, 0.0]  # best base score of one sentence, per label
    in_body = [False, False]  # a title alone is a headline, not reporting
    cued = [0, 0]  # sentences with cues, per label
    for (label, sentence), per_class in counts.items():
        base, full = _sentence_score(
            per_class, (label, sentence) in found.support, sentence in found.actors
        )
        in_title = sentence <= found.last_title_sentence
        totals[label] += full * (_TITLE_WEIGHT if in_title else 1.0)
        anchors[label] = max(anchors[label], base)
        in_body[label] = in_body[label] or not in_title
        cued[label] += 1
    trapped = [0, 0]
    for label, _ in traps | found.offtopic:
        trapped[label] += 1

    limits = {name: DEFAULT_THRESHOLD for name in LABELS}
    if thresholds:
        limits.update({k: float(v) for k, v in thresholds.items() if k in limits})
    labels: list[str] = []
    scores: dict[str, float] = {}
    for li, name in enumerate(LABELS):
        total = totals[li]
        if anchors[li] < _ANCHOR or not in_body[li]:
            total = min(total, _NO_ANCHOR_CAP)
        # Many sentences with traps or off-topic words mean the article is about something
        # else (a match, a labour dispute, a market); its cues are likely metaphors.
        if trapped[li] > 1 and cued[li]:
            total *= cued[li] / (cued[li] + trapped[li] - 1)
        scores[name] = round(1.0 - math.exp(-_K * total), 3)
        if scores[name] >= limits[name]:
            labels.append(name)
    evidence = {
        name: _evidence(candidates[li], (title, body), lowered) for li, name in enumerate(LABELS)
    }
    return Classification(labels=labels, scores=scores, evidence=evidence)


def _evidence(
    candidates: Mapping[str, list[int]], originals: tuple[str, str], lowered: tuple[str, str]
) -> list[str]:
    """Up to three distinct cue phrases: strongest class, most repeated, earliest first.

    Cues are found in lower-cased text, so each phrase is copied back from the original
    title or body where it occurs: an exact substring, in the article's own casing.
    """
    out: list[str] = []
    # STRONG < OBJECT < ACTION, so sorting by class puts the most informative first.
    for key in sorted(candidates, key=candidates.__getitem__):
        if "\n" in key or len(key) > _MAX_EVIDENCE_CHARS:
            continue
        for original, low in zip(originals, lowered, strict=True):
            at = low.find(key)
            if at >= 0:
                out.append(original[at : at + len(key)])
                break
        if len(out) == _MAX_EVIDENCE:
            break
    return out
