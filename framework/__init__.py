"""textplug: news articles and tweets in, structured records out (quotes, speakers, channels, languages,
entities, sources). This module is the public API; everything a user or plugin author needs is here."""


from .batch import RunStats
from .config import PipelineConfig, parse_settings, plugin_settings, setting_flag
from .contract import API_VERSION, SCHEMA_VERSION
from .document import Document
from .errors import (
    ConfigError,
    ContractError,
    DependencyError,
    ErrorRateExceeded,
    FieldError,
    InputError,
    PluginError,
    PluginLoadError,
    RecordError,
    SpanError,
    TextplugError,
)
from .hookspecs import PHASES, hookimpl, hookspec
from .io import iter_inputs
from .offsets import OffsetMap, from_utf8, from_utf16, to_utf8, to_utf16
from .pipeline import Pipeline
from .record import SCHEMA, dumps, error_record, is_error_record, loads, new_record, validate_record
from .registry import FormatRegistry, PluginInfo

__version__ = "0.1.0"

__all__ = [
    "__version__",
    # running
    "Pipeline",
    "PipelineConfig",
    "RunStats",
    "iter_inputs",
    "parse_settings",
    # writing plugins
    "hookimpl",
    "plugin_settings",
    "setting_flag",
    "hookspec",
    "PHASES",
    "API_VERSION",
    "SCHEMA_VERSION",
    "Document",
    "FormatRegistry",
    "PluginInfo",
    # records
    "SCHEMA",
    "new_record",
    "error_record",
    "is_error_record",
    "validate_record",
    "dumps",
    "loads",
    # offsets
    "OffsetMap",
    "to_utf16",
    "from_utf16",
    "to_utf8",
    "from_utf8",
    # errors
    "TextplugError",
    "ConfigError",
    "ContractError",
    "DependencyError",
    "ErrorRateExceeded",
    "FieldError",
    "InputError",
    "PluginError",
    "PluginLoadError",
    "RecordError",
    "SpanError",
]
