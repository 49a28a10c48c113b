"""The view on real news text: records of the news corpus with rule-made layers, reported with the default
page limit; compared with the bare loop over the same records (read, orjson loads/dumps, write).

The layers are made here by simple rules (quote marks, capitalised names, a cue word, ``tweet`` nearby) so
the benchmark does not depend on the other plugins; what is measured is the view's own work.

``python benchmarks/test_view.py N OUT.jsonl`` writes N such records (the corpus repeated, ids made unique):
the input of the 100,000-record measurement in docs/view.md.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from conftest import budget  # noqa: I001 - benchmarks/conftest.py

from framework import new_record
from plugins.view import build_report

QUOTE = re.compile(r"«[^«»]{1,1500}»|“[^“”]{1,1500}”|\"[^\"\n]{1,1500}\"")
NAME = re.compile(r"\b[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+){1,2}\b")
CUE = re.compile(r"\b(said|says|told|wrote|tweeted|a déclaré|a dit|a tweeté|ha detto|ha dichiarato)\b")
KNOWN = {"Donald Trump": "Q22686", "Elon Musk": "Q317521", "Barack Obama": "Q76", "Emmanuel Macron": "Q3052772",
         "Angela Merkel": "Q567", "Matteo Renzi": "Q47559", "Hillary Clinton": "Q6294", "François Hollande": "Q2105"}


def make_record(article: dict, number: int) -> dict:
    """A record of one news article with ``quote`` (speaker, cue, channel), ``entity`` and doc layers."""
    text = article["text"]
    record = new_record(text, f"{article['id']}#{number}", meta={"title": article.get("title"), "url": article.get(
        "url"), "format": "text"})
    record["doc"] = {"lang": {"value": article.get("lang"), "score": 0.9, "by": "bench"},
                     "source": {"value": {"tag": None, "id": None, "name": article.get("source")}, "by": "bench"}}
    clusters: dict[str, str] = {}
    entities = []
    for n, match in enumerate(NAME.finditer(text)):
        name = match.group()
        entity = {"id": f"e{n}", "start": match.start(), "end": match.end(), "type": "PER"}
        if name in KNOWN:
            entity.update(kb_id=KNOWN[name], name=name, score=0.9)
        else:
            entity.update(kb_id=None, cluster=clusters.setdefault(name, f"c{len(clusters)}"))
        entities.append(entity)
    quotes = []
    for n, match in enumerate(QUOTE.finditer(text)):
        quote = {"id": f"q{n}", "start": match.start(), "end": match.end(), "type": "direct",
                 "parts": [[match.start() + 1, match.end() - 1]], "speaker": None, "cue": None,
                 "lang": article.get("lang")}
        after = text[match.end():match.end() + 80]
        cue = CUE.search(after)
        if cue:
            quote["cue"] = {"start": match.end() + cue.start(), "end": match.end() + cue.end(), "text": cue.group()}
            near = [e for e in entities if match.end() <= e["start"] < match.end() + 80]
            if near:
                quote["speaker"] = {"start": near[0]["start"], "end": near[0]["end"],
                                    "text": text[near[0]["start"]:near[0]["end"]], "entity": near[0]["id"]}
        window = text[max(0, match.start() - 100):match.end() + 100].lower()
        quote["channel"] = "tweet" if "tweet" in window else "statement" if cue else "unknown"
        quotes.append(quote)
    record["layers"] = {"quote": quotes, "entity": entities}
    return record


def news_records(corpus: Path, count: int | None = None) -> Iterator[bytes]:
    """JSON lines of records made from the news corpus (repeated until ``count`` when given)."""
    articles = [orjson.loads(line) for line in corpus.read_bytes().splitlines() if line.strip()]
    total = len(articles) if count is None else count
    for n in range(total):
        yield orjson.dumps(make_record(articles[n % len(articles)], n)) + b"\n"


@pytest.fixture(scope="module")
def records_jsonl(news_jsonl: bytes, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    corpus = tmp_path_factory.mktemp("view") / "news.jsonl"
    corpus.write_bytes(news_jsonl)
    return b"".join(news_records(corpus))


def bare_records(data: bytes) -> int:
    out = io.BytesIO()
    for line in io.BytesIO(data):
        out.write(orjson.dumps(orjson.loads(line), option=orjson.OPT_APPEND_NEWLINE))
    return out.tell()


def view(data: bytes) -> int:
    """The report with one page per 14 records: 200 pages (the default) for the whole corpus, and the same
    share of pages in quick mode, so the ratio to the bare loop does not depend on the mode."""
    pages = max(1, data.count(b"\n") // 14)
    report = build_report((orjson.loads(line) for line in io.BytesIO(data)), max_documents=pages)
    return len(report.tobytes())


@pytest.mark.guard
def test_view_records_bare_loop(benchmark, records_jsonl: bytes) -> None:
    assert benchmark(bare_records, records_jsonl) > 0


@pytest.mark.guard
def test_view_report(benchmark, records_jsonl: bytes) -> None:
    """Budget: the overview of every record plus the 200 sampled pages; rendering every document instead
    (the regression this catches) costs several times more."""
    budget(benchmark, 20.0, baseline="test_view_records_bare_loop")
    assert benchmark(view, records_jsonl) > 0


if __name__ == "__main__":
    target = Path(sys.argv[2])
    corpus = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "news.jsonl"
    with target.open("wb") as handle:
        for line in news_records(corpus, int(sys.argv[1])):
            handle.write(line)
