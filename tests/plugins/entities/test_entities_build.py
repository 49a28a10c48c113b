"""Building KBs from the real Wikidata dump lines of ../shared/data/kb (149 items), JSON-lines overlays, the CLI."""

from __future__ import annotations

import bz2
import gzip
import itertools
import os
import stat
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from framework import Pipeline
from framework.cli import cli
from plugins.entities.build import build_kb, iter_dump_lines, iter_wikidata, parse_types
from plugins.entities.commands import kb as kb_command
from plugins.entities.kb import KB, Flag
from plugins.entities.types import TYPE_CLASSES

HEAD50 = ("wikidata-dump-sample", "latest-all.head50.json")
TAPIOCA = ("opentapioca-samples", "sample_wikidata_items.json.bz2")


@pytest.fixture(scope="module")
def dump_kb(kb_data: Path, tmp_path_factory) -> KB:
    out = tmp_path_factory.mktemp("kb") / "wd.sqlite"
    stats = build_kb(out, [kb_data.joinpath(*HEAD50), kb_data.joinpath(*TAPIOCA)])
    assert stats["seen"] == 149 and stats["kept"] == 149
    return KB(out)


def test_dump_items_labels_types_priors(dump_kb: KB):
    scotland = dump_kb.get("Q22")
    assert scotland.label == "Écosse" and scotland.type == "LOC" and scotland.qid == "Q22"
    assert dump_kb.get("Q185").type == "PER"                      # Larry Sanger, P31 Q5
    assert dump_kb.get("Q2013").type == "ORG"                     # Wikidata, P31 website
    assert dump_kb.get("Q31").prior > dump_kb.get("Q185").prior  # Belgium has more sitelinks
    assert {e.id for e, _ in dump_kb.lookup("Scotland")} == {"Q22"}
    assert "Q22" in {e.id for e, _ in dump_kb.lookup("ecosse")}   # folded like the text will be


def test_handles_and_hashtags_become_sigil_aliases(dump_kb: KB):
    assert [(e.id, fl & Flag.SIGIL) for e, fl in dump_kb.lookup("@villedetours")] == [("Q288", Flag.SIGIL)]
    assert {e.id for e, _ in dump_kb.lookup("#Wikidata")} == {"Q2013"}
    assert {e.id for e, _ in dump_kb.lookup("@lsanger")} == {"Q185"}


def test_noisy_aliases_are_flagged(dump_kb: KB):
    """Real alias noise of the dump: 'be' (Belgium) and 'scot' are lower-case, so they need strong evidence."""
    assert all(fl & Flag.LOWER for _e, fl in dump_kb.lookup("be"))
    assert dump_kb.lookup("🇧🇪") == []


def test_linking_with_a_dump_kb(dump_kb: KB):
    pipe = Pipeline.from_config(plugins=("entities",), settings={"entities": {"kb": str(dump_kb.path)}})
    text = ("Larry Sanger a parlé de #Wikidata à Tours (@villedetours), puis en Écosse. "
            "On le sait, be scot : rien de plus.")
    ents = {text[e["start"]:e["end"]]: e for e in pipe.process(text)["layers"]["entity"]}
    assert ents["Larry Sanger"]["kb_id"] == "Q185" and ents["Larry Sanger"]["type"] == "PER"
    assert ents["#Wikidata"]["kb_id"] == "Q2013"
    assert ents["@villedetours"]["kb_id"] == "Q288"
    assert ents["Écosse"]["kb_id"] == "Q22"
    assert "be" not in ents and "scot" not in ents


def test_type_filter_keeps_the_humans(kb_data: Path, tmp_path: Path):
    stats = build_kb(tmp_path / "per.sqlite", [kb_data.joinpath(*HEAD50)], keep_classes=parse_types("PER"))
    kb = KB(tmp_path / "per.sqlite")
    assert stats["seen"] == 49 and stats["entities"] == 4
    assert {kb.get(q).label for q in ("Q23", "Q185", "Q255", "Q306")} == {
        "George Washington", "Larry Sanger", "Ludwig van Beethoven", "Sebastián Piñera"}


def test_language_filter(kb_data: Path, tmp_path: Path):
    build_kb(tmp_path / "en.sqlite", [kb_data.joinpath(*HEAD50)], langs=("en",))
    kb = KB(tmp_path / "en.sqlite")
    assert kb.get("Q22").label == "Scotland" and kb.lookup("Écosse") == []


