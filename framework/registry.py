"""Plugin discovery (entry points, import paths, objects in code) and the reader/writer registry."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from types import ModuleType
from typing import Any, BinaryIO

from .config import PipelineConfig
from .contract import check_contract
from .errors import ConfigError, ContractError, DependencyError, PluginLoadError
from .hookspecs import PROJECT

__all__ = ["PluginInfo", "FormatRegistry", "load_plugins", "plugin_from_object", "check_dependencies",
           "check_plugin_names"]


@dataclass
class PluginInfo:
    """One loaded plugin: its instance and where it came from."""

    name: str
    obj: Any
    spec: str | None  # importable "module:attr" a worker process can load it from
    dist: str | None = None
    version: str | None = None
    origin: str = "entry point"
    provides: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()  # read when present, not needed (no error when nobody provides them)

    @property
    def hooks(self) -> list[str]:
        return sorted(n for n in dir(self.obj) if not n.startswith("_") and _is_hookimpl(getattr(self.obj, n, None)))


def _is_hookimpl(value: Any) -> bool:
    return callable(value) and hasattr(value, f"{PROJECT}_impl")


def _declared(obj: Any, attr: str) -> tuple[str, ...]:
    value = getattr(obj, attr, ()) or ()
    if isinstance(value, str):
        value = (value,)
    return tuple(value)


def _instantiate(target: Any) -> Any:
    return target() if isinstance(target, type) else target


def plugin_from_object(obj: Any, name: str | None = None, origin: str = "code", dist: str | None = None,
                       dist_version: str | None = None) -> PluginInfo:
    """Describe a plugin given as an object (module, class or instance); a ``PluginInfo`` passes through.

    The plugin's ``requires_api`` / ``requires_schema`` are checked before it is instantiated
    (``ContractError`` when this textplug does not meet them).
    """
    if isinstance(obj, PluginInfo):
        return obj
    check_contract(obj, name=name, dist=dist, dist_version=dist_version)
    instance = _instantiate(obj)
    plugin_name = name or getattr(instance, "name", None)
    if isinstance(instance, ModuleType):
        spec: str | None = instance.__name__
        plugin_name = plugin_name or instance.__name__.rsplit(".", 1)[-1]
    else:
        cls = obj if isinstance(obj, type) else type(instance)
        qualname = cls.__qualname__
        spec = None if "<locals>" in qualname or cls.__module__ == "__main__" else f"{cls.__module__}:{qualname}"
        plugin_name = plugin_name or cls.__name__.lower()
    return PluginInfo(
        name=str(plugin_name),
        obj=instance,
        spec=spec,
        version=getattr(instance, "version", None) or getattr(instance, "__version__", None),
        origin=origin,
        provides=_declared(instance, "provides"),
        requires=_declared(instance, "requires"),
        uses=_declared(instance, "uses"),
    )


def _import_spec(spec: str) -> Any:
    module_name, _, attr = spec.partition(":")
    target: Any = importlib.import_module(module_name)
    for part in filter(None, attr.split(".")):
        target = getattr(target, part)
    return target


def _enabled(name: str, config: PipelineConfig) -> bool:
    return (config.plugins is None or name in config.plugins) and name not in config.disable


def _from_entry_points(config: PipelineConfig) -> Iterator[PluginInfo]:
    for ep in sorted(metadata.entry_points(group=PROJECT), key=lambda ep: ep.name):
        dist = ep.dist.name if ep.dist is not None else None
        if not _enabled(ep.name, config):
            continue
        try:
            info = plugin_from_object(ep.load(), name=ep.name, origin="entry point", dist=dist,
                                      dist_version=ep.dist.version if ep.dist is not None else None)
        except ContractError:
            raise
        except Exception as exc:
            raise PluginLoadError(
                f"plugin {ep.name!r} (distribution {dist or 'unknown'}, entry point {ep.name} = {ep.value}) "
                f"failed to load: {type(exc).__name__}: {exc}. Disable it with --disable {ep.name} "
                f"or TEXTPLUG_DISABLE={ep.name}"
            ) from exc
        info.spec = ep.value
        info.dist = dist
        info.version = info.version or (ep.dist.version if ep.dist is not None else None)
        yield info


def _from_module_paths(config: PipelineConfig) -> Iterator[PluginInfo]:
    for spec in config.modules:
        try:
            info = plugin_from_object(_import_spec(spec), origin="module")
        except ContractError:
            raise
        except Exception as exc:
            raise PluginLoadError(f"plugin module {spec!r} failed to load: {type(exc).__name__}: {exc}") from exc
        info.spec = spec
        yield info


def _installed_names(config: PipelineConfig) -> set[str]:
    return {ep.name for ep in metadata.entry_points(group=PROJECT)} if config.entry_points else set()


def load_plugins(config: PipelineConfig, extra: Iterable[Any] = ()) -> list[PluginInfo]:
    """Every enabled plugin: installed ones (entry points), import paths, then objects given in code."""
    infos: list[PluginInfo] = []
    if config.entry_points:
        infos.extend(_from_entry_points(config))
    others = [*_from_module_paths(config), *map(plugin_from_object, extra)]
    infos.extend(info for info in others if _enabled(info.name, config))
    seen: dict[str, PluginInfo] = {}
    for info in infos:
        if info.name in seen:
            raise PluginLoadError(
                f"two plugins are named {info.name!r}: {seen[info.name].spec or seen[info.name].origin} "
                f"and {info.spec or info.origin}"
            )
        seen[info.name] = info
    if config.plugins is not None:
        unknown = sorted(set(config.plugins) - set(seen))
        if unknown:
            raise ConfigError(
                f"unknown plugin(s) in the allow list: {', '.join(unknown)}; "
                f"available: {', '.join(sorted(_installed_names(config) | {i.name for i in others})) or 'none'}"
            )
    return infos


def check_plugin_names(config: PipelineConfig, enabled: Iterable[PluginInfo]) -> None:
    """Refuse block-list entries and settings that name no plugin here (installed or enabled): a typo such as
    ``--disable entites`` or ``--set languages.x=…`` would otherwise be ignored in silence."""
    known = _installed_names(config) | {info.name for info in enabled}
    available = ", ".join(sorted(known)) or "none"
    unknown = sorted(set(config.disable) - known)
    if unknown:
        raise ConfigError(f"unknown plugin(s) in the block list: {', '.join(unknown)}; available: {available}")
    unknown = sorted(set(config.settings) - known)
    if unknown:
        raise ConfigError(f"settings for unknown plugin(s): {', '.join(unknown)}; available: {available}")


def check_dependencies(infos: list[PluginInfo]) -> dict[str, str]:
    """Check every ``requires`` against the ``provides`` of the others; return ``{layer or doc.field: owner}``.

    Raises ``DependencyError`` listing, per plugin, what is met (and by whom) and what is missing; and when
    two plugins claim the same layer.
    """
    owners: dict[str, str] = {}
    for info in infos:
        for item in info.provides:
            if item in owners and owners[item] != info.name:
                raise DependencyError(f"{item!r} is provided by both {owners[item]!r} and {info.name!r}")
            owners[item] = info.name
    problems = []
    for info in infos:
        missing = [item for item in info.requires if item not in owners]
        if missing:
            met = [f"{item} (by {owners[item]})" for item in info.requires if item in owners]
            problems.append(
                f"plugin {info.name!r} requires {', '.join(info.requires)}: "
                f"met: {', '.join(met) or 'nothing'}; missing: {', '.join(missing)}"
            )
    if problems:
        available = ", ".join(f"{item} (by {owner})" for item, owner in sorted(owners.items())) or "nothing"
        raise DependencyError("; ".join(problems) + f". Provided by the enabled plugins: {available}")
    return owners


# -- formats -------------------------------------------------------------------------------------------
Reader = Callable[[BinaryIO, str, dict[str, Any]], Iterator[dict[str, Any]]]
WriterFactory = Callable[[BinaryIO, dict[str, Any]], Any]


@dataclass
class Format:
    name: str
    handler: Callable[..., Any]
    extensions: tuple[str, ...]
    plugin: str


@dataclass
class FormatRegistry:
    """Readers and writers by name and file extension, filled by ``register_readers``/``register_writers``."""

    readers: dict[str, Format] = field(default_factory=dict)
    writers: dict[str, Format] = field(default_factory=dict)
    plugin: str = "textplug"  # the plugin whose register hook is running

    def add_reader(self, name: str, read: Reader, extensions: Iterable[str] = ()) -> None:
        """Register an input format (see the ``register_readers`` hook)."""
        self._add(self.readers, name, read, extensions, "reader")

    def add_writer(self, name: str, open_writer: WriterFactory, extensions: Iterable[str] = ()) -> None:
        """Register an output format (see the ``register_writers`` hook)."""
        self._add(self.writers, name, open_writer, extensions, "writer")

    def _add(self, table: dict[str, Format], name: str, handler: Callable[..., Any],
             extensions: Iterable[str], kind: str) -> None:
        if name in table:
            raise ConfigError(f"{kind} {name!r} is registered twice (by {table[name].plugin!r} and {self.plugin!r})")
        table[name] = Format(name, handler, tuple(e.lower() for e in extensions), self.plugin)

    def reader_for(self, path: str, format: str | None = None) -> Format:
        return self._lookup(self.readers, path, format, "reader")

    def writer_for(self, path: str, format: str | None = None) -> Format:
        return self._lookup(self.writers, path, format, "writer")

    def _lookup(self, table: dict[str, Format], path: str, format: str | None, kind: str) -> Format:
        option = "--format" if kind == "reader" else "--output-format"  # the CLI option that names it
        if format:
            if format not in table:
                raise ConfigError(f"unknown {kind} format {format!r} ({option}); known: {', '.join(sorted(table))}")
            return table[format]
        name = path.lower().removesuffix(".gz")
        for fmt in table.values():
            if any(name.endswith(ext) for ext in fmt.extensions):
                return fmt
        known = ", ".join(f"{f.name} ({' '.join(f.extensions)})" for f in table.values())
        raise ConfigError(f"no {kind} for {path!r}: name the format with {option}; known: {known}")


