"""``textplug plugins --check``: validate installed plugins against the hook specs and their own declarations.

Static checks (on each plugin, loaded on its own so one broken distribution does not hide the others):
it loads, its contract (``requires_api`` / ``requires_schema``) is met, every ``@hookimpl`` method names a hook
that exists and takes only that hook's arguments, methods named after a hook are marked ``@hookimpl``, its
``requires`` are provided by some installed plugin and nobody else claims its ``provides``.

Dynamic checks: the plugins that pass run together over sample documents with each hook call traced; every
layer or ``doc`` field a plugin writes must be in its ``provides``, and every layer it reads through
``doc.spans()`` / ``doc.get()`` must be provided by some plugin (and should be in its ``requires``, or the
phase order does not guarantee it is there).

Each problem names the plugin and the distribution at fault; errors make the command exit non-zero.
"""

from __future__ import annotations

import difflib
import inspect
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from importlib import metadata
from typing import Any

from . import hookspecs
from .config import PipelineConfig
from .document import IGNORE_LAYER, Document
from .errors import ContractError, FieldError, SpanError, TextplugError
from .pipeline import Pipeline
from .record import record_from_input
from .registry import PluginInfo, load_plugins

__all__ = ["Problem", "check_plugins", "discover_plugins", "static_problems", "spec_arguments"]

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """One finding: ``level`` is ``error`` or ``warning``; ``kind`` a short stable code."""

    level: str
    kind: str
    plugin: str
    distribution: str | None
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def spec_arguments() -> dict[str, tuple[str, ...]]:
    """``{hook name: argument names}`` of every hook spec."""
    marker = f"{hookspecs.PROJECT}_spec"
    return {name: tuple(inspect.signature(fn).parameters)
            for name, fn in vars(hookspecs).items() if callable(fn) and hasattr(fn, marker)}


def _problem(info: PluginInfo, level: str, kind: str, message: str) -> Problem:
    return Problem(level, kind, info.name, info.dist, message)


# -- discovery: each plugin on its own -----------------------------------------------------------------
def discover_plugins(config: PipelineConfig, register: Iterable[Any] = ()) -> tuple[list[PluginInfo], list[Problem]]:
    """Load every enabled plugin separately; a plugin that fails to load becomes a problem, not a crash."""
    infos: list[PluginInfo] = []
    problems: list[Problem] = []
    attempts: list[tuple[str, str | None, PipelineConfig, tuple[Any, ...]]] = []
    if config.entry_points:
        seen: set[str] = set()
        for ep in sorted(metadata.entry_points(group=hookspecs.PROJECT), key=lambda ep: ep.name):
            dist = ep.dist.name if ep.dist is not None else None
            enabled = (config.plugins is None or ep.name in config.plugins) and ep.name not in config.disable
            if enabled and ep.name not in seen:
                seen.add(ep.name)
                attempts.append((ep.name, dist, replace(config, plugins=(ep.name,), modules=()), ()))
    for spec in config.modules:
        attempts.append((spec, None, replace(config, entry_points=False, plugins=None, modules=(spec,)), ()))
    for obj in register:
        attempts.append((getattr(obj, "name", None) or repr(obj), None,
                         replace(config, entry_points=False, plugins=None, modules=()), (obj,)))
    for label, dist, single, extra in attempts:
        try:
            infos.extend(load_plugins(single, extra))
        except ContractError as exc:
            problems.append(Problem(ERROR, "contract", label, dist, str(exc)))
        except TextplugError as exc:
            problems.append(Problem(ERROR, "load", label, dist, str(exc)))
    return infos, problems


# -- static checks -------------------------------------------------------------------------------------
def _hookimpls(obj: Any) -> dict[str, tuple[Any, dict[str, Any]]]:
    marker = f"{hookspecs.PROJECT}_impl"
    found = {}
    for attr in dir(obj):
        if attr.startswith("__"):
            continue
        value = getattr(obj, attr, None)
        if callable(value) and hasattr(value, marker):
            found[attr] = (value, getattr(value, marker) or {})
    return found