def test_compressed_and_single_entity_inputs(kb_data: Path, tmp_path: Path):
    raw = kb_data.joinpath(*HEAD50).read_bytes()
    (tmp_path / "d.json.gz").write_bytes(gzip.compress(raw))
    (tmp_path / "d.json.bz2").write_bytes(bz2.compress(raw))
    for name in ("d.json.gz", "d.json.bz2"):
        assert build_kb(tmp_path / f"{name}.sqlite", [tmp_path / name])["entities"] == 49
    one = build_kb(tmp_path / "q22.sqlite", [kb_data / "wikidata-dump-sample" / "Q22.json"])
    assert one["entities"] == 1 and KB(tmp_path / "q22.sqlite").get("Q22") is not None


def test_dump_reading_is_streamed(kb_data: Path):
    """An endless dump yields its first entities at once: nothing reads ahead or holds the whole file."""
    lines = kb_data.joinpath(*HEAD50).read_bytes().splitlines(keepends=True)[1:-1]
    endless = itertools.chain([b"[\n"], itertools.cycle(lines))
    first = list(itertools.islice(iter_dump_lines(endless), 100))
    assert len(first) == 100 and orjson.loads(first[0])["id"] == "Q22"


def test_bad_lines_are_counted_not_fatal(kb_data: Path, tmp_path: Path):
    lines = kb_data.joinpath(*HEAD50).read_bytes().splitlines(keepends=True)
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"".join(lines[:5] + [b'{"id": "Q1", "labels": {,\n'] + lines[5:]))
    stats: dict = {}
    assert len(list(iter_wikidata(broken, stats=stats))) == 49
    assert stats["bad_lines"] == 1


def test_overlay_on_a_base(dump_kb: KB, tmp_path: Path):
    overlay = tmp_path / "nick.jsonl"
    overlay.write_text('# nicknames\n{"id": "Q185", "aliases": {"fr": ["le père de Wikipédia"]}}\n'
                       '{"id": "textplug:x", "label": "Xyzzy Corp", "type": "ORG"}\n', encoding="utf-8")
    build_kb(tmp_path / "o.sqlite", [overlay], base=dump_kb.path, langs=None)
    kb = KB(tmp_path / "o.sqlite")
    assert len(kb) == len(dump_kb) + 1
    assert {e.id for e, _ in kb.lookup("père de Wikipédia")} == set()  # aliases are matched whole
    assert {e.id for e, _ in kb.lookup("le père de Wikipédia")} == {"Q185"}
    assert kb.get("Q185").label == "Larry Sanger" and kb.get("Q185").type == "PER"  # merged, not replaced


