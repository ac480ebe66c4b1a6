"""Cyrillic alphabets: letters rule languages in or out where the detectors confuse them."""

from __future__ import annotations

from collections import Counter

# A letter outside a language's alphabet (ы in Ukrainian, і in Russian) rules it out outright.
ALPHABETS: dict[str, str] = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
}
# Own letters and a low bound on their share in news text. Where a text is long enough to show 4
# of them, seeing none rules the language out (P < 2 %): this is what tells a long Bulgarian text
# from Russian, whose alphabet contains Bulgarian's. Kazakh's alphabet contains Russian's, so it
# always needs a letter of its own (rate 1.0); ө ү are left out as Mongolian and Kyrgyz use them.
EXPECTED: dict[str, tuple[str, float]] = {
    "ru": ("ыэё", 0.015),
    "uk": ("іїєґ", 0.04),
    "be": ("ў", 0.01),
    "bg": ("ъ", 0.01),
    "sr": ("ђћјљњџ", 0.03),
    "mk": ("ѓќѕјљњџ", 0.02),
    "kk": ("әғқңұһ", 1.0),
}
FOREIGN_MAX = 0.03  # letters outside an alphabet up to this share are quoted names, not language
QUOTES_FROM = 100  # letters: shorter texts are held to their alphabet letter for letter
FOREIGN_WEIGHT = 5.0  # confidence lost per unit share of foreign letters: 4 % costs 0.2
# The two that must never be confused: one's own letters are the other's foreign letters.
_NEIGHBOURS = {"uk": "ru", "ru": "uk"}
UNANIMOUS_ENOUGH = 0.66  # two votes of three


def pick(letters: Counter[str], votes: dict[str, float]) -> tuple[str, float]:
    """Choose the Cyrillic language that the letters allow and the detectors vote for most."""
    total = sum(letters.values())
    against = {
        lang: sum(n for ch, n in letters.items() if ch not in alphabet)
        for lang, alphabet in ALPHABETS.items()
    }
    # In a headline one ы is the language, not a quote: tolerance starts with article length.
    tolerated = FOREIGN_MAX * total if total >= QUOTES_FROM else 0.0
    shows = {lang: any(letters[ch] for ch in own) for lang, (own, _) in EXPECTED.items()}
    pool = [
        lang for lang, (_, rate) in EXPECTED.items()
        if (shows[lang] or total * rate < 4) and against[lang] <= tolerated
    ]  # fmt: skip
    if not pool:  # Mongolian, Tajik, or a text that no alphabet here fits
        return "und", 0.0
    # Votes first; among equals, the alphabet that explains most letters, then the smaller one.
    best = min(
        pool, key=lambda lang: (-votes.get(lang, 0.0), against[lang], len(ALPHABETS[lang]), lang)
    )
    confidence = votes.get(best, 0.0)
    if len(pool) == 1:  # the letters alone rule every other language out: і and ы is Belarusian
        # Kazakh without ә ғ қ ң ұ һ is out for sure; the others by as many letters as they lack.
        margin = min(against[lang] for lang in ALPHABETS if lang not in (best, "kk"))
        confidence = max(confidence, 1.0 - 1.0 / (margin + 2))
    other = _NEIGHBOURS.get(best)
    # "Уряд ухвалив закон" has no і ї є ґ and fits Russian letter for letter: the detectors'
    # word knowledge then decides between the two most costly to confuse, so two of the three
    # must agree (langdetect alone said ru, p = 1.0, to "Сили оборони знищили ворожу колону").
    if other in pool and not shows[best] and confidence < UNANIMOUS_ENOUGH:
        return "und", 0.0
    # Letters of no language here (Mongolian ө ү, Tajik ҷ) are not quotes: count them 4x.
    known = set("".join(ALPHABETS[lang] for lang in pool))
    unexplained = sum(n for ch, n in letters.items() if ch not in known)
    foreign = (against[best] + 3 * unexplained) / total
    return best, confidence - FOREIGN_WEIGHT * foreign
