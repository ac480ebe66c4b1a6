"""Benchmark input: deterministic ~3 KB raw articles, six languages, ~30% duplicates, bad lines."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# 110 articles per language (de, en, es, fr, ru, uk), about 1 KB each: enough distinct
# sentences that two generated bodies share almost none, so only the planted copies are
# duplicates. The 19 demo articles alone would make every body a near copy of another.
CORPUS_DIR = ROOT / "tests" / "corpus"
SAMPLES = Path(__file__).resolve().parent / "samples" / "articles.jsonl"

DUP_SHARE = 0.30
BAD_SHARE = 0.005
TARGET_BODY_BYTES = 2600  # plus title, URL and the rest: about 3 KB of JSON per record
# How planted duplicates split by the check that should catch them.
DUP_KINDS = (("id", 0.30), ("content", 0.25), ("near", 0.35), ("url", 0.10))
SOURCES = ("example.org", "example.com", "example.net", "news.example.org", "wire.example.com")
BYLINE = {"en": "By Staff Writer", "de": "Von unserem Korrespondenten",
          "fr": "Par notre correspondant", "es": "Por nuestro corresponsal",
          "ru": "От нашего корреспондента", "uk": "Від нашого кореспондента"}
# One closing sentence per article, so no two generated bodies are equal word for word.
CLOSING = {
    "en": "This is dispatch {n} of the wire service, filed at {h} hours local time.",
    "de": "Dies ist Meldung {n} der Agentur, abgeschickt um {h} Uhr Ortszeit.",
    "fr": "Ceci est la dépêche {n} de l'agence, envoyée à {h} heures, heure locale.",
    "es": "Este es el despacho {n} de la agencia, enviado a las {h} horas, hora local.",
    "ru": "Это сообщение {n} агентства, отправленное в {h} часов по местному времени.",
    "uk": "Це повідомлення {n} агенції, надіслане о {h} годині за місцевим часом.",
}
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_NUMBER = re.compile(r"\b\d{2,4}\b")


@dataclass(frozen=True, slots=True)
class Source:
    """A source text: language, title and its sentences."""

    language: str
    title: str
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Record:
    """One raw record to publish, and what the generator planted it as."""

    key: bytes | None
    value: bytes
    kind: str  # unique, dup-id, dup-content, dup-near, dup-url, bad-json, bad-schema
    article_id: str | None


def load_sources(corpus_dir: Path = CORPUS_DIR) -> list[Source]:
    """Texts to build articles from: the language corpus, or the demo samples without it."""
    docs: list[tuple[str, dict[str, Any]]] = []
    if corpus_dir.is_dir():
        for path in sorted(corpus_dir.glob("*.jsonl")):
            docs += [(path.stem, json.loads(line)) for line in path.read_text().splitlines()
                     if line.strip()]
    else:  # an installed package has no tests/: fall back to the demo feed (more near copies)
        for line in SAMPLES.read_text().splitlines():
            try:
                doc = json.loads(line)
            except ValueError:
                continue
            if isinstance(doc, dict) and doc.get("id") and doc.get("body"):
                docs.append((str(doc.get("language") or "en"), doc))
    sources = []
    for language, doc in docs:
        sentences = tuple(s.strip() for s in _SENTENCE_END.split(str(doc["body"])) if s.strip())
        if sentences:
            sources.append(Source(language, str(doc.get("title") or ""), sentences))
    return sources


def _vary_numbers(text: str, rng: random.Random) -> str:
    """Change most 2-4 digit numbers, as the figures of two real reports would differ."""
    return _NUMBER.sub(
        lambda m: str(rng.randint(10 ** (len(m[0]) - 1), 10 ** len(m[0]) - 1))
        if rng.random() < 0.7 else m[0], text)


def _body(lead: Source, pool: Sequence[str], n: int, rng: random.Random) -> list[str]:
    """Paragraphs of about TARGET_BODY_BYTES: the lead's lede, then others of its language."""
    # Only the first two sentences of the lead: a whole lead article would make every body
    # built on it a near copy of the others.
    sentences = [_vary_numbers(s, rng) for s in lead.sentences[:2]]
    size = sum(len(s.encode()) + 1 for s in sentences)
    while size < TARGET_BODY_BYTES:
        extra = _vary_numbers(rng.choice(pool), rng)
        sentences.append(extra)
        size += len(extra.encode()) + 1
    template = CLOSING.get(lead.language, CLOSING["en"])
    sentences.append(template.format(n=n, h=rng.randint(0, 23)))
    paragraphs, i = [], 0
    while i < len(sentences):
        step = rng.randint(2, 4)
        paragraphs.append(" ".join(sentences[i:i + step]))
        i += step
    return paragraphs


