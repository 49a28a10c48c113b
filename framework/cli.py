"""The ``textplug`` command: ``run`` documents through the pipeline, list ``plugins``; plugins add more.

Exit codes: 0 all documents processed cleanly; 1 the run finished but some records carry errors;
2 usage or configuration error; 3 the run was stopped (error rate exceeded, ``--on-error raise``);
130 interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from importlib import resources
from typing import Any

import click
import orjson

from .batch import RunStats, process_many_json
from .config import PipelineConfig, parse_settings
from .errors import ErrorRateExceeded, PluginError, TextplugError
from .io import AtomicOutput, JsonlWriter, iter_inputs, output_kind, resolve_inputs
from .pipeline import Pipeline
from .registry import check_plugin_names, load_plugins

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE, EXIT_STOPPED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
SAMPLES = "samples/samples.jsonl"

__all__ = ["main", "cli"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="textplug")
def cli() -> None:
    """textplug: news articles and tweets in, structured records (JSON lines) out."""


def _pipeline_options(function: Any) -> Any:
    options = [
        click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False),
                     help="TOML or JSON config file."),
        click.option("--set", "settings", multiple=True, metavar="PLUGIN.KEY=VALUE",
                     help="A plugin setting (repeatable)."),
        click.option("--plugins", "allow", metavar="A,B", help="Only these plugins."),
        click.option("--disable", metavar="A,B", help="Not these plugins."),
        click.option("--plugin-module", "modules", multiple=True, metavar="MODULE[:ATTR]",
                     help="Load a plugin from an import path: installed, on PYTHONPATH or in the current folder "
                          "(repeatable)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _build_config(config_file: str | None, settings: tuple[str, ...], allow: str | None, disable: str | None,
                  modules: tuple[str, ...], **extra: Any) -> PipelineConfig:
    config = PipelineConfig.build(config_file, plugins=allow, **{k: v for k, v in extra.items() if v is not None})
    if disable:
        config = PipelineConfig.build(config, disable=tuple(config.disable) + tuple(disable.split(",")))
    if modules:
        config = PipelineConfig.build(config, modules=tuple(config.modules) + modules)
    if config.modules and os.getcwd() not in sys.path:
        # as with ``python -m``: a plugin module beside the user loads (worker processes inherit sys.path)
        sys.path.insert(0, os.getcwd())
    return config.with_settings(parse_settings(settings))


def _pipeline(config: PipelineConfig) -> Pipeline:
    """The pipeline for a command, refusing block-list entries and settings that name no plugin."""
    pipeline = Pipeline(config)
    check_plugin_names(config, pipeline.plugins)
    return pipeline


def _fail(message: str, code: int) -> None:
    click.echo(f"textplug: error: {message}", err=True)
    sys.exit(code)


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(allow_dash=True),
              help="Output file (.jsonl, .jsonl.gz) or - for stdout.")
@click.option("--format", "in_format", help="Input format (default: by file extension; jsonl for stdin).")
@click.option("--output-format", "out_format", help="Output format (default: by extension; jsonl).")
@click.option("--id-field", help="JSON-lines field holding the id (default: id).")
@click.option("--text-field", help="JSON-lines field holding the text (default: text).")
@click.option("-w", "--workers", default=1, show_default=True, type=click.IntRange(1),
              help="Worker processes. 1: the documents run in this process, unless --isolate.")
@click.option("--isolate", is_flag=True,
              help="With -w 1, run the documents in one worker process: a plugin that kills its process "
                   "(os._exit, a crash in native code) then costs one WorkerCrashed error record. Without it, such "
                   "a crash ends the run with the crash's exit code and no output file (a hidden .OUTPUT.*.tmp is "
                   "left). -w 2 or more always isolates.")
@click.option("--on-error", type=click.Choice(["record", "raise", "dead-letter"]), help="Error policy.")
@click.option("--dead-letter", type=click.Path(dir_okay=False), help="File for records with errors.")
@click.option("--max-error-rate", type=click.FloatRange(0, 1), metavar="SHARE",
              help=f"Fail the run (exit 3, no output file) when more than this share of documents fails: checked "
                   f"after each document once {PipelineConfig.min_documents_for_rate} are done (config "
                   "min_documents_for_rate), and on the whole run at its end, however short.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: partitions on a Dask cluster, -o is a folder (pip install 'textplug[dask]').")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: a local cluster of --workers).")
@click.option("--partitions", type=click.IntRange(1), help="Dask partitions (default: one per 16 MB or file).")
@click.option("--resume", is_flag=True, help="Dask: write only the partitions a failed run left missing.")
@click.option("--connect-timeout", type=click.FloatRange(0, min_open=True), default=3.0, show_default=True,
              metavar="SECONDS", help="Dask: how long to try to reach --scheduler (longer for one still starting).")
@_pipeline_options
def run(inputs: tuple[str, ...], output: str, in_format: str | None, out_format: str | None,
        id_field: str | None, text_field: str | None, workers: int, isolate: bool, on_error: str | None,
        dead_letter: str | None, max_error_rate: float | None, progress: bool | None, quiet: bool,
        engine: str, scheduler: str | None, partitions: int | None, resume: bool, connect_timeout: float,
        **pipeline_options: Any) -> None:
    """Process INPUTS (files, folders, quoted globs, - for stdin; .gz too) into records. With no INPUTS, runs on the
    bundled sample documents."""
    if engine == "dask" and on_error == "dead-letter":
        if dead_letter:
            _fail("--engine dask writes the dead letters of partition N to dead-letter-N.jsonl in the output "
                  "folder: drop --dead-letter", EXIT_USAGE)
        dead_letter = os.path.join(output, "dead-letter-*.jsonl")  # what it writes; the config wants a name
    try:
        config = _build_config(**pipeline_options, on_error=on_error, dead_letter=dead_letter,
                               max_error_rate=max_error_rate)
        pipeline = _pipeline(config)
        reader_options = {k: v for k, v in (("id_field", id_field), ("text_field", text_field)) if v}
        inputs = tuple(resolve_inputs(inputs))
        if engine == "dask":
            from .dask_engine import describe_interruption, run_command

            try:
                code = run_command(pipeline, inputs, output, scheduler, partitions, workers, in_format,
                                   reader_options, resume, quiet, connect_timeout)
            except KeyboardInterrupt:
                _fail(describe_interruption(output), EXIT_INTERRUPTED)
            sys.exit(code)
        # stdout, a device or a pipe (-o /dev/null) has no extension to go by: JSON lines
        plain = output_kind(output) != "file"
        writer_format = pipeline.formats.writer_for(output, out_format or ("jsonl" if plain else None))
        if inputs:
            documents = iter_inputs(inputs, pipeline.formats, in_format, reader_options)
            names = list(inputs)
        else:
            documents = _samples()
            names = ["<bundled samples>"]
    except TextplugError as exc:
        _fail(str(exc), EXIT_USAGE)
    stats = RunStats()
    pipeline.pm.hook.batch_started(info={"inputs": names, "workers": workers, "engine": "local"})
    show = sys.stderr.isatty() if progress is None else progress
    try:
        with ExitStack() as outputs:
            writer = writer_format.handler(outputs.enter_context(AtomicOutput(output)), {})
            dead = None
            if config.on_error == "dead-letter" and config.dead_letter:
                dead = JsonlWriter(outputs.enter_context(AtomicOutput(config.dead_letter)), {})
            lines = process_many_json(pipeline, documents, workers=workers, stats=stats, isolate=isolate)
            for line in _progress(lines, show):
                _write(dead if dead is not None and stats.last_failed else writer, line)
            writer.close()
    except (ErrorRateExceeded, PluginError) as exc:
        _fail(str(exc), EXIT_STOPPED)
    except TextplugError as exc:
        _fail(str(exc), EXIT_USAGE)
    except KeyboardInterrupt:
        _fail("interrupted" if output == "-" else "interrupted; no output file was written", EXIT_INTERRUPTED)
    summary = stats.finish()
    pipeline.pm.hook.batch_finished(stats=summary)
    if not quiet:
        click.echo(summary_line(summary), err=True)
    sys.exit(EXIT_DOC_ERRORS if summary["error_records"] or summary["documents_with_errors"] else EXIT_OK)


def _write(writer: Any, line: bytes) -> None:
    if hasattr(writer, "write_json"):
        writer.write_json(line)
    else:
        writer.write(orjson.loads(line))


def _progress(lines: Iterator[bytes], show: bool) -> Iterator[bytes]:
    if not show:
        return lines
    from tqdm import tqdm

    return iter(tqdm(lines, unit=" docs", file=sys.stderr, dynamic_ncols=True))


def _samples() -> Iterator[dict[str, Any]]:
    data = resources.files("framework").joinpath(SAMPLES).read_bytes()
    for line in data.splitlines():
        if line.strip():
            yield orjson.loads(line)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--check", is_flag=True,
              help="Validate the plugins against the hook specs and their declarations (on the bundled samples); "
                   "exit 1 on any error.")
@_pipeline_options
def plugins(as_json: bool, check: bool, **pipeline_options: Any) -> None:
    """List the enabled plugins: name, version, distribution, hooks, provides/requires, phase order."""
    if check:
        _check_plugins(as_json, **pipeline_options)
        return
    try:
        pipeline = _pipeline(_build_config(**pipeline_options))
    except TextplugError as exc:
        _fail(str(exc), EXIT_USAGE)
    order = pipeline.phase_order()
    rows = [
        {"name": info.name, "version": info.version, "distribution": info.dist, "origin": info.origin,
         "hooks": info.hooks, "provides": list(info.provides), "requires": list(info.requires),
         "uses": list(info.uses)}
        for info in pipeline.plugins
    ]
    if as_json:
        click.echo(orjson.dumps({"plugins": rows, "order": order}, option=orjson.OPT_INDENT_2).decode())
        return
    for row in rows:
        click.echo(f"{row['name']} {row['version'] or ''} ({row['distribution'] or row['origin']})")
        click.echo(f"  hooks:    {', '.join(row['hooks'])}")
        click.echo(f"  provides: {', '.join(row['provides']) or '-'}")
        click.echo(f"  requires: {', '.join(row['requires']) or '-'}")
        if row["uses"]:
            click.echo(f"  uses:     {', '.join(row['uses'])}")
    click.echo("order:")
    for phase, names in order.items():
        click.echo(f"  {phase}: {', '.join(names) or '-'}")


@cli.command("new-plugin")
@click.argument("name")
@click.option("--phase", "phases", multiple=True, metavar="PHASE[,PHASE]",
              help="Phases to implement (repeatable): prepare, language, segment, annotate, link, finalize or the "
                   "hook names; default: annotate.")
@click.option("-d", "--directory", default=".", show_default=True, type=click.Path(file_okay=False),
              help="Where to create the package folder textplug-NAME.")
@click.option("--force", is_flag=True, help="Write into an existing, non-empty folder.")
def new_plugin(name: str, phases: tuple[str, ...], directory: str, force: bool) -> None:
    """Create a ready-to-install plugin package textplug-NAME: pyproject with the entry point, a module
    implementing the chosen phases, tests using textplug's pytest fixtures, a README."""
    from .scaffold import create_plugin

    chosen = [p.strip() for value in phases for p in value.split(",") if p.strip()]
    try:
        root = create_plugin(name, directory, chosen or None, force=force)
    except TextplugError as exc:
        _fail(str(exc), EXIT_USAGE)
    click.echo(f"created {root}\nnext:\n  cd {root}\n  pip install -e '.[test]'\n  pytest\n"
               "  textplug plugins --check")


