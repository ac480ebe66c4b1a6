"""Exact dedupe against a claim store: methods, order of checks, the window, batch overlay."""

from __future__ import annotations

import pytest

from streams.dedupe import Claim, Duplicate, Overlay, Unique, claim_keys, decide, expired
from streams.neardup import NearKeys, near_keys

DAY = 86400.0


def store_of(*claims: tuple[str, str, float]) -> dict[str, Claim]:
    return {key: [kept, seen] for key, kept, seen in claims}


def test_claim_keys_skip_missing_url() -> None:
    assert claim_keys("a", None, "f") == [("id", "id:a"), ("content", "fp:f")]
    assert claim_keys("a", "https://x/y", "f")[1] == ("url", "url:https://x/y")


@pytest.mark.parametrize(
    ("article", "store", "expected"),
    [
        (("b", "u2", "f2"), store_of(), None),
        (("a", "u2", "f2"), store_of(("id:a", "a", 0.0)), ("id", "a")),
        (("b", "u1", "f2"), store_of(("url:u1", "a", 0.0)), ("url", "a")),
        (("b", None, "f1"), store_of(("fp:f1", "a", 0.0)), ("content", "a")),
        # id is checked before url, url before content
        (("b", "u1", "f1"), store_of(("fp:f1", "c", 0.0), ("url:u1", "a", 0.0)), ("url", "a")),
    ],
)
def test_decide(article: tuple[str, str | None, str], store: dict[str, Claim],
                expected: tuple[str, str] | None) -> None:
    verdict = decide(*article, store, now=DAY, window_s=7 * DAY)
    if expected is None:
        assert isinstance(verdict, Unique)
        assert set(verdict.claims) == {k for _, k in claim_keys(*article)}
        assert all(c == [article[0], DAY] for c in verdict.claims.values())
    else:
        assert verdict == Duplicate(method=expected[0], duplicate_of=expected[1])  # type: ignore[arg-type]


def test_claims_older_than_the_window_are_ignored() -> None:
    store = store_of(("fp:f1", "a", 0.0))
    assert isinstance(decide("b", None, "f1", store, now=8 * DAY, window_s=7 * DAY), Unique)
    assert isinstance(decide("b", None, "f1", store, now=7 * DAY, window_s=7 * DAY), Duplicate)


def test_overlay_sees_batch_claims_and_flushes_them() -> None:
    durable: dict[str, Claim] = store_of(("id:old", "old", 0.0))
    overlay = Overlay(durable)
    first = decide("a", "u", "f", overlay, now=1.0, window_s=DAY)
    overlay.record(first)
    second = decide("b", None, "f", overlay, now=1.0, window_s=DAY)
    assert second == Duplicate(method="content", duplicate_of="a")
    overlay.record(second)  # a duplicate claims nothing
    assert "id:a" not in durable
    assert len(overlay) == 4 and "id:old" in set(overlay)
    assert overlay.flush_into(durable) == 3
    assert durable["fp:f"] == ["a", 1.0] and not overlay.pending


ORIGINAL = (
    "Russia launched a large overnight drone and missile attack on Ukraine, striking energy "
    "and rail infrastructure in several regions. The air force said 653 drones and 51 missiles "
    "were fired and that most were intercepted. Officials reported damage at 29 locations, "
    "including a rail depot in Fastiv. Emergency crews worked through the day to restore power "
    "and heating. The attack came as negotiators met in Florida to discuss security guarantees."
)
REWRITE = (
    "Officials in Kyiv described a quiet night in the capital, but regional authorities in the "
    "east counted damage after shelling hit a school and two warehouses. Nobody was hurt, the "
    "governor said, adding that repairs would start next week once inspectors had visited the "
    "site. Separately, the government announced a new programme for rebuilding bridges."
)


def near(text: str) -> NearKeys:
    keys = near_keys(" ".join(text.casefold().replace(".", " ").replace(",", " ").split()))
    assert keys is not None
    return keys


def test_a_syndicated_copy_is_a_near_duplicate() -> None:
    store: dict[str, Claim] = {}
    first = decide("a", None, "f1", store, now=1.0, window_s=DAY, near=near(ORIGINAL))
    assert isinstance(first, Unique) and "ns:a" in first.claims
    store.update(first.claims)
    copy = "By Staff Reporter. " + ORIGINAL.replace(" Emergency crews worked through the day "
                                                    "to restore power and heating.", "")
    verdict = decide("b", None, "f2", store, now=2.0, window_s=DAY, near=near(copy))
    assert isinstance(verdict, Duplicate)
    assert (verdict.method, verdict.duplicate_of) == ("near", "a")
    assert 0.5 <= verdict.similarity < 1.0


def test_a_different_article_is_not_merged_and_joins_the_buckets() -> None:
    store: dict[str, Claim] = {}
    store.update(decide("a", None, "f1", store, 1.0, DAY, near(ORIGINAL)).claims)  # type: ignore[union-attr]
    verdict = decide("b", None, "f2", store, 2.0, DAY, near(REWRITE))
    assert isinstance(verdict, Unique) and "ns:b" in verdict.claims


def test_expired_near_state_is_ignored() -> None:
    store: dict[str, Claim] = {}
    store.update(decide("a", None, "f1", store, 0.0, DAY, near(ORIGINAL)).claims)  # type: ignore[union-attr]
    assert isinstance(decide("b", None, "f2", store, 2 * DAY, DAY, near(ORIGINAL)), Unique)


def test_short_texts_have_no_near_keys_and_signatures_round_trip() -> None:
    assert near_keys("too few words") is None
    keys = near(ORIGINAL)
    assert NearKeys.decode(keys.encode()).bands == keys.bands
    with pytest.raises(ValueError):
        NearKeys.decode(b"\x00" * 12)


def test_expired_lists_old_claims_and_trims_buckets() -> None:
    items: list[tuple[str, Claim]] = [
        ("id:old", ["old", 0.0]), ("id:new", ["new", 9 * DAY]),
        ("nb:1:aa", [["old", 0.0], ["new", 9 * DAY]]), ("nb:2:bb", [["old", 0.0]]),
        ("ns:old", ["sig", 0.0]),
    ]
    deletes, rewrites = expired(items, now=10 * DAY, window_s=7 * DAY)
    assert deletes == ["id:old", "nb:2:bb", "ns:old"]
    assert rewrites == {"nb:1:aa": [["new", 9 * DAY]]}
