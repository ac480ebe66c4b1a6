"""Scripts: which script each letter belongs to, and which languages each script may be."""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

# Scripts (first word of the Unicode character name) and the codes written in them.
SCRIPT_LANGS: dict[str, str] = {
    "LATIN": "af ca cs cy da de en es et fi fr hr hu id it lt lv ms nl no pl pt ro sk sl so sq "
    "sv sw tl tr vi",
    "CYRILLIC": "be bg kk mk ru sr uk", "ARABIC": "ar fa ur", "HEBREW": "he", "CJK": "ja zh",
    "HANGUL": "ko", "GREEK": "el", "THAI": "th", "DEVANAGARI": "hi mr ne", "BENGALI": "bn",
    "GUJARATI": "gu", "GURMUKHI": "pa", "KANNADA": "kn", "MALAYALAM": "ml", "TAMIL": "ta",
    "TELUGU": "te",
}  # fmt: skip
SCRIPT_OF: dict[str, str] = {c: s for s, codes in SCRIPT_LANGS.items() for c in codes.split()}
ALLOWED: dict[str, frozenset[str]] = {s: frozenset(c.split()) for s, c in SCRIPT_LANGS.items()}
_KANA = {"HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA"}
UNSPACED = frozenset({"CJK", "KANA", "THAI"})  # no spaces between words: two letters, one word
KANA_SHARE = 0.10  # kana in a Japanese headline: 10-60 % of Han + kana; in Chinese: none


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str:
    """Name the script of one character: a SCRIPT_LANGS key, "KANA", "" to skip, or "OTHER"."""
    if not ch.isalpha():
        return ""
    word = unicodedata.name(ch, "OTHER").split(" ")[0]
    if word in _KANA:
        return "KANA"
    if word == "MODIFIER":  # ʼ in Ukrainian, ˈ...: part of any script
        return ""
    return word if word in SCRIPT_LANGS else "OTHER"


def count_scripts(chars: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """Count letters by script, and the lower-cased Cyrillic letters one by one."""
    # Counter(text) runs in C; this loop then sees each distinct character once, not each one.
    scripts: Counter[str] = Counter()
    cyrillic: Counter[str] = Counter()
    for ch, n in chars.items():
        if script := script_of(ch):
            scripts[script] += n
            if script == "CYRILLIC":
                cyrillic[ch.lower()] += n
    return scripts, cyrillic


def count_words(text: str, scripts: Counter[str]) -> int:
    """Count words: spaced tokens with a letter, plus one per two letters of unspaced scripts."""
    spaced = sum(
        any(script_of(c) not in UNSPACED and c.isalpha() for c in token) for token in text.split()
    )
    return sum(scripts[s] for s in UNSPACED) // 2 + spaced
