# ruff: noqa: E501  (HTML fixtures are kept on their natural lines)
"""The `html` plugin through the command line, discovered by its entry point (no --plugin-module)."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from framework.cli import cli

PAGE = """<html lang="en"><head><meta charset="utf-8"><title>A title | The Paper</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
<article><h1>A title</h1><p>\u201cWe will see\u201d, she said, and then a long sentence followed, with commas, so that it counts \U0001F600.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello world</p>&mdash; Jane (@jane) <a href="https://twitter.com/jane/status/1044502590266978309">September 25, 2018</a></blockquote>
<p>One more paragraph.</p></article><footer><p>Copyright, all rights reserved, and some more words here.</p></footer></body></html>"""


def run(*args: str) -> tuple[int, str, list[dict]]:
    """`textplug run ARGS -o out.jsonl -q` -> (exit code, stderr+stdout, records)."""
    out = Path(args[-1])
    res = CliRunner().invoke(cli, ["run", *args[:-1], "-o", str(out), "-q"], catch_exceptions=False)
    recs = [orjson.loads(line) for line in out.read_bytes().splitlines()] if out.exists() else []
    return res.exit_code, res.output, recs


def test_entry_point_is_declared():
    eps = {ep.name: ep.value for ep in metadata.entry_points(group="textplug")}
    assert eps.get("html") == "plugins.html:Html", "reinstall the package (pip install -e .) to refresh entry points"


def test_run_one_page(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    code, output, [rec] = run(str(page), str(tmp_path / "out.jsonl"))
    assert code == 0, output
    assert rec["meta"]["format"] == "html" and rec["meta"]["title"] == "A title" and rec["meta"]["lang"] == "en"
    assert rec["meta"]["file"] == str(page)  # as the core's text reader names it
    assert rec["text"].startswith("A title\n\n\u201cWe will see\u201d") and "Home" not in rec["text"]
    assert "Copyright" not in rec["text"]
    [tw] = rec["layers"]["embedded_tweet"]
    assert rec["text"][tw["text_start"]:tw["text_end"]] == "Hello world"
    # both built-ins were discovered by entry point and ran cleanly
    assert rec["errors"] == [] and {"html", "source_tags"} <= set(rec["provenance"])


def test_run_folder_with_bad_pages(tmp_path: Path):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "good.html").write_text(PAGE, encoding="utf-8")
    (pages / "sub" / "zipped.htm.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    (pages / "broken.html").write_bytes(b"<html><body><p>broken <b>markup <i>still</p> gives text</div></span")
    # Windows-1252 bytes declared as ISO-8859-1 (browsers read them as windows-1252)
    (pages / "latin.html").write_bytes('<meta charset="iso-8859-1"><p>\u201cCaf\u00e9\u201d \u20ac 5</p>'.encode("cp1252"))
    # declared UTF-8 but written in windows-1252
    (pages / "liar.html").write_bytes('<meta charset="utf-8"><p>na\u00efve \u2019</p>'.encode("cp1252"))
    (pages / "empty.html").write_bytes(b"")
    (pages / "scripts.html").write_bytes(b"<html><body><script>x()</script><nav><a>Home</a></nav></body></html>")
    (pages / "image.html").write_bytes(bytes(range(256)) * 8)
    (pages / "big.html").write_bytes(b"<p>" + b"word " * 5000 + b"</p>")
    (pages / "notes.md").write_text("not a page", encoding="utf-8")  # unknown extension: a NoReader error record
    code, output, recs = run("--set", "html.max_bytes=20000", str(pages), str(tmp_path / "out.jsonl"))
    assert code == 1, output  # finished, some records are errors
    by = {Path(r["id"]).name: r for r in recs}
    assert sorted(by) == ["big.html", "broken.html", "empty.html", "good.html", "image.html", "latin.html",
                          "liar.html", "notes.md", "scripts.html", "zipped.htm.gz"]
    assert by["notes.md"]["errors"][0]["type"] == "NoReader"
    assert by["zipped.htm.gz"]["text"] == by["good.html"]["text"]
    assert by["broken.html"]["text"] == "broken markup still\n\ngives text"
    assert by["latin.html"]["text"] == "\u201cCaf\u00e9\u201d \u20ac 5"
    assert by["liar.html"]["text"] == "na\u00efve \u2019" and by["liar.html"]["meta"]["encoding"] == "cp1252"
    causes = {"empty.html": "empty document", "scripts.html": "no text outside scripts",
              "image.html": "binary data, not an HTML page", "big.html": "exceeds the limit of 20000 bytes"}
    for name, cause in causes.items():
        rec = by[name]
        assert rec["status"] == "error", name
        [err] = rec["errors"]
        assert err["plugin"] == "html" and err["type"] == "ParseError" and cause in err["message"], err
        assert name in err["message"]
    assert all(by[n].get("status") != "error" for n in ("good.html", "broken.html", "latin.html", "liar.html"))


def test_format_html_on_json_lines(tmp_path: Path):
    src = tmp_path / "rows.jsonl"
    rows = [
        orjson.dumps({"id": "r1", "url": "https://example.org/r1", "html": PAGE}),
        orjson.dumps({"id": "r2", "html": ""}),
        b"{not json",
        orjson.dumps({"id": "r4", "page": PAGE}),
    ]
    src.write_bytes(b"\n".join(rows) + b"\n")
    code, output, recs = run("--format", "html", str(src), str(tmp_path / "out.jsonl"))
    assert code == 1, output
    assert [r["id"] for r in recs][:2] == ["r1", "r2"] and len(recs) == 4
    assert recs[0]["meta"]["file"] == str(src) and recs[0]["meta"]["line"] == 1
    assert recs[0]["meta"]["url"] == "https://example.org/r1" and recs[0]["layers"]["embedded_tweet"][0]["handle"] == "jane"
    assert [r["errors"][0]["type"] for r in recs[1:]] == ["ParseError", "InvalidJSON", "MissingText"]
    assert all(r["errors"][0]["plugin"] == "html" for r in recs[1:])
    # the field named with --text-field
    code, output, recs = run("--format", "html", "--text-field", "page", str(src), str(tmp_path / "out2.jsonl"))
    assert recs[3]["id"] == "r4" and recs[3]["meta"]["title"] == "A title"


def test_console_script_on_stdin(tmp_path: Path):
    exe = shutil.which("textplug", path=os.path.dirname(sys.executable)) or shutil.which("textplug")
    if exe is None:
        pytest.skip("the textplug console script is not installed")
    src = orjson.dumps({"id": "s1", "html": PAGE}) + b"\n"
    proc = subprocess.run([exe, "run", "--format", "html", "-", "-q"], input=src, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    [rec] = [orjson.loads(line) for line in proc.stdout.splitlines()]
    assert rec["id"] == "s1" and rec["layers"]["paragraph"][0]["title"] is True