def test_bad_overlay_names_the_line(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "Q1"}\n{"label": "no id"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        build_kb(tmp_path / "x.sqlite", [bad])
    assert not (tmp_path / "x.sqlite").exists()


def test_cli_kb_build_and_lookup(kb_data: Path, tmp_path: Path):
    runner = CliRunner()
    out = tmp_path / "cli.sqlite"
    result = runner.invoke(cli, ["kb", "build", str(out), str(kb_data.joinpath(*HEAD50)), "--types", "PER,LOC"])
    if result.exit_code == 2 and "No such command" in result.output:  # the hook registers it in main()
        result = runner.invoke(kb_command, ["build", str(out), str(kb_data.joinpath(*HEAD50)), "--types", "PER,LOC"])
    assert result.exit_code == 0, result.output
    stats = orjson.loads(result.stdout)
    assert stats["seen"] == 49 and 4 < stats["entities"] < 49
    found = runner.invoke(kb_command, ["lookup", str(out), "Beethoven"])
    assert found.exit_code == 0
    missing = runner.invoke(kb_command, ["build", str(tmp_path / "y.sqlite"), str(tmp_path / "nope.json")])
    assert missing.exit_code == 2 and "input not found" in missing.output


@pytest.mark.parametrize("args, says", [
    (["{out}", "{tmp}/nope.json"], "input not found: {tmp}/nope.json"),
    (["{tmp}/no/such/folder/kb.sqlite", "{dump}"], "output folder {tmp}/no/such/folder does not exist"),
    (["{out}", "{dump}", "--types", "PER,PERSON"], "--types: unknown type 'PERSON'; use PER, ORG, LOC, PROD"),
])
def test_cli_kb_build_usage_mistakes_exit_2_with_one_line(kb_data: Path, tmp_path: Path, args: list[str],
                                                         says: str) -> None:
    values = {"out": tmp_path / "kb.sqlite", "tmp": tmp_path, "dump": kb_data.joinpath(*HEAD50)}
    result = CliRunner().invoke(kb_command, ["build", *(a.format(**values) for a in args)])
    assert result.exit_code == 2 and says.format(**values) in result.output, result.output
    assert len(result.output.splitlines()) == 1 and not (tmp_path / "kb.sqlite").exists()


def test_parse_types_refuses_unknown_names() -> None:
    assert parse_types("per, Q42") == TYPE_CLASSES["PER"] | {"Q42"}
    with pytest.raises(ValueError, match="unknown type 'HUMANS'"):
        parse_types("HUMANS")


def test_register_commands_hook_adds_kb():
    import click

    from plugins.entities import Entities

    group = click.Group()
    Entities().register_commands(group)
    assert "build" in group.commands["kb"].commands


def test_overlay_trusts_an_alias_the_base_already_has(dump_kb: KB, tmp_path: Path):
    """Re-declaring a noisy dump alias in an overlay makes it a trusted (user) alias, not a duplicate."""
    overlay = tmp_path / "be.jsonl"
    overlay.write_text('{"id": "Q31", "aliases": ["be"]}\n', encoding="utf-8")
    build_kb(tmp_path / "be.sqlite", [overlay], base=dump_kb.path, langs=None)
    flags = [fl for e, fl in KB(tmp_path / "be.sqlite").lookup("be") if e.id == "Q31"]
    assert flags and flags[0] & Flag.USER and flags[0] & Flag.LOWER


def test_default_kb_replaces_older_versions(tmp_path: Path, monkeypatch, default_kb_path: Path):
    from plugins.entities.default import ensure_default_kb

    monkeypatch.setenv("TEXTPLUG_CACHE_DIR", str(tmp_path))
    stale = tmp_path / "entities-default-000000000000.sqlite"
    stale.write_bytes(b"old")
    monkeypatch.setattr("plugins.entities.build.build_kb",
                        lambda path, *a, **k: Path(path).write_bytes(default_kb_path.read_bytes()))
    path = ensure_default_kb()
    assert path.exists() and not stale.exists()


@pytest.mark.parametrize("langs", [("fr", "en"), None])
def test_lazy_simdjson_parse_equals_the_orjson_parse(kb_data: Path, monkeypatch, langs):
    """The lazy simdjson path (extra ``wikidata``) reads exactly what the full orjson parse reads."""
    pytest.importorskip("simdjson")
    from plugins.entities import build

    paths = [kb_data.joinpath(*HEAD50), kb_data.joinpath(*TAPIOCA)]
    lazy = [r for p in paths for r in iter_wikidata(p, langs=langs)]
    monkeypatch.setattr(build, "simdjson", None)
    monkeypatch.setattr(build, "_OBJECT", (dict,))
    full = [r for p in paths for r in iter_wikidata(p, langs=langs)]
    assert len(lazy) == len(full) == 149
    assert lazy == full
    assert any(r.handles for r in full) and any(r.p279 for r in full)


def test_a_line_that_is_not_an_object_is_a_bad_line(tmp_path: Path):
    dump = tmp_path / "odd.json"
    dump.write_bytes(b'[\n[1, 2],\n"Q1",\n{"type": "item", "id": "Q2", "labels": {"fr": {"language": "fr", '
                     b'"value": "Deux"}}}\n]\n')
    stats: dict = {}
    assert [r.id for r in iter_wikidata(dump, stats=stats)] == ["Q2"]
    assert stats["bad_lines"] == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_cli_kb_build_refuses_to_replace_a_device_or_pipe(kb_data: Path, tmp_path: Path) -> None:
    """The KB is written beside its path and renamed onto it: onto /dev/null that would replace the device."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = CliRunner().invoke(kb_command, ["build", str(fifo), str(kb_data.joinpath(*HEAD50))])
    assert result.exit_code == 2 and f"{fifo} is not a regular file" in result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
