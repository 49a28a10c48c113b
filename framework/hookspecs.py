"""Every hook a textplug plugin can implement, documented for plugin authors.

A plugin is a class (or a module) with methods named after these hooks, marked with
``framework.hookimpl``, registered by an entry point in the ``textplug`` group::

    [project.entry-points.textplug]
    my_plugin = "my_package.plugin:MyPlugin"

The core makes one instance per pipeline, that is once per worker process. A plugin declares the layers and
document fields it writes in ``provides`` and those it needs in ``requires`` (``"quote"`` is a layer,
``"doc.lang"`` a document field); building a pipeline checks them. What it reads only when present (and
works without) goes in ``uses``.

Per-document hooks run in six phases, in the order below; inside a phase pluggy's order applies
(``tryfirst``/``trylast``). Each implementation is called on its own: if it raises, the error is recorded in
the record as ``{plugin, hook, type, message}`` and the other plugins still run. Hook wrappers are not
supported on per-document hooks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    import click

    from .document import Document
    from .registry import FormatRegistry

PROJECT = "textplug"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

# The per-document phases, in the order the pipeline runs them.
PHASES = (
    "prepare_document",
    "detect_language",
    "segment_document",
    "annotate_document",
    "link_entities",
    "finalize_document",
)


# -- once per process ----------------------------------------------------------------------------------
@hookspec(historic=True)
def configure(config: dict[str, Any]) -> None:
    """Receive the settings, once per pipeline (so once per worker process), before any document.

    ``config`` maps plugin names to their settings: ``{"quotes": {"languages": "fr,en"}}``. Values given on
    the command line (``--set quotes.languages=fr,en``) arrive as strings. Load models and knowledge bases
    here (or lazily on first use), not at import. Raise ``framework.ConfigError`` for a bad value: the
    pipeline is then not built and the message reaches the user. ``framework.plugin_settings(config, name,
    known)`` returns the plugin's table and refuses a key it does not know (a misspelt ``--set`` is no no-op).

    Example::

        @hookimpl
        def configure(self, config):
            settings = plugin_settings(config, "language", ("languages",))
            self.languages = settings.get("languages", "").split(",")
    """


@hookspec
def register_readers(registry: FormatRegistry) -> None:
    """Add input formats: ``registry.add_reader(name, read, extensions=(".ext",))``.

    ``read(stream, name, options)`` gets a binary stream (decompressed when the file ends in ``.gz``), the
    input's display name and the reader options, and yields input documents (dicts with ``text`` and
    optionally ``id``, ``meta``, ``doc``, ``layers``) or ``framework.error_record(...)`` for input it cannot
    parse, and then goes on: one broken input never stops a run.

    Example::

        @hookimpl
        def register_readers(self, registry):
            registry.add_reader("lines", read_lines, extensions=(".lines",))

        def read_lines(stream, name, options):
            for number, line in enumerate(stream, 1):
                yield {"id": f"{name}:{number}", "text": line.decode("utf-8").rstrip("\\n")}
    """


@hookspec
def register_writers(registry: FormatRegistry) -> None:
    """Add output formats: ``registry.add_writer(name, open_writer, extensions=(".ext",))``.

    ``open_writer(stream, options)`` gets a binary stream and returns an object with ``write(record)`` and
    ``close()``. The core makes file output atomic (temporary file, then rename).

    Example::

        @hookimpl
        def register_writers(self, registry):
            registry.add_writer("ids", IdsWriter, extensions=(".ids",))

        class IdsWriter:
            def __init__(self, stream, options):
                self.stream = stream
            def write(self, record):
                self.stream.write(record["id"].encode() + b"\\n")
            def close(self):
                pass
    """


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add subcommands to the ``textplug`` command: ``cli.add_command(my_click_command)``.

    Example::

        @hookimpl
        def register_commands(self, cli):
            @cli.command("hello")
            def hello():
                '''Say hello.'''
                click.echo("hello")
    """


# -- per document, in phase order ----------------------------------------------------------------------
@hookspec
def prepare_document(doc: Document) -> None:
    """Phase 1: regions and metadata (source tags, title, boilerplate); mark skipped regions with
    ``doc.ignore(start, end, reason)``.

    Example::

        @hookimpl
        def prepare_document(self, doc):
            head, sep, _ = doc.text.partition("\\n")
            if sep:
                doc.set("title", head)
    """


@hookspec
def detect_language(doc: Document) -> None:
    """Phase 2: document and span languages, e.g. ``doc.set("lang", "fr", score=0.98)``.

    Example::

        @hookimpl
        def detect_language(self, doc):
            doc.set("lang", "fr" if " le " in doc.text else "en", score=0.5)
    """


@hookspec
def segment_document(doc: Document) -> None:
    """Phase 3: paragraphs, sentences, quotes: ``doc.add_span("quote", start, end, type="direct")``.

    Example::

        @hookimpl
        def segment_document(self, doc):
            for match in re.finditer(r"[^\\n]+", doc.text):
                doc.add_span("paragraph", match.start(), match.end())
    """


@hookspec
def annotate_document(doc: Document) -> None:
    """Phase 4: tweet entities (hashtags, mentions, URLs …) and any other annotator.

    Example::

        @hookimpl
        def annotate_document(self, doc):
            ignored = doc.ignored()
            for match in re.finditer(r"\\$[A-Z]{1,6}\\b", doc.text):
                if not any(s < match.end() and match.start() < e for s, e in ignored):
                    doc.add_span("cashtag", match.start(), match.end(), symbol=match.group()[1:])
    """


@hookspec
def link_entities(doc: Document) -> None:
    """Phase 5: entity mentions linked to knowledge-base ids, or NIL clusters.

    Example::

        @hookimpl
        def link_entities(self, doc):
            for span in doc.spans("mention"):
                kb_id = self.kb.get(doc.span_text(span))
                doc.add_span("entity", span["start"], span["end"], kb_id=kb_id, type="PER")
    """


@hookspec
def finalize_document(doc: Document) -> None:
    """Phase 6: cross-layer work that needs every other layer (quote speakers → entities, channels).

    Example::

        @hookimpl
        def finalize_document(self, doc):
            doc.set("quote_count", len(doc.spans("quote")))
    """


# -- per batch -----------------------------------------------------------------------------------------
@hookspec
def batch_started(info: dict[str, Any]) -> None:
    """A batch run starts: ``info`` has ``inputs`` (names), ``workers`` and ``engine``. For observers.

    Example::

        @hookimpl
        def batch_started(self, info):
            self.started = time.monotonic()
    """


@hookspec
def batch_finished(stats: dict[str, Any]) -> None:
    """A batch run ended: ``stats`` has ``inputs``, ``records``, ``error_records``, ``documents_with_errors``,
    ``seconds``, ``docs_per_s``, ``mb_per_s``. For observers (metrics, reports).

    Example::

        @hookimpl
        def batch_finished(self, stats):
            print(f"{stats['records']} records at {stats['docs_per_s']:.0f} docs/s", file=sys.stderr)
    """
