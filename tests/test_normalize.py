"""Tests for the normalize stage: text cleaning, furniture removal, URLs and fingerprints."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from streams.normalize import (
    canonical_url,
    clean_body,
    clean_text,
    clean_title,
    fingerprint,
    normalize,
    strip_furniture,
)
from streams.records import RawArticle

SEED = Path(__file__).parent.parent / "streams" / "samples" / "seed-article.json"


def _seed() -> dict[str, Any]:
    """Load the seed article as a dict."""
    data: dict[str, Any] = json.loads(SEED.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("  plain   words  ", "plain words"),
        ("tab\tseparated", "tab separated"),
        ("no\u00a0\u00a0break", "no break"),
        ("wide\u3000and\u2009thin", "wide and thin"),
        ("dos\r\nline\rmac", "dos\nline\nmac"),
        ("vertical\x0btab\x0cfeed", "vertical\ntab\nfeed"),
        ("unicode\u2028line\u2029para", "unicode\nline\npara"),
        ("  left\n  right  \n", "left\nright"),
        ("one\n\ntwo", "one\n\ntwo"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("one\n  \n\t\n \u00a0 \ntwo", "one\n\ntwo"),
        ("cafe\u0301", "café"),
        ("zero\u200bwidth\u200cjoin\u200d", "zerowidthjoin"),
        ("soft\u00adhyphen", "softhyphen"),
        ("\ufeffbyte order mark", "byte order mark"),
        ("bell\x07and\x00null\x7f", "bellandnull"),
        ("gap \u200b here", "gap here"),
        ("cafe\u200b\u0301", "café"),
        ("lone\ud800surrogate", "lonesurrogate"),
        ("", ""),
        (" \n\n\t \n ", ""),
    ],
)
def test_clean_text(given: str, expected: str) -> None:
    assert clean_text(given) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("  Strikes\nand\n\n talks ", "Strikes and talks"),
        ("Grid\u00a0repairs\r\ncontinue", "Grid repairs continue"),
        ("\u200b", ""),
    ],
)
def test_clean_title(given: str, expected: str) -> None:
    assert clean_title(given) == expected


LEAD = "Crews repaired the substation by noon."
TAIL = "Trains ran again in the evening."

# Grouped by kind: comment form, locale switchers, cookies, sharing, other, other languages.
FURNITURE_LINES = [
    *("Post Comment", "Name *", "Email *", "Website", "Cancel reply"),
    "Save my name, email, and website in this browser for the next time I comment.",
    *("en_USEnglish", "uk_UAУкраїнська", "ru_RUРусский", "de_DEDeutsch"),
    "en_USEnglish uk_UAУкраїнська",
    "We use cookies to give you the best experience on our site.",
    *("Accept all cookies", "Cookie settings"),
    *("Share this:", "Share on Facebook", "Tweet", "Share", "Print", "Email this"),
    "Click to share on X (Opens in new window)",
    *("Subscribe to our newsletter", "Follow us on Telegram", "Advertisement"),
    *("Related articles", "Read more: Grid operator plans new repairs"),
    *("All rights reserved.", "© 2025 Example Daily", "Example Daily 2025. All rights reserved."),
    *("Ім’я *", "Читайте також: Ремонт мережі триває", "Lesen Sie auch: Reparaturen gehen weiter"),
    "À lire aussi : Les réparations continuent",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_furniture_line_is_removed(line: str) -> None:
    text = f"{LEAD}\n\n{line}\n\n{TAIL}"
    assert strip_furniture(text) == f"{LEAD}\n\n{TAIL}"
    # Case does not matter, except in locale codes, which are always xx_XX.
    if "_" not in line:
        assert strip_furniture(f"{LEAD}\n{line.upper()}\n{TAIL}") == f"{LEAD}\n{TAIL}"


COMMENT_MARKERS = [
    *("Leave a Reply", "Leave a Comment", "3 comments"),
    "Your email address will not be published. Required fields are marked *",
    *("Залишити відповідь", "Залишити коментар", "Оставить комментарий", "Добавить комментарий"),
    "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
    *("Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht."),
    *("Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée."),
    *("Deja una respuesta", "Tu dirección de correo electrónico no será publicada."),
]


@pytest.mark.parametrize("marker", COMMENT_MARKERS)
def test_comment_marker_cuts_the_tail(marker: str) -> None:
    text = f"{LEAD}\n\n{TAIL}\n\n{marker}\n\nGreat piece, thanks!\n\nReply"
    assert strip_furniture(text) == f"{LEAD}\n\n{TAIL}"


def test_marker_before_any_text_drops_only_that_line() -> None:
    text = f"Share\n\nLeave a Reply\n\n{LEAD}\n\n{TAIL}"
    assert strip_furniture(text) == f"{LEAD}\n\n{TAIL}"


def test_removal_recollapses_blank_lines() -> None:
    text = f"{LEAD}\n\nTweet\n\nShare\n\nAdvertisement\n\n{TAIL}"
    assert strip_furniture(text) == f"{LEAD}\n\n{TAIL}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts will share their findings with parliament next week.",
        "Share prices in Kyiv fell sharply on Monday.",
        "The regulator said the shop stored cookies without asking.",
        "We use cookies as evidence, the prosecutor told the court.",
        "The ministry did not reply to a request for comment.",
        "No comment.",
        "Readers may leave a reply below, the editor wrote.",
        "Officials said they would print new ballots.",
        "Email traffic from the ministry was intercepted, the report said.",
        "The label said it kept all rights reserved for the archive.",
        "Follow-up talks are planned for Friday.",
        "EN_USENGLISH was written on the crate.",
    ],
)
def test_real_sentences_are_kept(sentence: str) -> None:
    text = f"{LEAD}\n\n{sentence}\n\n{TAIL}"
    assert strip_furniture(text) == text


def test_seed_article_body() -> None:
    raw_body = _seed()["body"]
    body = clean_body(raw_body)
    assert body.endswith("keep citizens updated on power and transport restoration.")
    for junk in ("Leave a Reply", "email address", "Required fields", "en_US", "English"):
        assert junk not in body
    paragraphs = [" ".join(p.split()) for p in raw_body.split("\n\n")]
    expected = [p for p in paragraphs if p not in ("", "Leave a Reply", "en_USEnglish")]
    expected = [p for p in expected if not p.startswith("Your email address")]
    assert body.split("\n\n") == expected
    assert len(expected) == 7
    assert clean_body(body) == body


def test_normalize_seed_article() -> None:
    seed = _seed()
    raw = RawArticle(id=seed["id"], title=seed["title"], body=seed["body"], url=seed["url"])
    article = normalize(raw)
    assert article.raw is raw
    assert article.title == "Russia hits Ukraine as US reports progress in talks with Kyiv"
    assert article.body == clean_body(seed["body"])
    assert article.canonical_url == canonical_url(seed["url"])
    assert article.canonical_url is not None
    assert article.canonical_url.startswith("https://example.org/world/")
    assert article.fingerprint == fingerprint(article.title, article.body)
    assert re.fullmatch(r"[0-9a-f]{32}", article.fingerprint)


def test_normalize_empty_article() -> None:
    article = normalize(RawArticle(id="empty"))
    assert (article.title, article.body, article.canonical_url) == ("", "", None)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://example.com/a?utm_source=x&utm_medium=y&id=7", "https://example.com/a?id=7"),
        (
            "https://example.com/a?fbclid=1&GCLID=2&Utm_Term=z&ref=r&p=2",
            "https://example.com/a?p=2",
        ),
        ("https://example.com/a?mc_cid=1&_ga=3&igshid=4&smid=5&rss=1", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1&c=3", "https://example.com/a?a=1&b=2&c=3"),
        ("https://example.com/a?tag=x&tag=y&tag=a", "https://example.com/a?tag=x&tag=y&tag=a"),
        ("https://example.com/a?q=two+words", "https://example.com/a?q=two+words"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("http://www.Example.COM/Path/Case/", "https://example.com/Path/Case"),
        ("HTTPS://EXAMPLE.com/a", "https://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/", "https://example.com/"),
        ("https://example.com//a///b//", "https://example.com/a/b"),
        ("https://example.com/a%2fb%c3%a9", "https://example.com/a%2Fb%C3%A9"),
        ("https://reader:secret@example.com/a", "https://example.com/a"),
        ("https://ПРИКЛАД.укр/Новини", "https://приклад.укр/Новини"),
        ("https://[2001:DB8::1]:8080/a", "https://[2001:db8::1]:8080/a"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://www.com/a", "https://www.com/a"),
        ("  https://example.com/a  ", "https://example.com/a"),
    ],
)
def test_canonical_url(given: str, expected: str) -> None:
    assert canonical_url(given) == expected


def test_http_and_https_are_the_same_article() -> None:
    assert canonical_url("http://example.com/a/") == canonical_url("https://www.example.com/a")


@pytest.mark.parametrize(
    "given",
    [
        *(None, "", "   ", "not a url", "example.com/a", "//example.com/a"),
        *("ftp://example.com/a", "mailto:desk@example.com", "javascript:alert(1)"),
        *("http://", "https:///only/path", "http://[::1", "http://example.com:99999/"),
        *("http://example.com:port/", "http://exa mple.com/", "https://example.com/\ud800"),
    ],
)
def test_canonical_url_garbage_is_none(given: str | None) -> None:
    assert canonical_url(given) is None


def test_canonical_url_never_raises() -> None:
    rng = random.Random(20251125)
    pieces = [
        *("http", "https", ":", "/", "//", "[", "]", "@", "?", "#", "&", "=", "%", "%zz"),
        *("www.", "example.com", ":80", ":x", "\u2100", "\ud800", " ", "é", "..", "utm_a"),
    ]
    for _ in range(3000):
        url = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        result = canonical_url(url)
        assert result is None or result.startswith("https://")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (("Talks resume", "They resumed today."), ("talks   RESUME!", "they\nresumed today")),
        (("Kyiv", "Power is back — mostly."), ("KYIV", "power, is back... mostly")),
        (("", "Straße gesperrt"), ("", "STRASSE GESPERRT")),
        (("", "ﬁre at the depot"), ("", "fire at the depot")),
        (("", "ＮＡＴＯ summit"), ("", "nato summit")),
        (("", "snake_case words"), ("", "snake case words")),
        (("", "peace🙂talks"), ("", "peace talks")),
    ],
)
def test_fingerprint_equal(left: tuple[str, str], right: tuple[str, str]) -> None:
    assert fingerprint(*left) == fingerprint(*right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (("Talks resume", "They resumed today."), ("Talks resume", "They stalled today.")),
        (("Talks resume", "Body"), ("Talks stall", "Body")),
        (("one two", "three"), ("one", "two three")),
        (("", "किताब"), ("", "कताब")),
        (("", "𠀀x"), ("", "𠀀 x")),
        (("", "word"), ("", "word word")),
    ],
)
def test_fingerprint_differs(left: tuple[str, str], right: tuple[str, str]) -> None:
    assert fingerprint(*left) != fingerprint(*right)


def test_hostile_inputs_are_handled() -> None:
    long_line = "a" * 1_000_000
    assert clean_body(long_line) == long_line
    assert clean_body("\u200b" * 1_000_000) == ""
    assert clean_body("x \u00a0" * 300_000) == " ".join(["x"] * 300_000)
    repeated = "Leave a Reply " * 100_000
    assert clean_body(f"{LEAD}\n\n{repeated}") == f"{LEAD}\n\n{repeated.strip()}"
    assert clean_body("\n" * 1_000_000 + LEAD) == LEAD
    assert canonical_url("https://example.com/" + "a/" * 200_000) is not None
    assert fingerprint("", ".," * 500_000) == fingerprint("", "")


def test_cleaning_is_idempotent() -> None:
    rng = random.Random(7)
    pieces = [
        *("word", " ", "\n", "\r\n", "\t", "\u00a0", "\u200b", "e\u0301", ".", "\n\n\n", "\x00"),
        *("Share", "Tweet", "Leave a Reply", "en_USEnglish", "Київ"),
    ]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        once = clean_body(text)
        assert clean_body(once) == once
        assert clean_text(clean_text(text)) == clean_text(text)
