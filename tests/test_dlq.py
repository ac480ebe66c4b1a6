"""DLQ headers: the original headers kept, ours added in the Connect / KIP-1034 habit."""

from __future__ import annotations

from streams.dlq import PREFIX, dlq_headers, read_headers
from streams.errors import SchemaError


def test_headers_keep_the_originals_and_describe_the_failure() -> None:
    err = SchemaError("'id' must be a string", "a-1")
    headers = dlq_headers([("trace", b"t-1")], err, "SchemaError", "news.articles.raw", 2, 41)
    assert headers[0] == ("trace", b"t-1")
    assert read_headers(headers) == {
        "exception": "SchemaError",
        "message": "'id' must be a string",
        "stage": "validate",
        "topic": "news.articles.raw",
        "partition": "2",
        "offset": "41",
    }
    assert all(k.startswith(PREFIX) for k, _ in headers[1:])


def test_long_messages_are_cut_and_mapping_headers_accepted() -> None:
    err = SchemaError("x" * 5000)
    headers = dlq_headers({"a": b"1"}, err, "SchemaError", "t", None, None)
    assert headers[0] == ("a", b"1")
    assert len(read_headers(headers)["message"]) == 1000
    assert read_headers(headers)["partition"] == "None"
