"""`produce` input reading: JSON documents, arrays and JSON Lines, malformed lines kept."""

from __future__ import annotations

import io

import orjson

from streams.produce import read_records, record_key
from tests.support import SEED


def test_a_pretty_printed_document_is_one_record() -> None:
    [record] = list(read_records(io.BytesIO(SEED.read_bytes())))
    assert orjson.loads(record)["id"] == "seed-0001"


def test_json_lines_pass_through_unchanged_including_malformed_ones() -> None:
    data = b'{"id": "a", "title": "x"}\n\n{broken\n  {"id": "b", "title": "y"}  \n'
    assert list(read_records(io.BytesIO(data))) == [
        b'{"id": "a", "title": "x"}', b"{broken", b'{"id": "b", "title": "y"}']


def test_a_json_array_gives_one_record_per_item() -> None:
    records = list(read_records(io.BytesIO(b'[{"id": "a"}, {"id": "b"}]')))
    assert [orjson.loads(r)["id"] for r in records] == ["a", "b"]


def test_record_key_is_the_id_when_there_is_one() -> None:
    assert record_key(b'{"id": "a-1"}') == b"a-1"
    assert record_key(b'{"id": 5}') is None
    assert record_key(b"{broken") is None
    assert record_key(b"[1]") is None
