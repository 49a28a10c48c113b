"""The report in a real browser (Debian's chromium, headless): it renders, and the browser's DOM has the
marks lxml wrote. Skipped where /usr/bin/chromium is absent (``.ci/install-browser.sh`` installs it)."""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pytest
from lxml import html
from view_records import gold_record

from plugins.view import render_report

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (run .ci/install-browser.sh)")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    profile = tmp_path / "profile"  # a fresh profile each run
    return subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          timeout=120)


@pytest.fixture(scope="module")
def report(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    record, gold = gold_record(shared_data)
    # emoji before a quote, and a script that must stay text
    emoji = {"id": "emoji", "text": "😀 « 𝔘𝔫𝔦 » <script>document.title='pwned'</script>", "layers": {
        "quote": [{"id": "qe", "start": 2, "end": 9, "type": "direct", "speaker": None}]}}
    path = tmp_path_factory.mktemp("browser") / "report.html"
    path.write_bytes(render_report([record, emoji], title="Browser test"))
    return path, record, gold


def test_the_browser_dom_has_every_quote_and_the_exact_text(report, tmp_path: Path) -> None:
    path, record, gold = report
    done = chromium(tmp_path, "--dump-dom", path.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = html.fromstring(done.stdout)
    assert dom.xpath("string(//title)") == "Browser test"  # the <script> in a text did not run
    texts = dom.find_class("text")
    assert "".join(texts[0].itertext()) == record["text"]
    assert "".join(texts[1].itertext()).startswith("😀 « 𝔘𝔫𝔦 » <script>")
    for quote in gold["quotes"]:
        pieces = dom.xpath("//span[contains(@class, 'quote') and @data-quote=$q]", q=quote["id"])
        assert "".join(p.text_content() for p in pieces) == record["text"][quote["start"]:quote["end"]]
    written = html.fromstring(path.read_bytes())
    assert len(dom.xpath("//figure/svg/g/rect")) == len(written.xpath("//figure/svg/g/rect")) > 10  # inline SVG


def test_screenshot(report, tmp_path: Path) -> None:
    path, _, _ = report
    shot = tmp_path / "report.png"
    done = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,1800", path.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 1800)
    assert len(data) > 50_000  # a page of text and charts, not a blank screen (a blank one is ~5 kB)