def _check_plugins(as_json: bool, **pipeline_options: Any) -> None:
    from .check import ERROR, check_plugins

    try:
        config = _build_config(**pipeline_options)
    except TextplugError as exc:
        _fail(str(exc), EXIT_USAGE)
    infos, problems = check_plugins(config, list(_samples()))
    errors = sum(p.level == ERROR for p in problems)
    if as_json:
        click.echo(orjson.dumps({"plugins": [{"name": i.name, "distribution": i.dist, "version": i.version}
                                             for i in infos],
                                 "problems": [p.as_dict() for p in problems]}, option=orjson.OPT_INDENT_2).decode())
    else:
        versions = {i.name: i.version for i in infos}
        for plugin in sorted({p.plugin for p in problems}):
            found = [p for p in problems if p.plugin == plugin]
            dist = found[0].distribution
            where = f"distribution {dist} {versions.get(plugin) or ''}".rstrip() if dist else "not from a distribution"
            click.echo(f"{plugin} ({where}):")
            for p in found:
                click.echo(f"  {p.level} [{p.kind}] {p.message}")
        unloaded = {(p.plugin, p.distribution) for p in problems if p.kind in ("load", "contract")}
        dists = {i.dist for i in infos if i.dist} | {dist for _, dist in unloaded if dist}
        warnings = len(problems) - errors
        click.echo(f"checked {len(infos) + len(unloaded)} plugin(s) from {len(dists)} distribution(s), "
                   f"{len(unloaded)} not loadable: {errors} error(s), {warnings} warning(s)", err=True)
    sys.exit(EXIT_DOC_ERRORS if errors else EXIT_OK)


