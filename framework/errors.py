"""One exception hierarchy for textplug: catch ``TextplugError`` to catch everything we raise."""

from __future__ import annotations


class TextplugError(Exception):
    """Base class of every error textplug raises on purpose."""


class ConfigError(TextplugError):
    """A configuration value is missing, malformed or unsupported."""


class PluginLoadError(TextplugError):
    """A plugin could not be imported or instantiated (names the distribution and entry point)."""


class ContractError(PluginLoadError):
    """A plugin requires a plugin API or record schema version this textplug does not provide."""


class DependencyError(TextplugError):
    """The enabled plugins' ``requires`` are not met by any enabled plugin's ``provides``."""


class SpanError(TextplugError, ValueError):
    """A span is out of bounds, reversed, or written to a layer the plugin does not own."""


class FieldError(TextplugError, ValueError):
    """A ``doc`` field set by a plugin that does not provide it, or to a value the record format refuses."""


class RecordError(TextplugError, ValueError):
    """A record does not follow the record format (DESIGN §3)."""


class InputError(TextplugError):
    """An input could not be read or parsed into a document."""


class PluginError(TextplugError):
    """A plugin raised while processing a document (raised under the ``raise`` error policy)."""

    def __init__(self, plugin: str, hook: str, cause: str) -> None:
        super().__init__(plugin, hook, cause)
        self.plugin = plugin
        self.hook = hook
        self.cause = cause

    def __str__(self) -> str:
        return f"plugin {self.plugin!r} failed in {self.hook}: {self.cause}"


class ErrorRateExceeded(TextplugError):
    """Too many documents failed: the run stops rather than write mostly error records."""


__all__ = [
    "TextplugError",
    "ConfigError",
    "PluginLoadError",
    "ContractError",
    "DependencyError",
    "SpanError",
    "FieldError",
    "RecordError",
    "InputError",
    "PluginError",
    "ErrorRateExceeded",
]