def _required_arguments(function: Any) -> list[str]:
    """The arguments pluggy will pass by name: the parameters without defaults (``self`` excluded)."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return []
    return [p.name for p in parameters if p.default is inspect.Parameter.empty and p.name != "self"
            and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]


def static_problems(info: PluginInfo, specs: dict[str, tuple[str, ...]] | None = None) -> list[Problem]:
    """Hook names and arguments of one plugin against the specs."""
    specs = spec_arguments() if specs is None else specs
    problems = []
    impls = _hookimpls(info.obj)
    for attr, (function, opts) in sorted(impls.items()):
        hook = opts.get("specname") or attr
        if hook not in specs:
            close = difflib.get_close_matches(hook, specs, n=1)
            hint = f" (did you mean {close[0]}?)" if close else f"; hooks: {', '.join(specs)}"
            problems.append(_problem(info, ERROR, "unknown-hook",
                                     f"method {attr} is marked @hookimpl but textplug has no hook {hook!r}{hint}"))
            continue
        wrong = [a for a in _required_arguments(function) if a not in specs[hook]]
        if wrong:
            problems.append(_problem(info, ERROR, "arguments",
                                     f"{hook}({', '.join(_required_arguments(function))}): argument(s) "
                                     f"{', '.join(wrong)} not in the hook's arguments ({', '.join(specs[hook])})"))
        if hook in hookspecs.PHASES and (opts.get("hookwrapper") or opts.get("wrapper")):
            problems.append(_problem(info, ERROR, "wrapper", f"{hook}: hook wrappers are not supported on phases"))
    marked = {opts.get("specname") or attr for attr, (_, opts) in impls.items()}
    for attr in dir(info.obj):
        if attr.startswith("_") or attr in impls or not callable(getattr(info.obj, attr, None)):
            continue
        if attr in specs and attr not in marked:
            problems.append(_problem(info, WARNING, "not-marked",
                                     f"method {attr} is named after a hook but not marked @hookimpl: "
                                     "textplug never calls it"))
    for attr in ("provides", "requires"):
        value = getattr(info.obj, attr, ())
        if value and (isinstance(value, str) or not all(isinstance(v, str) and v for v in value)):
            problems.append(_problem(info, ERROR, "declaration",
                                     f"{attr} must be a tuple of layer names / 'doc.<field>' strings, not {value!r}"))
    return problems


def _declaration_problems(infos: list[PluginInfo]) -> tuple[list[Problem], set[str]]:
    """Conflicting ``provides`` and ``requires`` nobody provides; returns the problems and the plugins at fault."""
    problems = []
    bad: set[str] = set()
    owners: dict[str, PluginInfo] = {}
    for info in infos:
        for item in info.provides:
            other = owners.setdefault(item, info)
            if other is not info:
                problems.append(_problem(info, ERROR, "conflict",
                                         f"provides {item!r}, already provided by plugin {other.name!r} "
                                         f"(distribution {other.dist or other.origin})"))
                bad.add(info.name)
    for info in infos:
        missing = [item for item in info.requires if item not in owners]
        if missing:
            problems.append(_problem(info, ERROR, "requires-unmet",
                                     f"requires {', '.join(missing)}, which no installed plugin provides "
                                     f"(provided: {', '.join(sorted(owners)) or 'nothing'})"))
            bad.add(info.name)
    return problems, bad


# -- dynamic checks ------------------------------------------------------------------------------------
class _TracingDocument(Document):
    """A ``Document`` that notes which layers and fields each plugin reads."""

    __slots__ = ("reads",)

    def __init__(self, record: dict[str, Any], owners: dict[str, str]) -> None:
        super().__init__(record, owners)
        self.reads: set[tuple[str, str]] = set()

    def spans(self, layer: str) -> list[dict[str, Any]]:
        self.reads.add((self.plugin, layer))
        return super().spans(layer)

    def get(self, name: str, default: Any = None) -> Any:
        self.reads.add((self.plugin, f"doc.{name}"))
        return super().get(name, default)


def _build(infos: list[PluginInfo], config: PipelineConfig) -> tuple[Pipeline | None, list[Problem]]:
    base = replace(config, entry_points=False, plugins=None, disable=(), modules=())
    try:
        return Pipeline(base, infos), []
    except TextplugError as exc:
        whole = str(exc)
    problems = []
    for info in infos:  # find who fails on its own (configure with these settings)
        try:
            Pipeline(base, [info])
        except TextplugError as exc:
            problems.append(_problem(info, WARNING, "configure",
                                     f"could not be built with these settings ({exc}); not run on the samples"))
    if not problems:
        problems.append(Problem(WARNING, "configure", "*", None, f"the plugins could not be built together: {whole}"))
    return None, problems


def _trace(pipe: Pipeline, documents: Iterable[Any]) -> list[Problem]:
    infos = {info.name: info for info in pipe.plugins}
    owners = dict(pipe.owners)
    written: dict[str, set[str]] = {name: set() for name in infos}
    reads: set[tuple[str, str]] = set()
    failures: dict[tuple[str, str], str] = {}
    for number, item in enumerate(documents):
        try:
            record = record_from_input(item, f"sample-{number}")
        except ValueError:
            continue
        doc = _TracingDocument(record, owners)
        for plugin, hook, function, may_write in pipe.steps:
            doc._enter(plugin, hook, may_write)
            before = {name: len(spans) for name, spans in record["layers"].items()}
            fields = dict(record["doc"])
            try:
                function(doc)
            except (SpanError, FieldError) as exc:
                failures.setdefault((plugin, "span"), f"{hook} on {record['id']!r}: {exc}")
            except Exception as exc:
                failures.setdefault((plugin, hook), f"{hook} raised {type(exc).__name__}: {exc} on {record['id']!r}")
            for name, spans in record["layers"].items():
                if name != IGNORE_LAYER and len(spans) > before.get(name, 0):
                    written[plugin].add(name)
            for name, field in record["doc"].items():
                if fields.get(name) is not field:
                    written[plugin].add(f"doc.{name}")
        reads |= doc.reads
    problems = []
    for plugin, items in sorted(written.items()):
        info = infos[plugin]
        undeclared = sorted(items - set(info.provides))
        if undeclared:
            problems.append(_problem(info, ERROR, "writes-undeclared",
                                     f"writes {', '.join(undeclared)} without listing it in provides"))
    for (plugin, kind), message in sorted(failures.items()):
        problems.append(_problem(infos[plugin], ERROR, "writes-undeclared" if kind == "span" else "runtime", message))
    provided = {item for info in infos.values() for item in info.provides} | {IGNORE_LAYER}
    for plugin, item in sorted(reads):
        info = infos.get(plugin)
        if info is None or item in info.provides or item in info.requires or item in info.uses:
            continue
        if item not in provided:
            problems.append(_problem(info, ERROR, "reads-unprovided",
                                     f"reads {item!r}, which no installed plugin provides"))
        else:
            owner = next(i.name for i in infos.values() if item in i.provides)
            problems.append(_problem(info, WARNING, "reads-undeclared",
                                     f"reads {item!r} (provided by {owner!r}) without listing it in requires: "
                                     "the phase order does not guarantee it is there"))
    return problems


def check_plugins(config: PipelineConfig | None = None, documents: Iterable[Any] = (),
                  register: Iterable[Any] = ()) -> tuple[list[PluginInfo], list[Problem]]:
    """Every check on the enabled plugins; ``documents`` (texts or input dicts) drive the dynamic checks."""
    config = config or PipelineConfig.build()
    infos, problems = discover_plugins(config, register)
    specs = spec_arguments()
    at_fault = set()
    for info in infos:
        found = static_problems(info, specs)
        problems += found
        if any(p.level == ERROR for p in found):
            at_fault.add(info.name)
    declared, bad = _declaration_problems(infos)
    problems += declared
    runnable = [info for info in infos if info.name not in at_fault | bad]
    if runnable:
        pipe, build_problems = _build(runnable, config)
        problems += build_problems
        if pipe is not None:
            problems += _trace(pipe, documents)
    return infos, problems
