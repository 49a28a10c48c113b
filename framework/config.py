"""Pipeline configuration: a small picklable value, so worker processes rebuild the same pipeline from it."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ERROR_POLICIES = ("record", "raise", "dead-letter")

__all__ = ["PipelineConfig", "parse_settings", "plugin_settings", "setting_flag", "ERROR_POLICIES"]


def plugin_settings(config: Mapping[str, Any], name: str, known: Iterable[str]) -> dict[str, Any]:
    """A plugin's settings table from the ``configure`` hook's ``config``, as a new dict; a table that is no table,
    or a key the plugin does not know, is a :class:`ConfigError` naming the known ones (a misspelt
    ``--set quotes.langauges=fr`` must not be a silent no-op)."""
    settings = config.get(name) or {}
    if not isinstance(settings, Mapping):
        raise ConfigError(f"{name}: settings must be a table, not {settings!r}")
    known = frozenset(known)
    unknown = sorted(set(settings) - known)
    if unknown:
        raise ConfigError(f"{name}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return dict(settings)


def setting_flag(settings: Mapping[str, Any], name: str, key: str, default: bool) -> bool:
    """The switch ``settings[key]`` of plugin ``name`` (``default`` when absent): a bool, or 1/0, true/false,
    yes/no, on/off as ``--set`` gives them; anything else is a :class:`ConfigError` (``maybe`` must not read as
    false in silence)."""
    value = settings.get(key)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}: {key} must be true or false, not {value!r}")


def _names(value: str | Iterable[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    return tuple(name.strip() for name in value if name.strip())


@dataclass(frozen=True)
class PipelineConfig:
    """What a pipeline is built from.

    - ``plugins``: allow list of plugin names (``None``: every installed plugin);
    - ``disable``: block list; both also from ``TEXTPLUG_PLUGINS`` / ``TEXTPLUG_DISABLE`` (comma lists);
    - ``modules``: extra plugins by import path, ``"package.module:Class"`` or ``"package.module"``;
    - ``entry_points``: discover installed plugins (group ``textplug``);
    - ``settings``: ``{plugin: {key: value}}`` handed to every plugin's ``configure``;
    - ``on_error``: ``record`` (default: keep going, errors in the record), ``raise`` (stop at the first
      plugin error) or ``dead-letter`` (records with errors go to ``dead_letter`` instead of the output);
    - ``max_error_rate``: fail a run when more than this share of documents failed: it stops early once
      ``min_documents_for_rate`` documents are done (so a few failures at the start do not stop a long run),
      and the whole run is checked at its end, however few documents it had;
    - ``max_doc_chars``: larger documents become error records instead of being processed.
    """

    plugins: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    modules: tuple[str, ...] = ()
    entry_points: bool = True
    settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    on_error: str = "record"
    dead_letter: str | None = None
    max_error_rate: float | None = None
    min_documents_for_rate: int = 100
    max_doc_chars: int = 10_000_000

    def __post_init__(self) -> None:
        object.__setattr__(self, "plugins", _names(self.plugins))
        object.__setattr__(self, "disable", _names(self.disable) or ())
        object.__setattr__(self, "modules", _names(self.modules) or ())
        object.__setattr__(self, "settings", {k: dict(v) for k, v in dict(self.settings).items()})
        if self.on_error not in ERROR_POLICIES:
            raise ConfigError(f"on_error must be one of {', '.join(ERROR_POLICIES)}, not {self.on_error!r}")
        if self.on_error == "dead-letter" and not self.dead_letter:
            raise ConfigError("on_error='dead-letter' needs a dead_letter file")
        if self.max_error_rate is not None and not 0 <= self.max_error_rate <= 1:
            raise ConfigError(f"max_error_rate must be between 0 and 1, not {self.max_error_rate}")
        if self.max_doc_chars <= 0:
            raise ConfigError("max_doc_chars must be positive")

    @classmethod
    def build(cls, source: PipelineConfig | Mapping[str, Any] | str | Path | None = None,
              /, **overrides: Any) -> PipelineConfig:
        """A config from an object, a mapping, or a TOML/JSON file, with keyword overrides and the
        ``TEXTPLUG_PLUGINS`` / ``TEXTPLUG_DISABLE`` environment variables applied."""
        if isinstance(source, PipelineConfig):
            base = asdict(source)
        elif source is None:
            base = {}
        elif isinstance(source, Mapping):
            base = dict(source)
        else:
            base = _read_file(Path(source))
        base.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(base) - known)
        if unknown:
            raise ConfigError(f"unknown config key(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        env_allow = os.environ.get("TEXTPLUG_PLUGINS")
        if env_allow and "plugins" not in overrides:
            base["plugins"] = env_allow
        env_block = os.environ.get("TEXTPLUG_DISABLE")
        if env_block:
            base["disable"] = tuple(_names(base.get("disable")) or ()) + tuple(_names(env_block) or ())
        return cls(**base)

    def with_settings(self, settings: Mapping[str, Mapping[str, Any]]) -> PipelineConfig:
        """A copy with ``settings`` merged over the current ones, plugin by plugin."""
        merged = {k: dict(v) for k, v in self.settings.items()}
        for plugin, values in settings.items():
            merged.setdefault(plugin, {}).update(values)
        return replace(self, settings=merged)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (picklable, JSON-able) that ``build`` turns back into this config."""
        return asdict(self)


def _read_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from exc
    try:
        if path.suffix == ".json":
            return json.loads(raw)
        return tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid {path.suffix.lstrip('.') or 'TOML'}: {exc}") from exc


def parse_settings(pairs: Iterable[str]) -> dict[str, dict[str, str]]:
    """``["quotes.languages=fr,en"]`` → ``{"quotes": {"languages": "fr,en"}}`` (values stay strings)."""
    settings: dict[str, dict[str, str]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        plugin, dot, name = key.strip().partition(".")
        if not sep or not dot or not plugin or not name:
            raise ConfigError(f"--set takes plugin.key=value, not {pair!r}")
        settings.setdefault(plugin, {})[name] = value
    return settings
