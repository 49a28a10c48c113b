"""Channel of a quotation (tweet, post, interview, statement, unknown) from its cue and the sentence."""

from __future__ import annotations

import regex

from .cues import CHANNEL_OF_LEMMA

__all__ = ["channel_of", "ADDRESSEE"]

_TWEET_CTX = regex.compile(
    r"(?<![\w-])(?:(?:dans|via|par)\s+(?:un|son|ses|leur|leurs|ce|le|deux|plusieurs)\s+(?:\w+\s+)?(?:tweets?|"
    r"messages?\s+(?:publiés?\s+)?sur\s+(?:Twitter|X))|sur\s+(?:(?:son|sa|leur)\s+compte\s+)?(?:Twitter|X)(?![\w-])|"
    r"in\s+(?:a|an|his|her|their|the|one|two|several)\s+(?:\w+\s+)?(?:tweets?|post\s+on\s+(?:X|Twitter))|"
    r"(?:on|su|en|auf)\s+(?:(?:his|her|their|its)\s+)?(?:Twitter|X)(?:\s+account)?(?![\w-])|"
    r"(?:a\s+|his\s+|her\s+)?tweet(?:ed)?|twitter\s+post)",  # (`sur son compte X`, `on his X account`: 32nd pass)
    regex.IGNORECASE,
)
_POST_CTX = regex.compile(
    r"(?<![\w-])(?:sur|on|via|(?:posted|published|shared|uploaded)\s+(?:to|on))\s+"
    r"(?:(?:son|sa|ses|his|her|their|its|leur)\s+(?:compte|page|blog|account)\s+)?"
    r"(?:Facebook|Instagram|LinkedIn|Telegram|TikTok|Threads|Mastodon|Bluesky|YouTube|Weibo|blog|Truth Social)"
    r"|(?:blog\s+post|billet\s+de\s+blog|Facebook\s+post|(?:Facebook|Instagram|YouTube|TikTok)\s+(?:Live|video|story))"
    # (`on his social media platform`, `sur les réseaux sociaux`: thirty-first pass)
    r"|(?:on|sur|via)\s+(?:(?:his|her|their|its|son|ses|leurs?|les)\s+)?(?:social\s+media|réseaux\s+sociaux)",
    regex.IGNORECASE,
)
_INTERVIEW_CTX = regex.compile(
    r"(?<![\w-])(?:entretien|interview|interviewé|interrogée?s?\s+par|au\s+micro|à\s+la\s+radio|à\s+la\s+télévision|"
    r"sur\s+le\s+plateau|told|in\s+an\s+interview|speaking\s+to|speaking\s+with|talking\s+to|podcast|"
    r"dans\s+les\s+colonnes(?=\s+d)|sur\s+les\s+ondes(?=\s+d)|"  # (`dans les colonnes du Parisien`; thirtieth pass)
    # a broadcaster's programme (`said on CNN's "State of the Union"`, `a déclaré sur France Inter`): twentieth pass
    r"(?<!(?:call|called|calls|calling)\s)(?:on|sur)\s+(?-i:CNN|MSNBC|NBC|ABC|CBS|BBC|NPR|PBS|CNBC|Fox(?:\s+News)?|"
    # (thirtieth pass: Canadian and British broadcasters, `Speaking on CBC Radio's The Current, X said`)
    r"CBC|CTV|Global\s+News|Radio-Canada|ICI\s+Radio-Canada|TVA|CP24|CityNews|Sky\s+News|ITV|LBC|Al\s+Jazeera|"
    r"France\s+Inter|France\s+Info|franceinfo|France\s+2|France\s+3|BFMTV|BFM\s+TV|RTL|Europe\s+1|LCI|TF1|"
    r"RMC|CNews|Sud\s+Radio|RFI|France\s+24)(?![\w-]))(?![\w-])",
    regex.IGNORECASE,
)
_STATEMENT_CTX = regex.compile(
    r"(?<![\w-])(?:communiqué|déclaration\s+écrite|conférence\s+de\s+presse|statement|press\s+release|"
    r"press\s+conference|news\s+conference|briefing)(?![\w-])",
    regex.IGNORECASE,
)
# An addressee right after the cue: « … », a déclaré Gonzalez à Ars ; told Reuters ; a confié au Monde
ADDRESSEE = regex.compile(
    r"\s+(?:(?:à|auprès\s+de)\s+(?:l['’]\s*)?(?=\p{Lu})|au\s+(?=\p{Lu})|aux\s+(?=\p{Lu})|to\s+(?=\p{Lu})"
    r"|to\s+(?:reporters|journalists|the\s+press)\b|à\s+(?:la\s+presse|des\s+journalistes|la\s+radio)\b)"
)
# Words one of the patterns above needs (lower case): a sentence with none of them skips that regex, which
# saves most of the channel's cost (the patterns are tried at every position); the answer is the same.
# `_TWEET_CTX` needs `tw` or, in the alternatives naming X (`sur X`, `on X`, `post on X`), a space right before the
# X: so a space then `x`, tested in the lower-cased sentence with `regex`'s own `\s` (a bare `x`, the key
# before, is in a tenth of the sentences and let the regex run for nothing)
_SPACE_X = regex.compile(r"\sx")
_POST_KEYS = ("facebook", "instagram", "linkedin", "telegram", "tiktok", "threads", "mastodon", "bluesky",
              "youtube", "weibo", "blog", "truth", "social", "réseaux")
_INTERVIEW_KEYS = ("entretien", "interview", "interrog", "micro", "radio", "télévision", "plateau", "told", "colonnes",
                   "ondes",
                   "speaking", "talking", "podcast", "cnn", "nbc", "abc", "cbs", "bbc", "npr", "pbs", "fox",
                   "france", "bfm", "rtl", "europe", "lci", "tf1", "rmc", "cnews", "rfi", "cbc", "ctv", "global",
                   "radio-canada", "tva", "cp24", "citynews", "sky", "itv", "lbc", "jazeera")
_STATEMENT_KEYS = ("communiqué", "déclaration", "conférence", "statement", "press", "conference", "briefing")
_NONVERBAL = frozenset({"selon", "d'après", "according to", "laut", "según", "secondo", "segundo", ":", "—"})


def channel_of(lemma: str | None, sentence: str, addressee: bool = False) -> str | None:
    """Channel for a cue of ``lemma`` in ``sentence`` (the sentence text around the cue).

    ``addressee``: the cue is followed by its addressee (``à Ars``, ``told Reuters``): an interview.
    Returns None without a cue.
    """
    if lemma is None:
        return None
    ch = CHANNEL_OF_LEMMA.get(lemma)
    if ch == "tweet":
        return ch
    low = sentence.lower()
    if ("tw" in low or _SPACE_X.search(low)) and _TWEET_CTX.search(sentence):
        return "tweet"
    if ch == "post" or _has(low, _POST_KEYS) and _POST_CTX.search(sentence):
        return "post"
    if ch == "interview" or addressee or _has(low, _INTERVIEW_KEYS) and _INTERVIEW_CTX.search(sentence):
        return "interview"
    if _has(low, _STATEMENT_KEYS) and _STATEMENT_CTX.search(sentence):
        return "statement"
    if lemma in _NONVERBAL:
        return "unknown"
    return "statement"


def _has(low: str, keys: tuple[str, ...]) -> bool:
    for k in keys:  # a plain loop: `any(<genexpr>)` costs more than the substring tests themselves
        if k in low:
            return True
    return False
