"""The run report: overview counts, speakers by entity, sampling with a stated limit, a self-contained page."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import orjson
from lxml import html
from view_records import CHANNELS, generated_record, gold_record

from framework import new_record
from plugins.view import build_report, render_report, write_report
from plugins.view.keys import Identity
from plugins.view.overview import Overview, TopCounter


def generated(n: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    return [generated_record(i, rng) for i in range(n)]


def chart(page, title: str) -> dict[str, int]:
    """A chart's bars as {label: count}, read from the SVG tooltips."""
    (figure,) = page.xpath("//figure[figcaption=$t]", t=title)
    bars = {}
    for tip in figure.xpath(".//g[@class='bar']/title"):
        label, _, count = tip.text.rpartition(": ")
        bars[label] = int(count.replace(",", ""))
    return bars


def test_overview_counts_match_the_records() -> None:
    records = generated(200)
    page = html.fromstring(render_report(records))
    assert chart(page, "Quotes by channel") == {c: 40 for c in CHANNELS}
    assert chart(page, "Document languages") == {"fr": 67, "en": 67, "de": 66}
    assert chart(page, "Quotes by type") == {"direct": 200}
    errors = [e["plugin"] for r in records for e in r["errors"]]
    assert chart(page, "Errors by plugin") == {p: errors.count(p) for p in set(errors)}
    speakers = chart(page, "Most quoted speakers")
    expected: dict[str, int] = {}
    for record in records:
        entity = record["layers"]["entity"][0]
        label = f"{entity['name']} ({entity['kb_id']})" if entity.get("kb_id") else record["text"][
            entity["start"]:entity["end"]]
        expected[label] = expected.get(label, 0) + 1
    assert speakers == expected
    stats = {li[1].text: li[0].text for li in page.xpath("//ul[@class='stats']/li")}
    assert stats["documents"] == "200" and stats["quotes"] == "200" and stats["quotes with a speaker"] == "100 %"


def test_speakers_are_counted_by_entity_not_by_surface_form() -> None:
    def quoted(text: str, speaker: str, entity: dict | None) -> dict:
        record = new_record(text, text)
        s = text.index(speaker)
        spk = {"start": s, "end": s + len(speaker)}
        layers = {"quote": [{"start": 0, "end": 5, "type": "direct", "speaker": spk}]}
        if entity is not None:
            layers["entity"] = [{"id": "e1", "start": s, "end": s + len(speaker), **entity}]
            spk["entity"] = "e1"
        record["layers"] = layers
        return record

    musk = {"kb_id": "Q317521", "name": "Elon Musk", "type": "PER"}
    records = [quoted("«a», dit Musk.", "Musk", musk), quoted("«b», dit Elon Musk.", "Elon Musk", musk),
               quoted("«c», dit Musk.", "Musk", None),  # unlinked: its surface form
               quoted("«d», dit Jessica Gonzalez, puis Gonzalez.", "Gonzalez",
                      {"kb_id": None, "cluster": "c1"})]
    full = records[3]["text"].index("Jessica Gonzalez")
    records[3]["layers"]["entity"].insert(0, {"id": "e0", "start": full, "end": full + 16, "cluster": "c1"})
    overview = Overview()
    for record in records:
        overview.add(record)
    top = {identity.label: count for identity, count in overview.speakers.top(10)}
    assert top == {"Elon Musk": 2, "Musk": 1, "Jessica Gonzalez": 1}
    assert overview.quotes_linked == 2 and overview.entity_linked == 2


def test_large_runs_are_sampled_with_a_stated_limit_in_input_order() -> None:
    report = build_report(iter(generated(3000)), max_documents=25, seed=7)
    page = html.fromstring(report.tobytes())
    sections = page.xpath("//section[contains(@class, 'doc')]")
    ids = [int(s.get("id").removeprefix("doc-")) for s in sections]
    assert len(ids) == 25 and ids == sorted(ids) and ids == report.shown
    assert max(ids) > 1000  # a sample over the whole run, not its head
    assert "Showing 25 of 3,000 records: a uniform random sample (seed 7" in page.text_content()
    assert [a.get("href") for a in page.xpath("//nav//a")] == [f"#doc-{i}" for i in ids]
    again = build_report(iter(generated(3000)), max_documents=25, seed=7)
    assert again.shown == report.shown and again.tobytes() == report.tobytes()  # reproducible


