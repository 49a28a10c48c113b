"""Check that the entity layer is unchanged on the whole news corpus, and time old vs new side by side.

Why: speed work on the matcher and linker must not change output. Record a reference once from the code
before a change (``record OUT``), then ``check OUT`` after it (the cases are listed by :func:`cases`: every
news row with and without its language, so the WiNER-fr rows and the English and Italian dev gold texts as the
gold tests run them, the 4 KB documents, and the seed article). ``compare OLD_PARENT`` times a copy of the
old package (``OLD_PARENT/entities_old``, outside the repo) against the current one, interleaved in one
process, CPU time, medians of ``--rounds``, on the news corpus, the 4 KB documents and the documents of both
whose fold changes lengths (the offset-map path); given a git revision instead of a folder (``compare main``), it
makes that copy itself, in a temporary folder.

    python benchmarks/entities_check.py record REF.jsonl
    python benchmarks/entities_check.py check REF.jsonl
    python benchmarks/entities_check.py compare OLD_PARENT --rounds 5
    python benchmarks/entities_check.py compare main --rounds 5   # the package as it is on main
    python benchmarks/entities_check.py build OLD_PARENT --rounds 5   # KB build from the plain-JSON dump lines
    python benchmarks/entities_check.py floor - --rounds 5   # the per-document cost before any matching logic
    python benchmarks/entities_check.py shortcuts -   # how often the matcher's one-token path and memos hit
    python benchmarks/entities_check.py stages - --rounds 5   # CPU time per stage and per kind of start
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from pathlib import Path

import orjson
from revision import package_at  # benchmarks/revision.py

from framework import Document

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "news.jsonl"


def texts(path: Path = NEWS) -> list[str]:
    return [orjson.loads(line)["text"] for line in path.read_bytes().splitlines() if line.strip()]


def cases(path: Path = NEWS) -> list[tuple[str, str | None]]:
    """What ``record``/``check``/``same`` compare: every news row without a language (the plugin's own
    English test), every row again with its ``lang`` as doc.lang (the WiNER-fr rows and the English and
    Italian dev gold texts are rows of the corpus), the 4 KB documents, and the seed article."""
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    ts = [r["text"] for r in rows]
    seed = (ROOT.parent / "shared" / "data" / "seed" / "article.txt").read_text(encoding="utf-8")
    return ([(t, None) for t in ts] + [(r["text"], r.get("lang")) for r in rows]
            + [(t, None) for t in four_kb(ts)] + [(seed, None), (seed, "en")])


def four_kb(ts: list[str]) -> list[str]:
    """The corpus re-cut into ~4,000-character documents, as benchmarks/test_entities.py does."""
    out, buf, size = [], [], 0
    for t in ts:
        buf.append(t)
        size += len(t)
        if size >= 4000:
            out.append("\n\n".join(buf)[:4096])
            buf, size = [], 0
    return out


def plugin(package: str):
    mod = importlib.import_module(package + ".plugin")
    p = mod.Entities()
    p.configure({})
    return p


def layer(p, text: str, lang: str | None = None) -> list[dict]:
    doc = Document({"id": "d", "text": text, "layers": {}, "doc": {"lang": {"value": lang}} if lang else {}})
    p.link_entities(doc)
    return doc.spans("entity")


def run(p, ts: list[str]) -> float:
    t0 = time.process_time()
    for t in ts:
        layer(p, t)
    return time.process_time() - t0


def compare_build(rounds: int) -> int:
    """KB build from the plain-JSON dump items (49), old vs new package, interleaved, CPU time."""
    import tempfile

    src = ROOT.parent / "shared" / "data" / "kb" / "wikidata-dump-sample" / "latest-all.head50.json"
    mb = src.stat().st_size / 1e6
    builds = [importlib.import_module(m + ".build").build_kb for m in ("entities_old", "plugins.entities")]
    with tempfile.TemporaryDirectory() as tmp:
        for name, kw in (("all items", {}), ("--types PER", {"keep_classes": frozenset({"Q5"})})):
            times: list[list[float]] = [[], []]
            n = 0
            for _ in range(rounds):
                for build, acc in zip(builds, times, strict=True):
                    t0 = time.process_time()
                    n = build(Path(tmp) / "kb.sqlite", [src], **kw)["seen"]
                    acc.append(time.process_time() - t0)
            mo, mn = statistics.median(times[0]), statistics.median(times[1])
            print(f"build {name}: old median {mo:.3f} s CPU ({mb / mo:.0f} MB/s, {n / mo:.0f} items/s), "
                  f"new {mn:.3f} s ({mb / mn:.0f} MB/s, {n / mn:.0f} items/s), ratio old/new {mo / mn:.2f}x")
    return 0


def floor(rounds: int) -> int:
    """What a 4 KB document costs with no matching or linking logic: the fold, the start scan, and per
    mention the plugin yields one ``Mention``, one ``Linked`` and one ``add_span`` (same fields), timed
    interleaved with the full plugin (CPU time, medians). Why: it bounds what pure-Python work can reach."""
    from plugins.entities.link import Linked
    from plugins.entities.match import Mention, _starts
    from plugins.entities.normalize import normalize_with_offsets

    docs = four_kb(texts())
    p = plugin("plugins.entities")
    spans = [layer(p, t) for t in docs]

    def bare(t: str, found: list[dict]) -> None:
        _norm, offsets = normalize_with_offsets(t)
        _starts(t, stops=offsets is None)
        doc = Document({"id": "d", "text": t, "layers": {}})
        for n, sp in enumerate(found, 1):
            m = Mention(sp["start"], sp["end"], t[sp["start"]:sp["end"]], "nil", words=("x",))
            li = Linked(m, None, 0.0, sp["type"], m.text)
            doc.add_span("entity", m.start, m.end, id=f"e{n}", type=li.type, kb_id=None, qid=None, name=li.name,
                         score=li.score, cluster=sp["cluster"])

    times: dict[str, list[float]] = {"floor": [], "plugin": []}
    for _ in range(rounds):
        t0 = time.process_time()
        for t, found in zip(docs, spans, strict=True):
            bare(t, found)
        times["floor"].append(time.process_time() - t0)
        times["plugin"].append(run(p, docs))
    per = sum(map(len, spans)) / len(docs)
    for name, ts in times.items():
        us = statistics.median(ts) / len(docs) * 1e6
        print(f"{name}: {us:.0f} us per 4 KB document ({1e6 / us:.0f} docs/s); {per:.1f} mentions per document")
    return 0


def stages(rounds: int) -> int:
    """Where a 4 KB document's time goes: CPU time of the plugin's stages (scan, recall pass, linking,
    writing the spans; medians of ``rounds``), then the matcher's starts by outcome (a KB mention, a NIL
    mention, a start consumed without a mention, nothing) with their count and cost per document.
    Why: it says which part a speed change has to shorten, and what one start or mention costs."""
    from collections import defaultdict

    from plugins.entities.lang_rules import rules_for_text
    from plugins.entities.match import Matcher

    docs = four_kb(texts())
    p = plugin("plugins.entities")
    pt = time.process_time

    def once() -> dict[str, float]:
        t = dict.fromkeys(("scan", "refine", "link", "spans"), 0.0)
        for text in docs:
            doc = Document({"id": "d", "text": text, "layers": {}})
            a = pt()
            rules = rules_for_text(text, None)
            ms, norm = p.matcher.scan(text, doc.ignored(), rules)
            b = pt()
            ms = p.guesser.refine(ms, text, norm, rules)
            c = pt()
            linked = p.linker.link(ms, text, norm)
            d = pt()
            for n, li in enumerate(linked, 1):
                doc.add_span("entity", li.mention.start, li.mention.end, id=f"e{n}", type=li.type, kb_id=None,
                             qid=None, name=li.name, score=li.score, cluster=li.cluster)
            t["scan"] += b - a
            t["refine"] += c - b
            t["link"] += d - c
            t["spans"] += pt() - d
        return t

    once()
    rs = [once() for _ in range(rounds)]
    total = statistics.median(sum(r.values()) for r in rs)
    for name in rs[0]:
        m = statistics.median(r[name] for r in rs)
        print(f"{name}: {m / len(docs) * 1e6:.0f} us per document ({m / total:.0%})")
    print(f"total: {total / len(docs) * 1e6:.0f} us per document ({len(docs) / total:.0f} docs/s)")

    at = Matcher._at
    cost: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])

    def timed_at(self, text, norm, offsets, q, ign, out, state):
        n, t0 = len(out), pt()
        end = at(self, text, norm, offsets, q, ign, out, state)
        kind = f"{out[-1].kind} mention" if len(out) > n else "consumed, no mention" if end else "nothing"
        cost[kind][0] += 1
        cost[kind][1] += pt() - t0
        return end

    Matcher._at = timed_at
    try:
        run(p, docs)
    finally:
        Matcher._at = at
    for kind, (count, secs) in sorted(cost.items()):
        print(f"starts read as {kind}: {count / len(docs):.1f} per document, {secs / count * 1e6:.1f} us each "
              f"(timer included), {secs / len(docs) * 1e6:.0f} us per document")
    return 0


def shortcuts() -> int:
    """How often a start is read as one token (``Matcher._single``) instead of through the window, and
    how often the linker's initials memo answers, on the news corpus then the 4 KB set in one process.
    Why: the saving of each shortcut is its hit rate times the work it skips."""
    from plugins.entities import link
    from plugins.entities.match import Matcher

    counts = {"one token": 0, "window": 0}
    single, window = Matcher._single, Matcher._window

    def counted_single(self, *args):
        win = single(self, *args)
        counts["one token"] += win is not None
        return win

    def counted_window(self, *args):
        counts["window"] += 1
        return window(self, *args)

    Matcher._single, Matcher._window = counted_single, counted_window
    try:
        p = plugin("plugins.entities")
        ts = texts()
        for name, docs in (("news", ts), ("4kb", four_kb(ts))):
            counts.update({"one token": 0, "window": 0})
            link._initials.cache_clear()
            for t in docs:
                layer(p, t)
            read = counts["one token"] + counts["window"]
            info = link._initials.cache_info()
            print(f"{name}: {len(docs)} docs; starts read as one token {counts['one token']} of {read} "
                  f"({counts['one token'] / read:.1%}); initials memo hit rate "
                  f"{info.hits / max(1, info.hits + info.misses):.1%} ({info.hits + info.misses} look-ups)")
    finally:
        Matcher._single, Matcher._window = single, window
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=("record", "check", "compare", "build", "floor", "shortcuts", "stages"))
    ap.add_argument("path")
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    if a.cmd == "floor":
        return floor(a.rounds)
    if a.cmd == "shortcuts":
        return shortcuts()
    if a.cmd == "stages":
        return stages(a.rounds)
    ts = texts()
    if a.cmd == "record":
        p = plugin("plugins.entities")
        with open(a.path, "wb") as f:
            for t, lang in cases():
                f.write(orjson.dumps(layer(p, t, lang)) + b"\n")
        return 0
    if a.cmd == "check":
        p = plugin("plugins.entities")
        ref = Path(a.path).read_bytes().splitlines()
        allt = cases()
        assert len(ref) == len(allt), (len(ref), len(allt))
        bad = [i for i, ((t, lang), r) in enumerate(zip(allt, ref, strict=True))
               if orjson.dumps(layer(p, t, lang)) != r]
        print(f"{len(allt) - len(bad)}/{len(allt)} documents identical")
        for i in bad[:5]:
            print("differs:", i, allt[i][1], allt[i][0][:80].replace("\n", " "))
        return 1 if bad else 0
    if not Path(a.path).is_dir():  # a git revision: copy its package into a temporary folder
        import atexit
        import shutil
        import tempfile

        tmp = tempfile.mkdtemp(prefix="entities-old-")
        atexit.register(shutil.rmtree, tmp, ignore_errors=True)
        package_at(a.path, "entities", "entities_old", Path(tmp))
        a.path = tmp
    sys.path.insert(0, a.path)
    if a.cmd == "build":
        return compare_build(a.rounds)
    old, new = plugin("entities_old"), plugin("plugins.entities")
    from plugins.entities.normalize import normalize_with_offsets

    # the documents of both sets whose fold changes lengths (ß, ligatures, combining marks): the offset-map path
    folded = [t for t in ts + four_kb(ts) if normalize_with_offsets(t)[1] is not None]
    for name, docs in (("news", ts), ("4kb", four_kb(ts)), ("offset-map", folded)):
        run(old, docs[:200]), run(new, docs[:200])  # warm caches
        to, tn = [], []
        for _ in range(a.rounds):
            to.append(run(old, docs))
            tn.append(run(new, docs))
        mo, mn = statistics.median(to), statistics.median(tn)
        # the median of the per-round ratios is steadier than the ratio of medians when the load moves
        rr = statistics.median(o / n for o, n in zip(to, tn, strict=True))
        print(f"{name}: {len(docs)} docs; old median {mo:.3f} s CPU ({len(docs) / mo:.0f} docs/s), "
              f"new {mn:.3f} s ({len(docs) / mn:.0f} docs/s), ratio old/new {mo / mn:.2f}x "
              f"(median of per-round ratios {rr:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
