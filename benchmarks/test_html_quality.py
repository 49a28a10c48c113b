"""Article-text quality of the `html` plugin against mediacloud's reference extraction, beside trafilatura.

The 15 Global Voices article pages of ../shared/data/html/ against their `extracted_text` in
../shared/data/news/news.jsonl (source `mediacloud/backend…`; the file's text starts with a title line the
data builder added, which is removed here so the reference is mediacloud's own extraction). Measure: token
precision and recall (`plugins.html.quality.token_prf`: case-folded `\\w+` tokens as multisets).

    pytest benchmarks/test_html_quality.py -s           # ours; trafilatura beside it when installed
    python benchmarks/test_html_quality.py              # the same table, as Markdown

trafilatura is optional (`pip install -e ".[html-compare]"`); it is not a dependency of the default install.
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson

from plugins.html.plugin import html_to_document
from plugins.html.quality import token_prf

PAGES = range(1, 16)
TARGET_RECALL, TARGET_PRECISION = 0.95, 0.90


def references(data: Path) -> dict[int, str]:
    """Page number -> mediacloud's extracted text (the added title line removed)."""
    refs = {}
    for line in (data / "news" / "news.jsonl").read_bytes().splitlines():
        row = orjson.loads(line)
        if row.get("source", "").startswith("mediacloud/backend"):
            text = row["text"]
            head = row["title"] + "\n\n"
            refs[int(row["id"].split(":")[1])] = text[len(head):] if text.startswith(head) else text
    return refs


def _trafilatura():
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def extractors() -> dict:
    """name -> function(page bytes) -> article text."""
    out = {"textplug": lambda raw: html_to_document(raw, "page")["text"]}
    traf = _trafilatura()
    if traf is not None:
        out["trafilatura"] = lambda raw: traf.extract(raw, include_comments=False) or ""
        out["trafilatura_recall"] = lambda raw: traf.extract(raw, include_comments=False, favor_recall=True) or ""
    return out


def table(data: Path) -> list[dict]:
    """One row per page: precision and recall of every extractor."""
    refs = references(data)
    fns = extractors()
    rows = []
    for page in PAGES:
        raw = (data / "html" / f"gv_{page}.html").read_bytes()
        row = {"page": f"gv_{page}", "ref_tokens": len(refs[page].split())}
        for name, fn in fns.items():
            p, r, _ = token_prf(fn(raw), refs[page])
            row[name] = (round(p, 3), round(r, 3))
        rows.append(row)
    return rows


def markdown(rows: list[dict]) -> str:
    names = [k for k in rows[0] if k not in ("page", "ref_tokens")]
    head = "| page | ref words | " + " | ".join(f"{n} P | {n} R" for n in names) + " |"
    sep = "|" + "---|" * (2 + 2 * len(names))
    lines = [head, sep]
    for row in rows:
        cells = " | ".join(f"{row[n][0]:.3f} | {row[n][1]:.3f}" for n in names)
        lines.append(f"| {row['page']} | {row['ref_tokens']} | {cells} |")
    lo = {n: (min(r[n][0] for r in rows), min(r[n][1] for r in rows)) for n in names}
    lines.append("| **min** | | " + " | ".join(f"**{lo[n][0]:.3f}** | **{lo[n][1]:.3f}**" for n in names) + " |")
    return "\n".join(lines)


def test_quality_against_reference_beside_trafilatura(shared_data: Path) -> None:
    rows = table(shared_data)
    print("\n" + markdown(rows))
    for row in rows:
        p, r = row["textplug"]
        assert r >= TARGET_RECALL and p >= TARGET_PRECISION, row
    if "trafilatura" in rows[0]:
        # the engine choice: ours is kept while it is at least as good as trafilatura on every page
        for row in rows:
            assert sum(row["textplug"]) >= sum(row["trafilatura"]) - 0.01, row


if __name__ == "__main__":
    here = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(here))
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "shared" / "data"
    print(markdown(table(data)))
