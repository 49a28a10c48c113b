"""Entities: speed on the news corpus and on 4 KB documents, KB load and build, and quality on real gold sets.

Run: ``pytest benchmarks/test_entities.py --benchmark-only -s`` (figures are printed and kept in extra_info).
Quality figures (WiNER-fr mention detection, HIPE newseye-fr NIL/linking, RSS-500 linking) are measured once
and asserted against floors a regression would break; speeds are reported as documents/s and as a ratio to
the bare JSON loop in the same run.
"""

from __future__ import annotations

import io
import statistics
import time
from pathlib import Path

import orjson
import pytest
from conftest import QUICK, bare_loop, budget

from framework import Pipeline
from framework.batch import process_many_json
from framework.io import read_jsonl
from plugins.entities.build import build_kb
from plugins.entities.evaluate import iter_newseye, iter_nif, iter_winer, score_linking, score_mentions
from plugins.entities.kb import KB


@pytest.fixture(scope="module")
def pipe(kb_path: Path) -> Pipeline:
    return Pipeline.from_config(plugins=("entities",), settings={"entities": {"kb": str(kb_path)}})


def run(pipe: Pipeline, data: bytes) -> int:
    out = io.BytesIO()
    for line in process_many_json(pipe, read_jsonl(io.BytesIO(data), "news.jsonl", {})):
        out.write(line)
    return out.tell()


def _four_kb_docs(news_jsonl: bytes) -> bytes:
    """The corpus re-cut into ~4,000-character documents (paragraphs of consecutive articles)."""
    out, buf = [], []
    size = 0
    for line in news_jsonl.splitlines():
        text = orjson.loads(line)["text"]
        buf.append(text)
        size += len(text)
        if size >= 4000:
            joined = "\n\n".join(buf)[:4096]
            out.append(orjson.dumps({"id": f"d{len(out)}", "text": joined}))
            buf, size = [], 0
    return b"\n".join(out) + b"\n"


@pytest.mark.guard
def test_bare_loop(benchmark, news_jsonl: bytes) -> None:
    assert benchmark(bare_loop, news_jsonl) > 0


@pytest.mark.guard
def test_entities_news(benchmark, pipe: Pipeline, news_jsonl: bytes) -> None:
    """The news corpus (2,808 articles, ~1.9 KB each) through the entities plugin."""
    budget(benchmark, 400)  # measured 135-245x the bare loop on a loaded machine: a regression guard
    n = news_jsonl.count(b"\n")
    if QUICK:  # the CI guard: a few seconds
        assert benchmark.pedantic(run, args=(pipe, news_jsonl), rounds=3, iterations=1, warmup_rounds=0) > 0
    else:
        assert benchmark(run, pipe, news_jsonl) > 0
    docs_s = n / benchmark.stats.stats.median
    benchmark.extra_info.update(docs=n, docs_per_s=round(docs_s, 1),
                                mb_per_s=round(len(news_jsonl) / benchmark.stats.stats.median / 1e6, 3))
    print(f"\nentities on news: {n} docs, median {benchmark.stats.stats.median:.3f} s, {docs_s:.0f} docs/s")


def test_entities_4kb_docs(benchmark, pipe: Pipeline, news_jsonl: bytes) -> None:
    """4 KB documents: wall-clock docs/s (pytest-benchmark's timer) and CPU-time docs/s of the same rounds.
    Why both: the aim (2,000 documents/s per core) is CPU time; on the shared 2-core machine the wall clock
    of a loaded run can read half of it."""
    data = _four_kb_docs(news_jsonl)
    n = data.count(b"\n")
    cpu: list[float] = []

    def timed() -> int:
        start = time.process_time()
        size = run(pipe, data)
        cpu.append(time.process_time() - start)
        return size

    assert benchmark.pedantic(timed, rounds=3, iterations=1) > 0
    docs_s = n / benchmark.stats.stats.median
    cpu_docs_s = n / statistics.median(cpu)
    benchmark.extra_info.update(docs=n, docs_per_s=round(docs_s, 1), cpu_docs_per_s=round(cpu_docs_s, 1))
    print(f"\nentities on 4 KB docs: {n} docs, {docs_s:.0f} docs/s (wall), {cpu_docs_s:.0f} docs/s (CPU time)")


def test_kb_load(benchmark, kb_path: Path) -> None:
    def load() -> KB:
        kb = KB(kb_path)
        kb.close()
        return kb

    benchmark(load)
    size = kb_path.stat().st_size
    benchmark.extra_info.update(bytes=size)
    print(f"\ndefault KB: {size / 1e6:.1f} MB, load median {benchmark.stats.stats.median * 1000:.1f} ms")
    assert benchmark.stats.stats.median < 1.0


_RSS_SCRIPT = """
import resource, sys, time
def rss():
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from framework import Document
from plugins.entities.plugin import Entities
before = rss()
t = time.perf_counter()
p = Entities()
p.configure({"entities": {"kb": sys.argv[1]}})
load = time.perf_counter() - t
loaded = rss()
for line in open(sys.argv[2], "rb"):
    doc = Document({"id": "d", "text": __import__("orjson").loads(line)["text"], "layers": {}})
    p.link_entities(doc)
print(before, loaded, rss(), load)
"""


