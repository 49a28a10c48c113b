"""Tweets: twitter-text entities, weighted length, tweet links, embedded tweets, API readers."""

from .entities import (
    Entity,
    extract_cashtags,
    extract_entities,
    extract_hashtags,
    extract_mentions,
    extract_mentions_or_lists,
    extract_reply,
    extract_urls,
    from_utf16_indices,
    is_valid_hashtag,
    is_valid_list,
    is_valid_url,
    is_valid_username,
    to_utf16_indices,
)
from .length import is_valid_tweet, parse_tweet, tweet_length

__all__ = [
    "Entity",
    "extract_cashtags",
    "extract_entities",
    "extract_hashtags",
    "extract_mentions",
    "extract_mentions_or_lists",
    "extract_reply",
    "extract_urls",
    "from_utf16_indices",
    "is_valid_hashtag",
    "is_valid_list",
    "is_valid_tweet",
    "is_valid_url",
    "is_valid_username",
    "parse_tweet",
    "to_utf16_indices",
    "tweet_length",
]
