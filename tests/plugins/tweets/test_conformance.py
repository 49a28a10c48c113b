"""twitter-text conformance: extract.yml, tlds.yml and validate.yml, read from the shared yml files."""

from __future__ import annotations

import json

import pytest

from plugins.tweets import entities as E
from plugins.tweets.length import CONFIGS, parse_tweet

from .conftest import DATA, load_yml, tweets_data


def _cases(fname: str, section: str):
    """(id, case) pairs for one section; collected lazily so a missing data folder only skips."""
    path = DATA / "conformance" / fname
    if not path.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"shared data not found: {path}"))]
    yaml = pytest.importorskip("yaml")
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["tests"][section]
    return [pytest.param(c, id=f"{section}-{i}") for i, c in enumerate(cases)]


def _u16(text: str, start: int, end: int) -> list[int]:
    return E.to_utf16_indices(text, [start, end])


# --- extract.yml ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions"))
def test_mentions(case):
    assert [e.value for e in E.extract_mentions(case["text"])] == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions_with_indices"))
def test_mentions_with_indices(case):
    t = case["text"]
    got = [{"screen_name": e.value, "indices": _u16(t, e.start, e.end)} for e in E.extract_mentions(t)]
    assert got == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions_or_lists_with_indices"))
def test_mentions_or_lists_with_indices(case):
    t = case["text"]
    got = [
        {"screen_name": e.value, "list_slug": e.extra or "", "indices": _u16(t, e.start, e.end)}
        for e in E.extract_mentions_or_lists(t)
    ]
    assert got == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("extract.yml", "replies"))
def test_replies(case):
    assert E.extract_reply(case["text"]) == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("extract.yml", "urls") + _cases("extract.yml", "tco_urls_with_params"))
def test_urls(case):
    assert [e.value for e in E.extract_urls(case["text"])] == case["expected"], case["description"]


@pytest.mark.parametrize(
    "case",
    _cases("extract.yml", "urls_with_indices") + _cases("extract.yml", "urls_with_directional_markers"),
)
def test_urls_with_indices(case):
    t = case["text"]
    got = [{"url": e.value, "indices": _u16(t, e.start, e.end)} for e in E.extract_urls(t)]
    assert got == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("extract.yml", "hashtags") + _cases("extract.yml", "hashtags_from_astral"))
def test_hashtags(case):
    assert [e.value for e in E.extract_hashtags(case["text"])] == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("extract.yml", "hashtags_with_indices"))
def test_hashtags_with_indices(case):
    t = case["text"]
    got = [{"hashtag": e.value, "indices": _u16(t, e.start, e.end)} for e in E.extract_hashtags(t)]
    assert got == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("extract.yml", "cashtags"))
def test_cashtags(case):
    assert [e.value for e in E.extract_cashtags(case["text"])] == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("extract.yml", "cashtags_with_indices"))
def test_cashtags_with_indices(case):
    t = case["text"]
    got = [{"cashtag": e.value, "indices": _u16(t, e.start, e.end)} for e in E.extract_cashtags(t)]
    assert got == case["expected"], case["description"]


# --- tlds.yml ----------------------------------------------------------------------------------


@pytest.mark.parametrize("case", _cases("tlds.yml", "country") + _cases("tlds.yml", "generic"))
def test_tlds(case):
    assert [e.value for e in E.extract_urls(case["text"])] == case["expected"], case["description"]


# --- validate.yml ------------------------------------------------------------------------------


def _legacy_valid(text: str) -> bool:
    """twitter-text's legacy isValidTweetText: v1 (140 characters, a URL counts 23)."""
    return parse_tweet(text, "v1")["valid"]


@pytest.mark.parametrize("case", _cases("validate.yml", "tweets"))
def test_validate_tweets(case):
    assert _legacy_valid(case["text"]) == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("validate.yml", "usernames"))
def test_validate_usernames(case):
    assert E.is_valid_username(case["text"]) == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("validate.yml", "lists"))
def test_validate_lists(case):
    assert E.is_valid_list(case["text"]) == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("validate.yml", "hashtags"))
def test_validate_hashtags(case):
    assert E.is_valid_hashtag(case["text"]) == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("validate.yml", "urls"))
def test_validate_urls(case):
    assert E.is_valid_url(case["text"]) == case["expected"], case["description"]


@pytest.mark.parametrize("case", _cases("validate.yml", "urls_without_protocol"))
def test_validate_urls_without_protocol(case):
    assert E.is_valid_url(case["text"], require_protocol=False) == case["expected"], case["description"]


_FIELDS = (
    "weightedLength",
    "valid",
    "permillage",
    "displayRangeStart",
    "displayRangeEnd",
    "validRangeStart",
    "validRangeEnd",
)


@pytest.mark.parametrize(
    "section,version",
    [
        ("WeightedTweetsCounterTest", "v2"),
        ("WeightedTweetsWithDiscountedEmojiCounterTest", "v3"),
        ("UnicodeDirectionalMarkerCounterTest", "v3"),
    ],
)
def test_weighted_length(section, version):
    """Every case of the three weighted-length sections, with the config file of the suite."""
    cfg = json.loads(tweets_data("conformance", "config", f"{version}.json").read_text())
    assert cfg == CONFIGS[version], "built-in config differs from the suite's config file"
    failures = []
    cases = load_yml("validate.yml")[section]
    for case in cases:
        got = parse_tweet(case["text"], cfg)
        got = {k: got[k] for k in _FIELDS}
        if got != case["expected"]:
            failures.append((case["description"], got, case["expected"]))
    assert not failures, failures
    assert len(cases) >= 2
