"""Language tagging: an ISO 639-1 code and a confidence for an article's title and body."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from langdetect import (  # type: ignore[import-untyped, unused-ignore]
    PROFILES_DIRECTORY,
    DetectorFactory,
    LangDetectException,
)

from streams.records import Language

UND = Language("und", 0.0)
# langdetect (seeded) averages 7 trials that each settle on one language, so short texts score
# about k/7. 6/7 (0.857) was as often wrong as right on our headlines (Kherson evacuations
# continue -> fr); 7/7 was right on 32 of 33. Articles score 0.99999. So all 7 must agree.
THRESHOLD = 0.90
MIN_WORDS = 3  # on one or two words langdetect's answer is noise, often with p = 1.0
MIXED_SHARE = 0.80  # below this share of the main script, a text counts as mixed-script
MIXED_MAX_WORDS = 6  # a short mixed-script text has no language; a long one has its main one
HINT_CONFIDENCE = 0.5  # a producer's claim, not a measurement: kept under THRESHOLD on purpose
# Sample: title + body head + a middle slice. On 3,000-character articles: 2.2 ms against
# 4.9 ms for the full text, same codes in all 23 test languages (200 + 100 nears THRESHOLD).
TITLE_CHARS = 300
HEAD_CHARS = 600
MIDDLE_CHARS = 300

# Scripts (first word of the Unicode character name) and the codes written in them.
_SCRIPT_LANGS: dict[str, str] = {
    "LATIN": "af ca cs cy da de en es et fi fr hr hu id it lt lv nl no pl pt ro sk sl so sq sv "
    "sw tl tr vi",
    "CYRILLIC": "be bg kk mk ru sr uk", "ARABIC": "ar fa ur", "HEBREW": "he", "CJK": "ja zh",
    "HANGUL": "ko", "GREEK": "el", "THAI": "th", "DEVANAGARI": "hi mr ne", "BENGALI": "bn",
    "GUJARATI": "gu", "GURMUKHI": "pa", "KANNADA": "kn", "MALAYALAM": "ml", "TAMIL": "ta",
    "TELUGU": "te",
}  # fmt: skip
_SCRIPT_OF: dict[str, str] = {c: s for s, codes in _SCRIPT_LANGS.items() for c in codes.split()}
_KANA = {"HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA"}
_UNSPACED = {"CJK", "KANA", "THAI"}  # no spaces between words: two letters count as a word
KANA_SHARE = 0.10  # kana in a Japanese headline: 10-60 % of Han + kana; in Chinese: none
_SPACE = re.compile(r"\s")
_ISO = {"zh-cn": "zh", "zh-tw": "zh", "iw": "he", "in": "id"}

# Cyrillic alphabets. langdetect has no be/sr/kk and mixes uk/ru/bg on short texts, while a
# letter outside a language's alphabet (ы in Ukrainian, і in Russian) rules it out outright.
_ALPHABETS: dict[str, str] = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
}
# Letters in at most three alphabets carry evidence; и, я, й... are shared too widely.
_DISTINCTIVE = frozenset(
    ch for ch in set("".join(_ALPHABETS.values()))
    if sum(ch in a for a in _ALPHABETS.values()) <= 3
)
# Own letters and a low bound on their share in news text. Where a text is long enough to show 4
# of them, seeing none rules the language out (P < 2 %): this is what tells a long Bulgarian text
# from Russian, whose alphabet contains Bulgarian's. Kazakh's alphabet contains Russian's, so it
# always needs a letter of its own (rate 1.0); ө ү are left out as Mongolian and Kyrgyz use them.
_EXPECTED: dict[str, tuple[str, float]] = {
    "ru": ("ыэё", 0.015),
    "uk": ("іїєґ", 0.04),
    "be": ("ў", 0.01),
    "bg": ("ъ", 0.01),
    "sr": ("ђћјљњџ", 0.03),
    "mk": ("ѓќѕјљњџ", 0.02),
    "kk": ("әғқңұһ", 1.0),
}
FOREIGN_MAX = 0.03  # letters outside an alphabet up to this share are quoted names, not language
FOREIGN_WEIGHT = 5.0  # confidence lost per unit share of foreign letters: 4 % costs 0.2
_LANGDETECT_LACKS = frozenset({"be", "sr", "kk"})


def warm_up() -> None:
    """Load the langdetect profiles now, so that the first article does not pay for it."""
    _detector_factory()


@lru_cache(maxsize=1)  # loaded once, on first use: importing this module stays cheap
def _detector_factory() -> Any:
    """Return the shared langdetect factory, loading its profiles on first use."""
    factory = DetectorFactory()
    # Sorted load order and a fixed seed: same text, same answer, in every process.
    paths = sorted(Path(PROFILES_DIRECTORY).iterdir())
    factory.load_json_profile([p.read_text("utf-8") for p in paths])
    factory.set_seed(0)
    return factory


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    """Name the script of one letter: a _SCRIPT_LANGS key, "" to skip it, or "OTHER"."""
    word = unicodedata.name(ch, "OTHER").split(" ")[0]
    if word in _KANA:
        return "KANA"
    if word == "MODIFIER":  # ʼ in Ukrainian, ˈ...: part of any script
        return ""
    return word if word in _SCRIPT_LANGS else "OTHER"


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


def _langdetect(text: str, allowed: list[str]) -> dict[str, float]:
    """Return langdetect's probabilities by ISO 639-1 code, among the allowed codes only."""
    detector = _detector_factory().create()
    try:
        # The script settles what is possible: without this prior, Han text comes out Korean
        # at 0.99999 (langdetect's ko profile is full of Hanja; Mimino666/langdetect issue 51).
        detector.set_prior_map({c: 1.0 for c in detector.langlist if _ISO.get(c, c) in allowed})
        detector.append(text)
        found = detector.get_probabilities()
    except LangDetectException:  # no usable n-grams, or no allowed language
        return {}
    probs: dict[str, float] = {}
    for item in found:  # zh-cn and zh-tw are both zh
        code = _ISO.get(item.lang, item.lang)
        probs[code] = probs.get(code, 0.0) + item.prob
    return probs


