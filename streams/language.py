"""Language tagging: an ISO 639-1 code and a confidence for an article's title and body."""

from __future__ import annotations

import re
from collections import Counter

from streams.langid import cyrillic, engines
from streams.langid.scripts import ALLOWED, KANA_SHARE, SCRIPT_OF, count_scripts, count_words
from streams.records import Language

UND = Language("und", 0.0)
# Short texts are judged by three detectors; two of three agreeing is an answer, one is not.
THRESHOLD = 0.6
MIN_WORDS = 3  # on one or two words every detector's answer is noise, often with p = 1.0
MIXED_SHARE = 0.80  # below this share of the main script, a text counts as mixed-script
MIXED_MAX_WORDS = 6  # a short mixed-script text has no language; a long one has its main one
HINT_CONFIDENCE = 0.5  # a producer's claim, not a measurement: kept under THRESHOLD on purpose
# From this many letters on, CLD2 alone decides when it calls its answer reliable: on the dev
# articles it was right on all of them, in 20 µs, where langdetect took milliseconds.
LONG_LETTERS = 150
# Sample: title + body head + a middle slice, bounded whatever the article's length. The eval
# printer's --sizes sweep measures accuracy and cost for other bounds.
TITLE_CHARS = 300
HEAD_CHARS = 600
MIDDLE_CHARS = 300
_SPACE = re.compile(r"\s")
# Languages a detector cannot tell from a neighbour it lacks (langdetect has no ms, be, sr, kk):
# its vote for them is no evidence either way, so it abstains.
_LANGDETECT_BLIND = frozenset({"id", "mk"})


def warm_up() -> None:
    """Load the detectors' models now, so that the first short text does not pay for it."""
    engines.warm_up()


def _cut(text: str, start: int, end: int) -> str:
    """Slice text[start:end], moving both ends inwards to whitespace so no word is split."""
    if start > 0 and (space := _SPACE.search(text, start, end)):
        start = space.end()
    if end < len(text) and (ends := [m.start() for m in _SPACE.finditer(text, start, end)]):
        end = ends[-1]
    return text[start:end]


def _sample(title: str, body: str) -> str:
    """Return the title plus a bounded, representative sample of the body."""
    body = body.strip()
    if len(body) > HEAD_CHARS + MIDDLE_CHARS:
        mid = len(body) // 2
        middle = _cut(body, mid - MIDDLE_CHARS // 2, mid + MIDDLE_CHARS // 2)
        body = f"{_cut(body, 0, HEAD_CHARS)}\n{middle}"
    return f"{_cut(title.strip(), 0, TITLE_CHARS)}\n{body}".strip()


def _votes(text: str, allowed: frozenset[str], cld_code: str) -> dict[str, float]:
    """Let CLD2, langdetect and lingua vote; each answer outside `allowed` is an abstention."""
    probs = engines.langdetect(text, sorted(allowed))
    ld_code = max(probs.items(), key=lambda item: item[1])[0] if probs else "un"
    blind = ld_code in _LANGDETECT_BLIND and len(allowed) > 1
    ballots = [cld_code, "un" if blind else ld_code, engines.lingua(text)]
    votes: dict[str, float] = {}
    for code in ballots:
        if code in allowed:
            votes[code] = votes.get(code, 0.0) + 1 / len(ballots)
    return votes


def _decide(text: str, allowed: frozenset[str], letters: int) -> dict[str, float]:
    """Return the candidate codes with their support: CLD2's alone on long text, else votes."""
    cld_code, percent, reliable = engines.cld2(text)
    if letters >= LONG_LETTERS and reliable and cld_code in allowed and percent >= 70:
        return {cld_code: percent / 100}
    return _votes(text, allowed, cld_code)


def _normalise_hint(hint: str | None) -> str | None:
    """Return the hint as a supported 2-letter code ("EN", "en-US" -> "en"), else None."""
    if not hint:
        return None
    code = engines.iso(hint.strip().lower().replace("_", "-"))
    code = engines.iso(code.split("-")[0])
    return code if code in SCRIPT_OF else None


def detect_language(title: str, body: str, hint: str | None = None) -> Language:
    """Tag the article's language: ISO 639-1 code and confidence, or `und` when unsure."""
    text = _sample(title, body)
    chars = Counter(text)  # in C; what follows sees each distinct character once
    # Detectors read capitalised words as names: an all-caps headline would be judged by initials.
    upper = sum(n for ch, n in chars.items() if ch.isupper())
    if upper > sum(n for ch, n in chars.items() if ch.islower()):
        text = text.lower()
        chars = Counter(text)
    scripts, letters = count_scripts(chars)
    if not scripts:
        return UND
    if kana := scripts.pop("KANA", 0):
        scripts["CJK"] += kana  # Japanese writes kana among Han: one script
    script, count = scripts.most_common(1)[0]
    # Counting words costs a loop over the text; a long text has enough of them anyway.
    words = MIXED_MAX_WORDS if count >= LONG_LETTERS else count_words(text, scripts)
    mixed = count < MIXED_SHARE * scripts.total()
    code, confidence = "und", 0.0
    if script != "OTHER" and not (mixed and words < MIXED_MAX_WORDS) and words >= MIN_WORDS:
        # Only Japanese writes kana; Han alone may be either (the detectors judge zh vs ja).
        japanese = script == "CJK" and kana >= KANA_SHARE * count
        votes = _decide(text, frozenset({"ja"}) if japanese else ALLOWED[script], count)
        if script == "CYRILLIC":
            code, confidence = cyrillic.pick(letters, votes)
        elif votes:
            code, confidence = max(sorted(votes.items()), key=lambda item: item[1])
    if confidence >= THRESHOLD:
        return Language(code, round(min(confidence, 1.0), 3))
    # Hint rule: the producer's code is used only when the text is too short to decide on its
    # own (under MIN_WORDS words), is not mixed-script, and is written in the hint's script;
    # for Cyrillic the hint must also fit every letter (an "ru" hint never tags "Київ").
    code_hint = _normalise_hint(hint)
    if (
        code_hint
        and words < MIN_WORDS
        and not mixed
        and SCRIPT_OF[code_hint] == script
        and all(ch in cyrillic.ALPHABETS.get(code_hint, ch) for ch in letters)
    ):
        return Language(code_hint, HINT_CONFIDENCE)
    return UND