def _unique(i: int, prefix: str, sources: Sequence[Source],
            pools: dict[str, list[str]], rng: random.Random) -> tuple[dict[str, Any], str]:
    """One original article and its language."""
    lead = rng.choice(sources)
    source = rng.choice(SOURCES)
    article_id = f"{prefix}-{i:06d}"
    doc: dict[str, Any] = {
        "id": article_id,
        "url": f"https://{source}/{lead.language}/story/{article_id}",
        "source": source,
        "title": lead.title,
        "body": "\n\n".join(_body(lead, pools[lead.language], i, rng)),
        "published_at": f"2025-12-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z",
    }
    if rng.random() < 0.2:  # some feeds send a language hint
        doc["language"] = lead.language
    return doc, lead.language


def _copy(kind: str, doc: dict[str, Any], language: str, j: int, prefix: str,
          rng: random.Random) -> dict[str, Any]:
    """A planted duplicate of `doc` that the `kind` check (and no earlier one) should catch."""
    if kind == "id":
        return doc  # a producer retry: the same bytes again
    new_id = f"{prefix}-copy-{j:06d}"
    source = rng.choice([s for s in SOURCES if s != doc["source"]])
    if kind == "url":  # same page with tracking parameters, text lightly edited
        edited = doc["body"] + "\n\n" + "Updated with additional reporting."
        return doc | {"id": new_id, "url": doc["url"] + "?utm_source=rss&utm_medium=feed",
                      "body": edited}
    new_url = f"https://{source}/syndicated/{new_id}"
    if kind == "content":  # syndicated word for word under a new id and URL
        return doc | {"id": new_id, "url": new_url, "source": source}
    paragraphs = doc["body"].split("\n\n")
    del paragraphs[rng.randrange(1, len(paragraphs))]  # an editor cut a paragraph
    byline = BYLINE.get(language, BYLINE["en"])
    return doc | {"id": new_id, "url": new_url, "source": source,
                  "body": "\n\n".join([byline, *paragraphs])}


def _dumps(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def generate(n: int, seed: int = 8, prefix: str = "bench",
             sources: Sequence[Source] | None = None) -> list[Record]:
    """N raw records in publish order: originals, ~30% planted duplicates, ~0.5% malformed."""
    rng = random.Random(f"{seed}:{prefix}")
    sources = list(sources or load_sources())
    pools: dict[str, list[str]] = {}
    for s in sources:
        pools.setdefault(s.language, []).extend(s.sentences)
    n_bad = round(n * BAD_SHARE) if n >= 200 else min(2, n // 10)
    n_dup = round(n * DUP_SHARE)
    n_unique = max(1, n - n_bad - n_dup)
    n_dup = n - n_bad - n_unique
    made = [_unique(i, prefix, sources, pools, rng) for i in range(n_unique)]
    docs = [doc for doc, _ in made]
    # Sort keys place each copy a little after its original, as syndication does.
    placed: list[tuple[float, Record]] = [
        (float(i), Record(d["id"].encode(), _dumps(d), "unique", d["id"]))
        for i, d in enumerate(docs)
    ]
    kinds = [kind for kind, _ in DUP_KINDS]
    weights = [weight for _, weight in DUP_KINDS]
    for j in range(n_dup):
        i = rng.randrange(n_unique)
        kind = rng.choices(kinds, weights)[0]
        copy = _copy(kind, docs[i], made[i][1], j, prefix, rng)
        record = Record(copy["id"].encode(), _dumps(copy), f"dup-{kind}", copy["id"])
        placed.append((i + rng.uniform(1, 300), record))
    for b in range(n_bad):
        good = _dumps(docs[rng.randrange(n_unique)])
        if b % 2 == 0:  # cut off mid-record: not JSON, so no key either
            record = Record(None, good[: rng.randrange(20, len(good) // 2)], "bad-json", None)
        else:  # valid JSON that breaks the contract: no id
            doc = json.loads(good)
            del doc["id"]
            record = Record(None, _dumps(doc), "bad-schema", None)
        placed.append((rng.uniform(0, n_unique), record))
    placed.sort(key=lambda item: item[0])
    return [record for _, record in placed]


def summary(records: Sequence[Record]) -> dict[str, Any]:
    """How many of each planted kind, languages used and bytes, for the report."""
    kinds = Counter(r.kind for r in records)
    total = sum(len(r.value) for r in records)
    return {"kinds": dict(sorted(kinds.items())), "input_bytes": total,
            "mean_record_bytes": round(total / max(1, len(records)))}
