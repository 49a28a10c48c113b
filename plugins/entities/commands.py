"""``textplug kb``: build and inspect knowledge bases (added to the CLI by the ``register_commands`` hook)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import orjson

from framework import TextplugError
from framework.io import output_kind

__all__ = ["kb"]


def _langs(value: str) -> tuple[str, ...] | None:
    value = value.strip()
    if value in ("", "*", "all"):
        return None
    return tuple(x.strip() for x in value.split(",") if x.strip())


class _UsageError(click.ClickException):
    """A usage mistake (a wrong path, an unknown type): one line and exit 2, like ``textplug run``."""

    exit_code = 2


@click.group()
def kb() -> None:
    """Knowledge bases for the entities plugin."""


@kb.command("build")
@click.argument("output", type=click.Path(dir_okay=False))
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--langs", default="fr,en", show_default=True,
              help="Languages of labels, aliases and descriptions to keep ('*' for all).")
@click.option("--types", default="", metavar="PER,ORG,LOC,PROD|Q…",
              help="Keep only dump items whose P31 is one of these classes (names stand for the class tables).")
@click.option("--min-sitelinks", default=0, show_default=True, help="Drop dump items with fewer sitelinks.")
@click.option("--base", type=click.Path(exists=True, dir_okay=False),
              help="Start from this KB (the inputs are an overlay onto it).")
@click.option("--default", "default", is_flag=True,
              help="Include the bundled default KB's gazetteers and curated entities.")
def build(output: str, inputs: tuple[str, ...], langs: str, types: str, min_sitelinks: int, base: str | None,
          default: bool) -> None:
    """Build the KB file OUTPUT from Wikidata JSON dumps (.json, .json.gz, .json.bz2; streamed),
    JSON-lines entity files (.jsonl) and alias tables (.tsv). Prints statistics as JSON.

    \b
    textplug kb build wd.sqlite latest-all.json.gz --types PER,ORG,LOC --min-sitelinks 5
    textplug kb build mine.sqlite nicknames.jsonl --base wd.sqlite
    textplug kb build default.sqlite --default
    """
    from .build import build_kb, parse_types

    if not inputs and not default and base is None:
        raise click.UsageError("give at least one input (or --default / --base)")
    try:
        keep_classes = parse_types(types)
    except ValueError as exc:
        raise _UsageError(f"--types: {exc}") from exc
    missing = next((path for path in inputs if path != "-" and not Path(path).exists()), None)
    if missing is not None:
        raise _UsageError(f"input not found: {missing}")
    if not Path(output).resolve().parent.is_dir():
        raise _UsageError(f"output folder {Path(output).parent} does not exist")
    try:
        regular = output_kind(output) == "file"
    except TextplugError as exc:  # a folder
        raise _UsageError(str(exc)) from exc
    if not regular:  # the KB is renamed onto it: not onto /dev/null or a pipe
        raise _UsageError(f"output {output} is not a regular file")
    try:
        stats = build_kb(output, inputs, langs=_langs(langs), keep_classes=keep_classes,
                         min_sitelinks=min_sitelinks, base=base, gazetteers=default)
    except FileNotFoundError as exc:
        raise _UsageError(f"input not found: {exc.filename}") from exc
    except (ValueError, OSError, EOFError) as exc:
        raise click.ClickException(str(exc)) from exc
    sys.stdout.buffer.write(orjson.dumps(stats, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))


@kb.command("lookup")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.argument("alias")
def lookup(path: str, alias: str) -> None:
    """The entities whose alias normalises like ALIAS (JSON lines: id, label, type, prior)."""
    from .kb import KB

    try:
        base = KB(path)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    for ent, flags in base.lookup(alias):
        line = {"id": ent.id, "qid": ent.qid, "label": ent.label, "type": ent.type, "prior": round(ent.prior, 3),
                "flags": flags, "description": ent.description}
        sys.stdout.buffer.write(orjson.dumps(line, option=orjson.OPT_APPEND_NEWLINE))
