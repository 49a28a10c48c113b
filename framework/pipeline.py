"""The pipeline: plugins run over each document in six phases, each implementation isolated.

Pluggy stops a hook call at the first exception, so the pipeline does not call ``pm.hook.<phase>``: at build
time it lists each phase's implementations in pluggy's call order and then calls them one by one, recording
a failure in the record and going on. That also keeps pluggy's per-call overhead off the hot path.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson
import pluggy

from . import hookspecs
from .config import PipelineConfig
from .document import IGNORE_LAYER, Document
from .errors import ConfigError, PluginError
from .record import FreshRecord, error_record, record_from_input
from .registry import FormatRegistry, PluginInfo, check_dependencies, load_plugins, plugin_from_object

__all__ = ["Pipeline"]

CORE = "textplug"
# (plugin name, hook name, implementation called with the document, layers it may write or None)
_Step = tuple[str, str, Callable[[Document], None], "frozenset[str] | None"]


def _config_hash(settings: Mapping[str, Any]) -> str:
    return hashlib.blake2b(orjson.dumps(settings, option=orjson.OPT_SORT_KEYS), digest_size=4).hexdigest()


class Pipeline:
    """Plugins and their order, built once; ``process`` runs them over one document."""

    def __init__(self, config: PipelineConfig | None = None, register: Iterable[Any] = ()) -> None:
        if config is not None and not isinstance(config, PipelineConfig):
            raise ConfigError(f"Pipeline() takes a PipelineConfig, not {type(config).__name__}: use Pipeline"
                              ".from_config(...) for a mapping, a TOML/JSON file or keywords such as plugins=[...]")
        self.config = config or PipelineConfig.build()
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        from . import io  # the built-in readers and writers, registered like any plugin

        self.infos: list[PluginInfo] = [plugin_from_object(io.CoreFormats(), name="textplug.io", origin="core")]
        self.infos[0].spec = None
        self.infos += load_plugins(self.config, register)
        for info in self.infos:
            try:
                self.pm.register(info.obj, name=info.name)
            except (ValueError, pluggy.PluginValidationError) as exc:
                raise ConfigError(f"plugin {info.name!r} does not fit the hook specs: {exc}") from exc
        self.pm.check_pending()
        self.owners = check_dependencies(self.infos)
        self.owners[IGNORE_LAYER] = CORE
        self.pm.hook.configure.call_historic(kwargs={"config": self.config.settings})
        self.formats = FormatRegistry()
        self._register_formats()
        self.steps = self._plan()
        self.provenance = {
            info.name: {
                "plugin": info.dist or CORE,
                "version": info.version,
                "config": _config_hash(self.config.settings.get(info.name, {})),
            }
            for info in self.infos[1:]
        }
        # The JSON-lines path writes this instead of the dict: serializing six plugins' provenance for every
        # document cost ~0.1 x the bare loop (measured), an already serialized fragment costs a copy.
        self._provenance_json = orjson.Fragment(orjson.dumps(self.provenance))
        self._raise = self.config.on_error == "raise"
        self._max_chars = self.config.max_doc_chars

    @classmethod
    def from_config(cls, config: PipelineConfig | Mapping[str, Any] | str | Path | None = None, /,
                    register: Iterable[Any] = (), **overrides: Any) -> Pipeline:
        """Build from a config object, a mapping, a TOML/JSON file, and/or keyword overrides (config
        fields: ``plugins=`` is the allow list); ``register=`` takes plugin objects or classes from code."""
        return cls(PipelineConfig.build(config, **overrides), register)

    def _register_formats(self) -> None:
        for hook_name, kwarg in (("register_readers", "registry"), ("register_writers", "registry")):
            for impl in reversed(getattr(self.pm.hook, hook_name).get_hookimpls()):
                self.formats.plugin = impl.plugin_name
                impl.function(**{kwarg: self.formats})
        self.formats.plugin = CORE

    def _plan(self) -> list[_Step]:
        # what each plugin may write: its layers and its ``doc.<field>``s (None: any that no one else provides)
        may_write = {info.name: frozenset(info.provides) if info.provides else None for info in self.infos}
        steps: list[_Step] = []
        for phase in hookspecs.PHASES:
            for impl in reversed(getattr(self.pm.hook, phase).get_hookimpls()):
                if impl.hookwrapper or impl.wrapper:
                    raise ConfigError(f"plugin {impl.plugin_name!r}: hook wrappers are not supported on {phase}")
                function = impl.function if impl.argnames else _without_document(impl.function)
                steps.append((impl.plugin_name, phase, function, may_write.get(impl.plugin_name)))
        return steps

    @property
    def plugins(self) -> list[PluginInfo]:
        """The enabled plugins (without the core formats), in registration order."""
        return self.infos[1:]

    def phase_order(self) -> dict[str, list[str]]:
        """``{phase: [plugin, …]}`` in the order the plugins run."""
        order: dict[str, list[str]] = {phase: [] for phase in hookspecs.PHASES}
        for name, phase, *_ in self.steps:
            order[phase].append(name)
        return order

    # -- running ---------------------------------------------------------------------------------------
    def process(self, item: str | dict[str, Any], default_id: str | None = None) -> dict[str, Any]:
        """Process one document (a text or an input dict) and return its record.

        Bad input (no text, empty, too large) gives an error record; a plugin that raises is recorded in
        ``errors`` and the others still run (unless the error policy is ``raise``).
        """
        return self._process(item, default_id, False)

    def process_record(self, record: dict[str, Any]) -> dict[str, Any]:
        """Run every phase over an already built record (in place) and return it."""
        return self._run(record, False)

    def _process(self, item: str | dict[str, Any], default_id: str | int | None,
                 to_serialize: bool) -> dict[str, Any]:
        """``process``. ``default_id`` may also be the document's number in its batch (``doc-<n>`` is made
        only when the document has no id). With ``to_serialize`` the record is only for ``orjson.dumps``
        (batch runs): its provenance may then be the shared pre-serialized fragment."""
        if type(item) is FreshRecord and not item["provenance"]:
            record = item  # a reader's fresh record is the run's own: filled in place, not copied
        elif isinstance(item, dict) and item.get("status") == "error":
            if self._raise:  # as an empty document does: ``raise`` stops at the first document that failed
                error, meta = item["errors"][0], item.get("meta") or {}
                where = f"{meta.get('file')}:{meta['line']}" if meta.get("line") else str(meta.get("file"))
                raise PluginError(error["plugin"], error["hook"], f"{error['type']}: {where}: {error['message']}")
            return item  # an error record from a reader passes through untouched
        else:
            if type(default_id) is not str:
                default_id = _default_id(item, default_id)
            try:
                record = record_from_input(item, default_id)  # a copy: the caller keeps its input
            except ValueError as exc:
                return error_record(source=default_id, line=None, raw=_raw(item), plugin=CORE, hook="input",
                                    type=type(exc).__name__, message=str(exc), id=default_id)
        text = record["text"]
        if not text or text.isspace():
            return self._reject(record, "EmptyDocument", "the document has no text")
        if len(text) > self._max_chars:
            return self._reject(record, "DocumentTooLarge",
                                f"{len(text)} characters is over max_doc_chars={self.config.max_doc_chars}")
        return self._run(record, to_serialize)

    def _run(self, record: dict[str, Any], to_serialize: bool) -> dict[str, Any]:
        doc = Document(record, self.owners)
        # each step is set as the document's context (``Document._enter`` in one store) by the loop itself
        for doc._step in self.steps:
            try:
                doc._step[2](doc)
            except Exception as exc:
                plugin, hook = doc.plugin, doc.hook
                if self._raise:
                    raise PluginError(plugin, hook, f"{type(exc).__name__}: {exc}") from exc
                record["errors"].append({"plugin": plugin, "hook": hook, "type": type(exc).__name__,
                                         "message": str(exc)})
        provenance = record["provenance"]
        if provenance:
            provenance.update(self.provenance)
        else:
            record["provenance"] = self._provenance_json if to_serialize else self.provenance.copy()
        return record

    def _reject(self, record: dict[str, Any], kind: str, message: str) -> dict[str, Any]:
        text = record["text"]
        meta = record["meta"]
        rejected = error_record(source=str(meta.get("file", record["id"])), line=meta.get("line"),
                                raw=text, plugin=CORE, hook="input", type=kind, message=message, id=record["id"])
        rejected["meta"] = {**meta, **rejected["meta"]}
        if self._raise:
            raise PluginError(CORE, "input", f"{kind}: document {record['id']!r}: {message}")
        return rejected

    def process_many(self, items: Iterable[str | dict[str, Any]], workers: int = 1,
                     chunk_size: int = 64, isolate: bool = False) -> Iterator[dict[str, Any]]:
        """Process documents in input order, streaming with bounded memory.

        With ``workers > 1`` (or ``isolate=True``, one worker) the documents go to that many processes, each of
        which rebuilds this pipeline from ``self.config`` (plugin managers are never pickled); a document whose
        worker dies (``os._exit``, a crash in native code) becomes a ``WorkerCrashed`` error record. With one
        worker and no isolation they run in this process, and such a crash ends it.
        """
        from .batch import process_many

        return process_many(self, items, workers=workers, chunk_size=chunk_size, isolate=isolate)


def _default_id(item: Any, number: int | None) -> str:
    """``doc-<n>`` for the n-th document of a batch; otherwise a hash of the text, the same in every run."""
    if number is not None:
        return f"doc-{number}"
    raw = item if isinstance(item, str) else str(item.get("text", "")) if isinstance(item, dict) else repr(item)
    return "doc-" + hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()


def _without_document(function: Callable[[], None]) -> Callable[[Document], None]:
    """A hook implementation that takes no arguments, callable like the others."""

    def call(doc: Document) -> None:
        function()

    return call


def _raw(item: Any) -> str:
    try:
        return orjson.dumps(item, default=repr).decode()
    except TypeError:
        return repr(item)
