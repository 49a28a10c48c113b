"""The ``view`` plugin: adds ``textplug view RECORDS… -o report.html`` through ``register_commands``.

It has no per-document hooks: the view is built from records after a run, so it never slows a run down.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from framework import TextplugError, hookimpl

from .report import DEFAULT_MAX_CHARS, DEFAULT_MAX_DOCUMENTS, write_report

__all__ = ["View", "view_command"]


@click.command("view")
@click.argument("records", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True))
@click.option("-o", "--output", default="report.html", show_default=True, type=click.Path(allow_dash=True),
              help="The HTML file to write, or - for stdout.")
@click.option("--max-docs", default=DEFAULT_MAX_DOCUMENTS, show_default=True, type=click.IntRange(0),
              help="Document pages in the report (a uniform random sample when the run has more).")
@click.option("--max-chars", default=DEFAULT_MAX_CHARS, show_default=True, type=click.IntRange(0),
              help="Characters shown per document (longer texts are cut, and the cut is stated).")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed of the document sample.")
@click.option("--title", default="textplug report", show_default=True, help="Title of the page.")
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
def view_command(records: tuple[str, ...], output: str, max_docs: int, max_chars: int, seed: int, title: str,
                 quiet: bool) -> None:
    """Write an HTML view of RECORDS (JSON lines from `textplug run`, .gz too, - for stdin): a run overview
    with charts, then the documents with quotes, speakers, entities and tweet entities marked."""
    try:
        report = write_report(records, output, max_documents=max_docs, max_chars=max_chars, seed=seed,
                              title=title)
    except TextplugError as exc:
        click.echo(f"textplug: error: {exc}", err=True)
        sys.exit(2)
    if not quiet:
        ov = report.overview
        click.echo(f"textplug view: {ov.records:,} records ({ov.documents:,} documents, {ov.quotes:,} quotes), "
                   f"{len(report.shown):,} document pages -> {output}", err=True)


class View:
    """Registers the ``view`` command; the rendering is in ``plugins.view.report``."""

    name = "view"
    provides: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()

    @hookimpl
    def register_commands(self, cli: Any) -> None:
        cli.add_command(view_command)