def _register_plugin_commands() -> None:
    """Let installed plugins add subcommands; a broken plugin costs its commands, not the CLI."""
    import pluggy

    from . import hookspecs

    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    try:
        infos = load_plugins(PipelineConfig.build())
    except TextplugError as exc:
        click.echo(f"textplug: warning: plugin commands unavailable: {exc}", err=True)
        return
    for info in infos:
        pm.register(info.obj, name=info.name)
    pm.hook.register_commands(cli=cli)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``textplug`` console script."""
    _register_plugin_commands()
    cli.main(args=argv, prog_name="textplug")


def summary_line(summary: dict[str, Any], where: str = "") -> str:
    """The closing line of a run: counts that reconcile, then the rate (``where`` says where the output went)."""
    return (
        f"textplug: {summary['inputs']} inputs -> {summary['records']} records + {summary['error_records']} "
        f"error records ({summary['documents_with_errors']} records with plugin errors) {where}in "
        f"{summary['seconds']:.2f} s: {_rate(summary['docs_per_s'])} docs/s, {summary['mb_per_s']:.2f} MB/s"
    )


def _rate(docs_per_s: float) -> str:
    """Whole documents per second, but two significant digits below 10 (a 5 MB document is not 0 docs/s)."""
    return f"{docs_per_s:.0f}" if docs_per_s >= 10 else f"{docs_per_s:.2g}"
