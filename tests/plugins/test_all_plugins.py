"""The built-in plugins together, through the CLI, on one article page: the html reader hands its embedded
tweet to the tweets plugin, the quotes plugin attributes the quote that the article takes from that tweet,
the tweets plugin links them, the language plugin sets the languages and the entities plugin links Musk."""

from __future__ import annotations

from pathlib import Path

import orjson
from click.testing import CliRunner

from framework.cli import cli

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Le conseil de modération ne sera pas formé</title></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article>
<h1>Le conseil de modération ne sera pas formé</h1>
<p>Le nouveau propriétaire du réseau social a tranché mardi soir. « Le conseil de modération du contenu ne sera
pas formé avant que les militants aient rompu leur accord », a tweeté Elon Musk, sans préciser de calendrier. 🚀</p>
<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">The content moderation council will not be
formed before the activists break their deal <a href="https://twitter.com/hashtag/FreeSpeech">#FreeSpeech</a></p>
&mdash; Elon Musk (@elonmusk) <a href="https://twitter.com/elonmusk/status/1590000000000000000">November 8, 2022</a>
</blockquote>
<p>Les militants ont répondu sur Twitter avec le mot-dièse #StopToxicTwitter, selon l'agence.</p>
</article>
<footer>Tous droits réservés</footer>
</body></html>
"""


def run_page(folder: Path, html: str) -> dict:
    """``textplug run page.html`` with every installed plugin (errors raise); the one record it writes."""
    page = folder / "article.html"
    page.write_text(html, encoding="utf-8")
    out = folder / "out.jsonl"
    result = CliRunner().invoke(cli, ["run", str(page), "-o", str(out), "--on-error", "raise"])
    assert result.exit_code == 0, result.output
    [record] = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    return record


def test_one_page_through_every_builtin_plugin(tmp_path: Path) -> None:
    record = run_page(tmp_path, PAGE)
    text, layers = record["text"], record["layers"]

    assert "Accueil" not in text and "droits réservés" not in text  # navigation and footer left out
    assert record["doc"]["lang"]["value"] == "fr"

    [tweet] = layers["embedded_tweet"]
    assert tweet["id"] == "1590000000000000000" and tweet["handle"] == "elonmusk"
    assert tweet.get("lang") == "en"

    quotes = [q for q in layers["quote"] if q["type"] in ("direct", "mixed")]
    [musk] = [q for q in quotes if q["channel"] == "tweet"]
    assert text[musk["parts"][0][0] : musk["parts"][-1][1]].startswith("Le conseil de modération du contenu")
    assert musk["speaker"]["text"] == "Elon Musk" and musk["cue"]["lemma"] == "tweeter"
    assert musk["lang"] == "fr"

    entity = next(e for e in layers["entity"] if text[e["start"] : e["end"]] == "Elon Musk")
    assert entity["kb_id"] == "Q317521"
    assert musk["speaker"].get("entity") == entity["id"]

    assert {h["tag"] for h in layers["hashtag"]} >= {"FreeSpeech", "StopToxicTwitter"}
    assert record["errors"] == []
    assert set(record["provenance"]) >= {"html", "language", "quotes", "tweets", "entities", "source_tags"}


def test_a_quote_taken_from_an_embedded_tweet_is_linked_to_it(tmp_path: Path) -> None:
    english = (
        PAGE.replace('lang="fr"', 'lang="en"')
        .replace("Le conseil de modération ne sera pas formé", "Moderation council will not be formed")
        .replace("Accueil", "Home")
        .replace(
            "Le nouveau propriétaire du réseau social a tranché mardi soir. « Le conseil de modération du contenu ne "
            "sera\npas formé avant que les militants aient rompu leur accord », a tweeté Elon Musk, sans préciser de "
            "calendrier.",
            "The new owner of the social network decided on Tuesday night. “The content moderation council will "
            "not be formed before the activists break their deal,” Elon Musk tweeted, without giving a date.",
        )
        .replace("Les militants ont répondu sur Twitter avec le mot-dièse #StopToxicTwitter, selon l'agence.",
                 "The activists answered on Twitter with the hashtag #StopToxicTwitter, the agency said.")
    )
    assert "tweeté" not in english
    record = run_page(tmp_path, english)
    assert record["doc"]["lang"]["value"] == "en"
    [musk] = [q for q in record["layers"]["quote"] if q["channel"] == "tweet"]
    assert musk["speaker"]["text"] == "Elon Musk" and musk["lang"] == "en"
    [link] = record["layers"]["quote_tweet"]
    assert link["quote"] == musk["id"] and link["tweet"] == "1590000000000000000" and link["score"] > 0.8