def _cyrillic(letters: Counter[str], probs: dict[str, float]) -> tuple[str, float]:
    """Pick the Cyrillic language that the letters allow, with langdetect choosing among them."""
    total = sum(letters.values())
    against = {
        lang: sum(n for ch, n in letters.items() if ch not in alphabet)
        for lang, alphabet in _ALPHABETS.items()
    }
    shows = {lang: any(letters[ch] for ch in own) for lang, (own, _) in _EXPECTED.items()}
    pool = [lang for lang, (_, rate) in _EXPECTED.items() if shows[lang] or total * rate < 4]
    pool = pool or list(_ALPHABETS)
    fewest = min(against[lang] for lang in pool)
    candidates = {lang for lang in pool if against[lang] == fewest}
    # langdetect cannot choose between languages when it lacks one: for Serbian text it says mk.
    fair = _LANGDETECT_LACKS.isdisjoint(candidates)
    if fair:  # quoted names ("Харків" in Russian) must not outvote langdetect
        candidates |= {
            lang for lang in pool
            if shows[lang] and against[lang] <= FOREIGN_MAX * total
            and lang not in _LANGDETECT_LACKS
        }
    best = min(
        sorted(candidates),
        key=lambda lang: (-probs.get(lang, 0.0) * fair, against[lang], len(_ALPHABETS[lang])),
    )
    # Evidence: distinctive letters of the winner that no other candidate's alphabet has.
    rivals = "".join(_ALPHABETS[lang] for lang in candidates if lang != best)
    evidence = sum(
        n for ch, n in letters.items()
        if ch in _DISTINCTIVE and ch in _ALPHABETS[best] and ch not in rivals
    )
    by_letters = 1.0 - (against[best] + 1) / (evidence + 2)
    # langdetect says ru, p = 1.0, to "Сили оборони знищили ворожу колону": between Ukrainian
    # and Russian, which must never be confused, its vote counts only if letters back it.
    confusable = not evidence and {"uk", "ru"} <= candidates
    vote = probs.get(best, 0.0) if fair and not confusable else 0.0
    # Letters of no plausible language (Mongolian ө ү, Tajik ҷ) are not quotes: count them 4x.
    known = set("".join(_ALPHABETS[lang] for lang in pool))
    unexplained = sum(n for ch, n in letters.items() if ch not in known)
    foreign = (against[best] + 3 * unexplained) / total
    return best, max(by_letters, vote) - FOREIGN_WEIGHT * foreign


def _normalise_hint(hint: str | None) -> str | None:
    """Return the hint as a supported 2-letter code ("EN", "en-US" -> "en"), else None."""
    if not hint:
        return None
    code = hint.strip().lower().replace("_", "-")
    code = _ISO.get(code, code).split("-")[0]
    code = _ISO.get(code, code)
    return code if code in _SCRIPT_OF else None


def detect_language(title: str, body: str, hint: str | None = None) -> Language:
    """Tag the article's language: ISO 639-1 code and confidence, or `und` when unsure."""
    text = _sample(title, body)
    # langdetect skips capitalised words as acronyms, judging an all-caps headline by initials.
    if sum(c.isupper() for c in text) > sum(c.islower() for c in text):
        text = text.lower()
    scripts: Counter[str] = Counter()
    cyrillic: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha() and (script := _script(ch)):
            scripts[script] += 1
            if script == "CYRILLIC":
                cyrillic[ch.lower()] += 1
    if not scripts:
        return UND
    if kana := scripts.pop("KANA", 0):
        scripts["CJK"] += kana  # Japanese writes kana among Han: one script
    script, count = scripts.most_common(1)[0]
    words = sum(scripts[s] for s in _UNSPACED) // 2 + sum(
        any(c.isalpha() and _script(c) not in _UNSPACED for c in token) for token in text.split()
    )
    mixed = count < MIXED_SHARE * scripts.total()
    code, confidence = "und", 0.0
    if script != "OTHER" and not (mixed and words < MIXED_MAX_WORDS):
        # Only Japanese writes kana; Han alone may be either (langdetect judges zh vs ja).
        japanese = script == "CJK" and kana >= KANA_SHARE * count
        allowed = ["ja"] if japanese else _SCRIPT_LANGS[script].split()
        probs = _langdetect(text, allowed) if words >= MIN_WORDS else {}
        if script == "CYRILLIC":
            code, confidence = _cyrillic(cyrillic, probs)
        elif probs:
            code, confidence = max(probs.items(), key=lambda item: item[1])
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
        and _SCRIPT_OF[code_hint] == script
        and all(ch in _ALPHABETS.get(code_hint, ch) for ch in cyrillic)
    ):
        return Language(code_hint, HINT_CONFIDENCE)
    return UND