def test_kb_memory(kb_path: Path, shared_data: Path) -> None:
    """Resident memory of the default KB in a fresh process: after opening it, and after linking the
    whole news corpus (the entity and candidate caches filled). Budget: 500 MB."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _RSS_SCRIPT, str(kb_path), str(shared_data / "news" / "news.jsonl")],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[1])
    before, loaded, after, load = map(float, out.stdout.split())
    print(f"\ndefault KB resident memory: interpreter {before:.0f} MB, KB open {loaded:.0f} MB "
          f"(+{loaded - before:.0f} MB, configure {load * 1000:.0f} ms), after linking the news corpus "
          f"{after:.0f} MB (+{after - before:.0f} MB)")
    assert after - before <= 500


def test_kb_build_from_dump(benchmark, shared_data: Path, tmp_path: Path) -> None:
    """The real dump lines (149 items, 4.6 MB of JSON: large items, countries and cities)."""
    inputs = [shared_data / "kb" / "wikidata-dump-sample" / "latest-all.head50.json",
              shared_data / "kb" / "opentapioca-samples" / "sample_wikidata_items.json.bz2"]
    stats = benchmark.pedantic(build_kb, args=(tmp_path / "wd.sqlite", inputs), rounds=3, iterations=1)
    benchmark.extra_info.update(entities=stats["records"], entities_per_s=stats["entities_per_s"])
    print(f"\nkb build: {stats['records']} entities, {stats['entities_per_s']} entities/s (reading)")


def test_kb_build_plain_json(benchmark, shared_data: Path, tmp_path: Path) -> None:
    """The plain-JSON dump lines alone (50 large 2017 items, 3.7 MB): MB/s is the honest figure, since
    entities/s depends on item size (a lazy simdjson parse with the ``wikidata`` extra, else orjson)."""
    src = shared_data / "kb" / "wikidata-dump-sample" / "latest-all.head50.json"
    stats = benchmark.pedantic(build_kb, args=(tmp_path / "wd.sqlite", [src]), rounds=5, iterations=1)
    med = benchmark.stats.stats.median
    mb_s = src.stat().st_size / med / 1e6
    benchmark.extra_info.update(entities=stats["records"], items_per_s=round(stats["records"] / med),
                                mb_per_s=round(mb_s, 1))
    print(f"\nkb build, plain JSON: {stats['records']} items, {stats['records'] / med:.0f} items/s, {mb_s:.0f} MB/s")


def _predict(pipe: Pipeline):
    return lambda text: pipe.process(text)["layers"].get("entity", [])


def test_quality_winer(benchmark, pipe: Pipeline, shared_data: Path) -> None:
    """Exact-span mention detection on the WiNER-fr articles of news.jsonl (Person, Location, Organization)."""
    rows = list(iter_winer(shared_data / "news" / "news.jsonl"))
    if QUICK:
        rows = rows[:100]
    t = time.perf_counter()
    scores = benchmark.pedantic(score_mentions, args=(rows, _predict(pipe)), rounds=1, iterations=1)
    benchmark.extra_info.update(scores)
    print(f"\nWiNER-fr ({len(rows)} docs, {len(rows) / (time.perf_counter() - t):.0f} docs/s):")
    for k, v in scores.items():
        print(f"  {k:12} P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f}  ({v['tp']}/{v['pred']} pred, "
              f"{v['gold']} gold)")
    if not QUICK:  # floors of the full set (measured P 0.76 R 0.70 typed)
        assert scores["all"]["p"] >= 0.72 and scores["all"]["r"] >= 0.66
        assert scores["PER"]["r"] >= 0.78


def test_quality_newseye(benchmark, pipe: Pipeline, kb_path: Path, shared_data: Path) -> None:
    """HIPE-2022 newseye-fr: NIL detection, and linking accuracy on the gold QIDs the default KB holds."""
    docs = list(iter_newseye(shared_data / "el" / "newseye-fr" / "HIPE-2022-v2.1-newseye-test-fr.jsonl"))
    kb = KB(kb_path)
    qids = {q for (q,) in kb.db.execute("SELECT qid FROM entities WHERE qid IS NOT NULL")}
    scores = benchmark.pedantic(score_linking, args=(docs, _predict(pipe), qids.__contains__), rounds=1,
                                iterations=1)
    benchmark.extra_info.update(scores)
    print(f"\nnewseye-fr ({len(docs)} docs): {scores}")
    assert scores["nil"]["nil_accuracy_of_found"] >= 0.95
    assert scores["in_kb"]["accuracy"] >= 0.6


def test_quality_rss500(benchmark, pipe: Pipeline, kb_path: Path, shared_data: Path) -> None:
    """RSS-500 (English news sentences, Wikidata links) as OpenTapioca ships it."""
    docs = list(iter_nif(shared_data / "kb" / "opentapioca-samples" / "RSS-500_wd.ttl"))
    kb = KB(kb_path)
    qids = {q for (q,) in kb.db.execute("SELECT qid FROM entities WHERE qid IS NOT NULL")}
    scores = benchmark.pedantic(score_linking, args=(docs, _predict(pipe), qids.__contains__), rounds=1,
                                iterations=1)
    benchmark.extra_info.update(scores)
    print(f"\nRSS-500 ({len(docs)} docs): {scores}")
    assert len(docs) == 500
    assert scores["nil"]["nil_accuracy_of_found"] >= 0.95
