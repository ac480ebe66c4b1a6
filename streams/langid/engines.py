"""The detectors behind streams.language: CLD2 first, then langdetect and lingua as voters."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pycld2  # type: ignore[import-untyped, import-not-found, unused-ignore]
from langdetect import (  # type: ignore[import-untyped, unused-ignore]
    PROFILES_DIRECTORY,
    DetectorFactory,
    LangDetectException,
)

# Every engine's own names for a language, mapped to ISO 639-1 as the contract requires.
ISO = {"zh-cn": "zh", "zh-tw": "zh", "zh-hant": "zh", "iw": "he", "in": "id", "nb": "no"}

# lingua is asked about these only: all of them in low-accuracy mode take about 56 MB; the high-
# accuracy models would take about 980 MB for the same list (measured, see language_eval).
_LINGUA = "af ar be bg bn ca cs cy da de el en es et fa fi fr gu he hi hr hu id it ja kk ko lt lv"
_LINGUA += " mk mr ms nb nl pa pl pt ro ru sk sl so sq sr sv sw ta te th tl tr uk ur vi zh"
LINGUA_CODES = tuple(_LINGUA.split())


def iso(code: str) -> str:
    """Map an engine's code (zh-cn, iw, nb...) to ISO 639-1."""
    code = code.lower()
    return ISO.get(code, code)


def cld2(text: str) -> tuple[str, int, bool]:
    """Return CLD2's top code, its share of the text in percent, and CLD2's reliability flag."""
    try:
        reliable, _, found = pycld2.detect(text, bestEffort=True)
    except pycld2.error:  # invalid UTF-8 after surrogates: nothing to judge
        return "un", 0, False
    _, code, percent, _ = found[0]
    return iso(code), int(percent), bool(reliable)


@lru_cache(maxsize=1)  # loaded once, on first use: importing this module stays cheap
def langdetect_factory() -> Any:
    """Return the shared langdetect factory, loading its profiles on first use."""
    factory = DetectorFactory()
    # Sorted load order and a fixed seed: same text, same answer, in every process.
    paths = sorted(Path(PROFILES_DIRECTORY).iterdir())
    factory.load_json_profile([p.read_text("utf-8") for p in paths])
    factory.set_seed(0)
    return factory


def langdetect(text: str, allowed: list[str]) -> dict[str, float]:
    """Return langdetect's probabilities by ISO 639-1 code, among the allowed codes only."""
    detector = langdetect_factory().create()
    try:
        # The script settles what is possible: without this prior, Han text comes out Korean
        # at 0.99999 (langdetect's ko profile is full of Hanja; Mimino666/langdetect issue 51).
        detector.set_prior_map({c: 1.0 for c in detector.langlist if iso(c) in allowed})
        detector.append(text)
        found = detector.get_probabilities()
    except LangDetectException:  # no usable n-grams, or no allowed language
        return {}
    probs: dict[str, float] = {}
    for item in found:  # zh-cn and zh-tw are both zh
        code = iso(item.lang)
        probs[code] = probs.get(code, 0.0) + item.prob
    return probs


@lru_cache(maxsize=1)
def lingua_detector() -> Any:
    """Return lingua's detector for LINGUA_CODES in low-accuracy mode, built on first use."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in LINGUA_CODES]
    languages = [Language.from_iso_code_639_1(code) for code in codes]
    builder = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode()
    return builder.with_preloaded_language_models().build()


def lingua(text: str) -> str:
    """Return lingua's code for the text, or "un" when it declines."""
    found = lingua_detector().detect_language_of(text)
    return "un" if found is None else iso(found.iso_code_639_1.name)


def warm_up() -> None:
    """Load langdetect's profiles and lingua's models now, not on the first short text."""
    langdetect_factory()
    lingua_detector()
