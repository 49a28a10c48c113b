import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from framework import SCHEMA, RecordError, dumps, error_record, is_error_record, loads, new_record, validate_record
from framework.record import record_from_input


def test_new_record_has_every_key_and_validates() -> None:
    record = new_record("Bonjour 😀", "d1")
    assert record["schema"] == SCHEMA
    validate_record(record)
    assert loads(dumps(record)) == record
    assert dumps(record).endswith(b"\n")


def test_input_keys_go_to_meta_and_unknown_record_keys_survive() -> None:
    record = record_from_input({"id": 7, "text": "t", "title": "T", "url": "u"}, "x")
    assert record["id"] == "7" and record["meta"] == {"title": "T", "url": "u"}
    newer = {**new_record("t", "a"), "future_key": {"kept": True}}
    again = record_from_input(loads(dumps(newer)), "x")
    assert again["future_key"] == {"kept": True}


@pytest.mark.parametrize("item, message", [({"id": 1}, "no 'text'"), ({"text": 3}, "int"), (5, "str or a dict")])
def test_bad_input_is_a_record_error(item: object, message: str) -> None:
    with pytest.raises(RecordError, match=message):
        record_from_input(item, "x")  # type: ignore[arg-type]


def test_error_record_keeps_raw_input_and_cuts_huge_raw() -> None:
    rec = error_record(source="f.jsonl", line=3, raw=b"\xff{bad", plugin="textplug.io", type="InvalidUTF8",
                       message="m")
    assert is_error_record(rec) and rec["id"] == "f.jsonl:3" and rec["meta"]["raw"] == "\\xff{bad"
    assert rec["errors"] == [{"plugin": "textplug.io", "hook": "read", "type": "InvalidUTF8", "message": "m",
                              "line": 3}]
    huge = error_record(source="f", line=1, raw="x" * 100, plugin="p", type="t", message="m", raw_limit=10)
    assert huge["meta"]["raw"] == "x" * 10 and huge["meta"]["raw_truncated"] == 100
    orjson.dumps(rec)


@pytest.mark.parametrize("mutate, message", [
    (lambda r: r.pop("layers"), "lacks layers"),
    (lambda r: r["layers"].setdefault("q", []).append({"start": 2, "end": 99}), "outside the text"),
    (lambda r: r["layers"].setdefault("q", []).append({"start": 3, "end": 2}), "outside the text"),
    (lambda r: r["doc"].update(lang="fr"), "'value' and 'by'"),
    (lambda r: r.update(schema="other/1"), "unknown schema"),
    (lambda r: r["errors"].append({"plugin": "p"}), "lacks plugin"),
])
def test_validation_names_the_problem(mutate, message) -> None:
    record = new_record("hello", "d")
    mutate(record)
    with pytest.raises(RecordError, match=message):
        validate_record(record)


@given(st.text())
def test_any_text_round_trips(text: str) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8", "replace") if text else "x"
    record = new_record(text, "d")
    assert loads(dumps(record))["text"] == text