def test_top_counter_is_bounded_and_says_when_it_is_approximate() -> None:
    counter = TopCounter(capacity=100)
    for n in range(1000):
        counter.add(Identity(f"k{n % 10}", f"frequent {n % 10}"))
        counter.add(Identity(f"rare{n}", f"rare {n}"))
    assert len(counter.counts) <= 100 and not counter.exact
    assert [label.label for label, _ in counter.top(10)] == sorted(f"frequent {n}" for n in range(10))
    assert all(count >= 100 - counter.dropped_max for _, count in counter.top(10))
    report = build_report(generated(300), capacity=2)
    assert "top lists are approximate" in html.fromstring(report.tobytes()).text_content()


def test_the_page_is_self_contained_and_well_formed(shared_data: Path) -> None:
    seed, _ = gold_record(shared_data)
    data = render_report([seed, *generated(20)], title="Run <1>")
    assert data.startswith(b"<!DOCTYPE html>")
    page = html.fromstring(data)
    assert page.xpath("string(//title)") == "Run <1>" and page.xpath("string(//h1)") == "Run <1>"
    assert not page.xpath("//script | //link | //iframe | //object | //embed | //img | //*[@src]")
    csp = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and csp[0].startswith("default-src 'none'")
    style = page.xpath("string(//style)")
    assert "url(" not in style and "@import" not in style
    external = [a.get("href") for a in page.iter("a") if not a.get("href", "#").startswith("#")]
    assert external and all(h.startswith("https://") for h in external)
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))
    assert len(page.xpath("//figure[@class='chart']")) == 10 and page.xpath("//svg/g/rect")
    assert len(page.xpath("//section[contains(@class, 'doc')]")) == 21


def test_write_report_reads_jsonl_gz_and_counts_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl.gz"
    lines = b"".join(orjson.dumps(r) + b"\n" for r in generated(30)) + b"{broken\n"
    source.write_bytes(gzip.compress(lines))
    out = tmp_path / "report.html"
    report = write_report([str(source)], str(out), max_documents=5)
    assert report.overview.records == 31 and report.overview.error_records == 1
    assert report.overview.errors_by_plugin["textplug.io"] == 1
    page = html.fromstring(out.read_bytes())
    assert len(page.xpath("//section[contains(@class, 'doc')]")) == 5
    assert not list(tmp_path.glob(".report.html.*"))  # atomic output: no temporary left


def test_sampled_records_are_kept_trimmed_and_the_cut_is_stated(monkeypatch) -> None:
    from plugins.view import report as report_module

    monkeypatch.setattr(report_module, "MAX_SPANS", 3)
    text = "« a » " * 20 + "x" * 1000
    record = new_record(text, "big")
    record["layers"] = {"quote": [{"start": 6 * i, "end": 6 * i + 5} for i in range(20)],
                        "entity": [{"start": 1100, "end": 1105}]}
    kept = report_module.trim(record, 50)
    assert len(kept["text"]) == 50 and kept["_length"] == len(text) and kept["_dropped"] == 17
    assert record["text"] == text and len(record["layers"]["quote"]) == 20  # the input is not changed
    page = html.fromstring(build_report([record], max_chars=50).tobytes())
    assert page.find_class("text")[0].text_content() == text[:50]
    assert f"Text cut at 50 of {len(text):,} characters" in page.text_content()
    assert "17 spans past the view's limit per layer not shown" in page.text_content()
    assert not page.find_class("bad-spans")  # the entity past the cut is not an error
    assert len(page.xpath("//div[@class='text']/span[contains(@class, 'quote')]")) == 3
