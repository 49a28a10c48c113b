"""Records for the view tests: the seed article's gold as a record, and generated runs of any size."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from framework import new_record


def gold_record(shared_data: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The seed article as a record holding its gold annotations (DESIGN §3 shapes), and the gold itself.

    Entities with a known Wikidata id are linked; the others are NIL with one cluster per gold target, so
    the record has both kinds. A quote's speaker points at the entity mention on the same span.
    """
    text = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_data / "seed" / "gold.json").read_text(encoding="utf-8"))
    clusters: dict[str, str] = {}
    entities = []
    for n, mention in enumerate(gold["entities"]):
        kb_id = gold["kb_ids"].get(mention["entity"])
        span = {"id": f"e{n}", "start": mention["start"], "end": mention["end"], "type": mention["type"]}
        if kb_id:
            span.update(kb_id=kb_id, name=mention["entity"], score=0.9)
        else:
            span.update(kb_id=None, cluster=clusters.setdefault(mention["entity"], f"c{len(clusters) + 1}"))
        entities.append(span)
    by_span = {(e["start"], e["end"]): e["id"] for e in entities}
    quotes = []
    for quote in gold["quotes"]:
        span = {k: quote[k] for k in ("id", "start", "end", "type", "parts", "cue", "channel")}
        span["lang"] = "fr"
        if quote["speaker"]:
            speaker = dict(quote["speaker"])
            speaker["entity"] = by_span.get((speaker["start"], speaker["end"]), speaker["entity"])
            span["speaker"] = speaker
        else:
            span["speaker"] = None
        quotes.append(span)
    tag = gold["source_tag"]
    record = new_record(text, gold["id"], meta={"title": gold["title"], "format": "text"})
    record["doc"] = {"lang": {"value": "fr", "score": 0.99, "by": "language"},
                     "source": {"value": {"tag": tag["tag"], "id": tag["id"], "name": "Ars Technica",
                                          "url": "https://arstechnica.com/"}, "by": "source_tags"}}
    record["layers"] = {"quote": quotes, "entity": entities, "hashtag": gold["hashtags"],
                        "source_tag": [{"start": tag["start"], "end": tag["end"], "id": tag["id"]}]}
    return record, gold


SPEAKERS = [("Elon Musk", "Q317521"), ("Donald Trump", "Q22686"), ("Jessica Gonzalez", None),
            ("Ada Lovelace", "Q7259"), ("Derrick Johnson", None)]
CHANNELS = ["tweet", "statement", "interview", "post", "unknown"]
LANGS = ["fr", "en", "de"]


def generated_record(n: int, rng: random.Random) -> dict[str, Any]:
    """A small synthetic record (a quote with speaker and cue, entities, a hashtag, an emoji) numbered ``n``."""
    name, kb_id = rng.choice(SPEAKERS)
    quote = f"«\u00a0Nous avons {n} raisons 🎉 d'y croire\u00a0»"
    text = f"🚀 {quote}, a tweeté {name}. Voir #Tag{n % 50} et @user{n % 7}.\nSource-{n % 300}"
    q0 = text.index("«")
    q1 = q0 + len(quote)
    s0 = text.index(name)
    c0 = text.index("a tweeté")
    h0 = text.index("#Tag")
    m0 = text.index("@user")
    t0 = text.index("Source-")
    entity = {"id": "e1", "start": s0, "end": s0 + len(name), "type": "PER"}
    entity.update({"kb_id": kb_id, "name": name} if kb_id else {"kb_id": None, "cluster": "c1"})
    record = new_record(text, f"gen-{n}")
    record["doc"] = {"lang": {"value": LANGS[n % 3], "score": 0.9, "by": "language"},
                     "source": {"value": {"tag": f"Source-{n % 300}", "id": n % 300, "name": None},
                                "by": "source_tags"}}
    record["layers"] = {
        "quote": [{"id": "q1", "start": q0, "end": q1, "type": "direct", "parts": [[q0 + 2, q1 - 2]],
                   "speaker": {"start": s0, "end": s0 + len(name), "text": name, "entity": "e1"},
                   "cue": {"start": c0, "end": c0 + 8, "text": "a tweeté", "lemma": "tweeter"},
                   "channel": CHANNELS[n % 5], "lang": "fr"}],
        "entity": [entity],
        "hashtag": [{"start": h0, "end": h0 + len(f"#Tag{n % 50}"), "tag": f"Tag{n % 50}"}],
        "mention": [{"start": m0, "end": m0 + len(f"@user{n % 7}"), "screen_name": f"user{n % 7}"}],
        "source_tag": [{"start": t0, "end": len(text), "id": n % 300}],
    }
    if n % 97 == 0:
        record["errors"].append({"plugin": "quotes" if n % 2 else "entities", "hook": "segment_document",
                                 "type": "ValueError", "message": f"boom <{n}>"})
    return record
