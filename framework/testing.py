"""Test helpers for plugin authors, shipped as a pytest plugin (``pytest11`` entry point ``textplug``).

With textplug installed, these fixtures are available in every test, no import needed:

- ``textplug_pipeline(*plugins, settings=None)``: a pipeline with only the plugins under test (classes,
  instances, modules, ``"module:Class"`` paths or names of installed plugins); installed plugins are not
  discovered, so a test never depends on what else is installed;
- ``textplug_record(text, *plugins, settings=None)``: one record from a text (or an input dict);
- ``textplug_samples``: the bundled sample documents (English and French news, tweets), offline;
- ``textplug_data``: the shared corpora folder (``--textplug-data DIR``, ``TEXTPLUG_DATA``, or ``shared/data``
  beside or above the project); the test is skipped with a clear message when it is absent;
- ``textplug_corpus(pipeline, "seed/*.txt", limit=100)``: records from the shared corpora files matching a
  glob (skipped when absent).

And plain functions, importable anywhere (``from framework.testing import assert_span``):
``make_pipeline``, ``make_record``, ``assert_span``, ``assert_no_span``, ``assert_doc``, ``assert_no_errors``,
``span_texts``, ``run_corpus``, ``sample_documents``, and ``cpu_seconds`` for linear-time tests.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import orjson
import pytest

from .config import PipelineConfig
from .hookspecs import PROJECT
from .io import iter_inputs
from .pipeline import Pipeline

__all__ = [
    "make_pipeline",
    "make_record",
    "assert_span",
    "assert_no_span",
    "assert_doc",
    "assert_no_errors",
    "span_texts",
    "find_spans",
    "run_corpus",
    "sample_documents",
    "find_shared_data",
    "cpu_seconds",
]

DATA_ENV = "TEXTPLUG_DATA"


# -- timing --------------------------------------------------------------------------------------------
def cpu_seconds(function: Callable[..., Any], *args: Any, samples: int = 3) -> float:
    """The best of ``samples`` CPU-time measurements of ``function(*args)``.

    For linear-time tests (an input and 8 times it must cost about 8 times as much): CPU time, not wall
    time, and the best sample, because one sample on a shared machine can be inflated several times by load.
    """
    best = float("inf")
    for _ in range(samples):
        start = time.process_time()
        function(*args)
        best = min(best, time.process_time() - start)
    return best


# -- building pipelines --------------------------------------------------------------------------------
def _entry_point_spec(name: str) -> str:
    for ep in metadata.entry_points(group=PROJECT):
        if ep.name == name:
            return ep.value
    installed = sorted(ep.name for ep in metadata.entry_points(group=PROJECT))
    raise LookupError(f"no installed textplug plugin named {name!r}; installed: {', '.join(installed) or 'none'}")


def make_pipeline(*plugins: Any, settings: Mapping[str, Mapping[str, Any]] | None = None,
                  **config: Any) -> Pipeline:
    """A pipeline with exactly ``plugins`` (and the core readers/writers), nothing discovered.

    Each plugin is a class, an instance, a module, an import path ``"package.module:Class"`` or the name of an
    installed plugin (its entry point). ``settings`` is ``{plugin: {key: value}}``; other keywords go to
    ``PipelineConfig`` (``on_error="raise"`` makes a plugin exception fail the test with its traceback).
    The ``TEXTPLUG_PLUGINS`` / ``TEXTPLUG_DISABLE`` environment variables are not applied.
    """
    modules: list[str] = []
    objects: list[Any] = []
    for plugin in plugins:
        if isinstance(plugin, str):
            modules.append(plugin if ":" in plugin or "." in plugin else _entry_point_spec(plugin))
        else:
            objects.append(plugin)
    cfg = PipelineConfig(entry_points=False, modules=tuple(modules), settings=dict(settings or {}), **config)
    return Pipeline(cfg, objects)


def make_record(item: str | dict[str, Any], *plugins: Any, settings: Mapping[str, Mapping[str, Any]] | None = None,
                pipeline: Pipeline | None = None, **config: Any) -> dict[str, Any]:
    """The record of one text (or input dict ``{"id", "text", "meta"}``) run through ``plugins`` (or through
    ``pipeline`` when given)."""
    if pipeline is None:
        pipeline = make_pipeline(*plugins, settings=settings, **config)
    elif plugins or settings or config:
        raise TypeError("give either a pipeline or plugins/settings, not both")
    return pipeline.process(item)


# -- assertions ----------------------------------------------------------------------------------------
def _describe(record: dict[str, Any], span: dict[str, Any]) -> str:
    attrs = {k: v for k, v in span.items() if k not in ("start", "end")}
    return f"[{span['start']}:{span['end']}] {record['text'][span['start']:span['end']]!r}" + (
        f" {attrs}" if attrs else "")


def _layer(record: dict[str, Any], layer: str) -> list[dict[str, Any]]:
    __tracebackhide__ = True
    if not isinstance(record, dict) or "text" not in record:
        raise AssertionError(f"not a record: {record!r:.200}")
    return record.get("layers", {}).get(layer, [])


def _matches(span: dict[str, Any], attrs: Mapping[str, Any]) -> bool:
    for key, want in attrs.items():
        if key not in span:
            return False
        have = span[key]
        if isinstance(want, Mapping) and isinstance(have, Mapping):
            if not _matches(have, want):
                return False
        elif have != want:
            return False
    return True


def find_spans(record: dict[str, Any], layer: str, text: str | None = None, **attrs: Any) -> list[dict[str, Any]]:
    """The spans of ``layer`` covering exactly ``text`` (any text when ``None``) whose attributes include
    ``attrs`` (nested dicts match as subsets: ``speaker={"text": "Musk"}``)."""
    return [span for span in _layer(record, layer)
            if (text is None or record["text"][span["start"]:span["end"]] == text) and _matches(span, attrs)]


def span_texts(record: dict[str, Any], layer: str) -> list[str]:
    """The texts the spans of ``layer`` cover, in layer order."""
    return [record["text"][span["start"]:span["end"]] for span in _layer(record, layer)]


def assert_span(record: dict[str, Any], layer: str, text: str, *, count: int | None = None,
                **attrs: Any) -> dict[str, Any]:
    """Assert that ``layer`` has a span covering exactly ``text`` (with ``attrs`` among its attributes) and
    return it; with ``count``, that exactly that many such spans exist.

    ``assert_span(record, "quote", "a good first step", type="direct", speaker={"text": "Hall"})``

    The failure message lists the layer's spans, the spans covering ``text`` with other attributes, and where
    ``text`` occurs in the document, so an off-by-one is visible at once.
    """
    __tracebackhide__ = True
    found = find_spans(record, layer, text, **attrs)
    if found and (count is None or len(found) == count):
        return found[0]
    spans = _layer(record, layer)
    want = f"{text!r}" + (f" with {attrs}" if attrs else "")
    lines = [f"layer {layer!r}: expected {'a span' if count is None else f'{count} span(s)'} covering {want}, "
             f"found {len(found)}"]
    if not spans:
        present = sorted(record.get("layers", {}))
        lines.append(f"the layer is empty or absent; layers present: {', '.join(present) or 'none'}")
    else:
        lines.append(f"the layer has {len(spans)} span(s):")
        lines += [f"  {_describe(record, s)}" for s in spans[:30]]
        if len(spans) > 30:
            lines.append(f"  ... and {len(spans) - 30} more")
    same_text = [s for s in spans if record["text"][s["start"]:s["end"]] == text and s not in found]
    if same_text and attrs:
        lines.append("spans covering that text with other attributes:")
        lines += [f"  {_describe(record, s)}" for s in same_text]
    position = record["text"].find(text)
    if position >= 0:
        lines.append(f"{text!r} occurs in the text at [{position}:{position + len(text)}]")
    else:
        lines.append(f"{text!r} does not occur in the text")
    errors = record.get("errors") or []
    if errors:
        lines.append("record errors: " + "; ".join(f"{e.get('plugin')}.{e.get('hook')}: {e.get('type')}: "
                                                   f"{e.get('message')}" for e in errors))
    raise AssertionError("\n".join(lines))


def assert_no_span(record: dict[str, Any], layer: str, text: str | None = None, **attrs: Any) -> None:
    """Assert that no span of ``layer`` covers ``text`` (with ``attrs``); with no text, that the layer is empty."""
    __tracebackhide__ = True
    found = find_spans(record, layer, text, **attrs)
    if found:
        what = "span" if text is None else f"span covering {text!r}"
        raise AssertionError(f"layer {layer!r}: expected no {what}, found:\n" +
                             "\n".join(f"  {_describe(record, s)}" for s in found))


_MISSING = object()


def assert_doc(record: dict[str, Any], name: str, value: Any = _MISSING, *, by: str | None = None,
               **extra: Any) -> Any:
    """Assert that document field ``doc.<name>`` is set (to ``value`` when given, by plugin ``by``, with
    ``extra`` keys such as ``score``) and return its value."""
    __tracebackhide__ = True
    fields = record.get("doc", {})
    if name not in fields:
        raise AssertionError(f"doc.{name} is not set; doc fields present: {', '.join(sorted(fields)) or 'none'}"
                             + _errors_suffix(record))
    field = fields[name]
    problems = []
    if value is not _MISSING and field.get("value") != value:
        problems.append(f"value {field.get('value')!r} != expected {value!r}")
    if by is not None and field.get("by") != by:
        problems.append(f"set by {field.get('by')!r}, expected {by!r}")
    for key, want in extra.items():
        if field.get(key) != want:
            problems.append(f"{key} = {field.get(key)!r}, expected {want!r}")
    if problems:
        raise AssertionError(f"doc.{name} = {field!r}: " + "; ".join(problems))
    return field.get("value")


def _errors_suffix(record: dict[str, Any]) -> str:
    errors = record.get("errors") or []
    return ("; record errors: " + "; ".join(str(e) for e in errors)) if errors else ""


def assert_no_errors(record: dict[str, Any] | Iterable[dict[str, Any]]) -> None:
    """Assert that a record (or every record of an iterable) has no plugin errors and is not an error record."""
    __tracebackhide__ = True
    records = [record] if isinstance(record, dict) else list(record)
    bad = []
    for rec in records:
        if rec.get("status") == "error" or rec.get("errors"):
            for error in rec.get("errors") or [{"message": "error record"}]:
                bad.append(f"  {rec.get('id')}: {error.get('plugin')}.{error.get('hook')}: "
                           f"{error.get('type')}: {error.get('message')}")
    if bad:
        raise AssertionError(f"{len(bad)} error(s) in {len(records)} record(s):\n" + "\n".join(bad[:50]))


# -- documents: bundled samples and the shared corpora -------------------------------------------------
def sample_documents() -> list[dict[str, Any]]:
    """The sample documents bundled with textplug (input dicts: ``id``, ``text``, ``lang``, ``title`` …)."""
    data = resources.files("framework").joinpath("samples/samples.jsonl").read_bytes()
    return [orjson.loads(line) for line in data.splitlines() if line.strip()]


def find_shared_data(start: str | Path | None = None, explicit: str | Path | None = None) -> Path | None:
    """The shared corpora folder: ``explicit``, else ``$TEXTPLUG_DATA``, else the first ``shared/data`` found
    in ``start`` or one of its parents, or beside them (``../shared/data``). ``None`` when there is none."""
    for candidate in (explicit, os.environ.get(DATA_ENV)):
        if candidate:
            path = Path(candidate).expanduser()
            return path if path.is_dir() else None
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for path in (folder / "shared" / "data", folder.parent / "shared" / "data"):
            if path.is_dir():
                return path
    return None


def run_corpus(pipeline: Pipeline, paths: Iterable[str | Path], limit: int | None = None,
               format: str | None = None) -> Iterator[dict[str, Any]]:
    """Records of the documents read from ``paths`` (files or folders, any format the pipeline reads), at most
    ``limit`` of them."""
    documents = iter_inputs([str(p) for p in paths], pipeline.formats, format)
    for count, document in enumerate(documents):
        if limit is not None and count >= limit:
            return
        yield pipeline.process(document)


# -- the pytest plugin ---------------------------------------------------------------------------------
def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("textplug")
    group.addoption("--textplug-data", metavar="DIR", default=None,
                    help=f"folder of the shared corpora for textplug_data/textplug_corpus (default: ${DATA_ENV} "
                         "or shared/data beside the project)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a slow test (installs packages, runs subprocesses)")


def pytest_report_header(config: pytest.Config) -> str:
    from . import __version__
    from .contract import API_VERSION, SCHEMA_VERSION

    return f"textplug {__version__} (plugin API {API_VERSION}, record schema {SCHEMA_VERSION})"


@pytest.fixture
def textplug_pipeline() -> Callable[..., Pipeline]:
    """A factory: ``textplug_pipeline(MyPlugin, settings={"my_plugin": {...}})`` → a pipeline with only those
    plugins (see ``make_pipeline``)."""
    return make_pipeline


@pytest.fixture
def textplug_record() -> Callable[..., dict[str, Any]]:
    """A factory: ``textplug_record("text", MyPlugin)`` → the record (see ``make_record``)."""
    return make_record


@pytest.fixture(scope="session")
def textplug_samples() -> list[dict[str, Any]]:
    """The bundled sample documents (input dicts), available offline."""
    return sample_documents()


@pytest.fixture(scope="session")
def textplug_data(pytestconfig: pytest.Config) -> Path:
    """The shared corpora folder; the test is skipped when it is absent."""
    explicit = pytestconfig.getoption("--textplug-data", default=None)
    path = find_shared_data(pytestconfig.rootpath, explicit)
    if path is None:
        where = explicit or os.environ.get(DATA_ENV) or f"shared/data beside or above {pytestconfig.rootpath}"
        pytest.skip(f"textplug shared corpora not found ({where}); pass --textplug-data DIR or set {DATA_ENV}")
    return path


@pytest.fixture
def textplug_corpus(pytestconfig: pytest.Config) -> Callable[..., list[dict[str, Any]]]:
    """A factory: ``textplug_corpus(pipeline, "seed/*.txt", limit=100)`` → the records of the shared-corpora
    files matching the glob (several globs allowed); skips the test when the data or the files are absent."""

    def run(pipeline: Pipeline, *patterns: str, limit: int | None = 100, format: str | None = None
            ) -> list[dict[str, Any]]:
        explicit = pytestconfig.getoption("--textplug-data", default=None)
        root = find_shared_data(pytestconfig.rootpath, explicit)
        if root is None:
            pytest.skip(f"textplug shared corpora not found; pass --textplug-data DIR or set {DATA_ENV}")
        files = sorted({p for pattern in (patterns or ("**/*",)) for p in root.glob(pattern) if p.is_file()})
        if format is None:
            readable = []
            for path in files:
                try:
                    pipeline.formats.reader_for(str(path))
                except Exception:
                    continue
                readable.append(path)
            files = readable
        if not files:
            pytest.skip(f"no readable file matches {', '.join(patterns)} in {root}")
        return list(run_corpus(pipeline, files, limit=limit, format=format))

    return run
