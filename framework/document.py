"""``Document``: the helper view plugins get of a record, over the plain dict.

The record stays a plain dict (serialized as is); ``Document`` only adds checked writes that know which
plugin and hook are running, so spans land in the right layer and errors name their author.
"""

from __future__ import annotations

from typing import Any

from .errors import FieldError, SpanError
from .record import UNDETERMINED, is_language_code

IGNORE_LAYER = "ignore"
_OUTSIDE = ("textplug", "", None, None)  # the context of a document no hook is running on

__all__ = ["Document", "IGNORE_LAYER"]


class Document:
    """A record under processing. The pipeline sets the running step before each hook call."""

    __slots__ = ("record", "text", "_step", "_owners")

    def __init__(self, record: dict[str, Any], owners: dict[str, str] | None = None) -> None:
        self.record = record
        self.text: str = record["text"]
        # (plugin, hook, implementation, layers it may write or None): the pipeline's plan entry of the hook
        # running now, set in one store per hook call
        self._step: tuple[str, str, Any, frozenset[str] | None] = _OUTSIDE
        self._owners = owners or {}

    # -- context set by the pipeline ------------------------------------------------------------------
    def _enter(self, plugin: str, hook: str, may_write: frozenset[str] | None) -> None:
        self._step = (plugin, hook, None, may_write)

    @property
    def plugin(self) -> str:
        """The plugin whose hook is running (errors and ``set`` name it)."""
        return self._step[0]

    @property
    def hook(self) -> str:
        """The hook that is running."""
        return self._step[1]

    # -- reading ---------------------------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self.record["id"]

    @property
    def meta(self) -> dict[str, Any]:
        return self.record["meta"]

    @property
    def layers(self) -> dict[str, list[dict[str, Any]]]:
        return self.record["layers"]

    def spans(self, layer: str) -> list[dict[str, Any]]:
        """The spans of ``layer`` (an empty list when no plugin wrote it)."""
        return self.record["layers"].get(layer, [])

    def span_text(self, span: dict[str, Any]) -> str:
        """The text a span covers."""
        return self.text[span["start"] : span["end"]]

    def get(self, name: str, default: Any = None) -> Any:
        """The value of document field ``doc.<name>``, or ``default``."""
        field = self.record["doc"].get(name)
        return default if field is None else field.get("value", default)

    def ignored(self) -> list[tuple[int, int]]:
        """Regions earlier plugins asked the others to skip (source tags, boilerplate)."""
        return [(span["start"], span["end"]) for span in self.record["layers"].get(IGNORE_LAYER, ())]

    # -- writing ---------------------------------------------------------------------------------------
    def add_span(self, layer: str, start: int, end: int, **attrs: Any) -> dict[str, Any]:
        """Append a span ``{start, end, **attrs}`` to ``layer`` and return it.

        Offsets are code points, half-open. Raises ``SpanError`` when the span is outside the text or
        reversed, or when the layer is declared by another plugin (or not declared by a plugin that
        declares what it provides).
        """
        if not (type(start) is int and type(end) is int and 0 <= start <= end <= len(self.text)):
            raise SpanError(
                f"plugin {self.plugin!r}: span [{start!r}, {end!r}) on layer {layer!r} is not within "
                f"0..{len(self.text)} with start <= end"
            )
        plugin, _, _, may_write = self._step  # ``_may_write`` inlined: this runs once per span
        if not (layer in may_write if may_write is not None else self._owners.get(layer, plugin) == plugin):
            raise SpanError(f"plugin {plugin!r} may not write layer {layer!r}: {self._refusal(layer)}")
        span = {"start": start, "end": end, **attrs}
        layers = self.record["layers"]
        if layer in layers:
            layers[layer].append(span)
        else:
            layers[layer] = [span]
        return span

    def _may_write(self, item: str) -> bool:
        """Whether the running plugin may write ``item`` (a layer or ``doc.<field>``): a plugin that declares
        ``provides`` only those; one that declares nothing, whatever no other plugin provides (a quick plugin in
        a script works, and still cannot overwrite another's output)."""
        plugin, _, _, may_write = self._step
        return item in may_write if may_write is not None else self._owners.get(item, plugin) == plugin

    def _refusal(self, item: str) -> str:
        """Why the running plugin may not write ``item``, for the error message."""
        owner = self._owners.get(item)
        if owner and owner != self.plugin:
            return f"it belongs to plugin {owner!r}"
        return "the plugin does not list it in `provides`"

    def set(self, name: str, value: Any, **extra: Any) -> None:
        """Set document field ``doc.<name>`` to ``{"value": value, "by": <plugin>, **extra}``.

        Raises ``FieldError`` when the field is another plugin's or not in the ``provides`` of a plugin that
        declares them (as ``add_span`` does for layers), or when ``lang`` is not an ISO 639-1 code (ISO 639-3 for
        a language without one) or ``und``.
        """
        plugin, field = self.plugin, f"doc.{name}"
        if not self._may_write(field):
            raise FieldError(f"plugin {plugin!r} may not set {field}: {self._refusal(field)}")
        if name == "lang" and not is_language_code(value):
            raise FieldError(f"plugin {plugin!r} set doc.lang to {value!r}, which is not an ISO 639-1 code "
                             f"(lower case, such as 'fr'; ISO 639-3 for a language without one, such as 'haw') "
                             f"or {UNDETERMINED!r}")
        self.record["doc"][name] = {"value": value, "by": plugin, **extra}

    def add_error(self, message: str, type: str = "PluginWarning") -> None:
        """Record a problem without raising: ``{plugin, hook, type, message}`` in ``errors``."""
        self.record["errors"].append({"plugin": self.plugin, "hook": self.hook, "type": type, "message": message})

    def ignore(self, start: int, end: int, reason: str) -> None:
        """Mark ``[start, end)`` as a region later plugins should skip (any plugin may mark one)."""
        if not (0 <= start <= end <= len(self.text)):
            raise SpanError(f"plugin {self.plugin!r}: ignore region [{start}, {end}) is outside the text")
        self.record["layers"].setdefault(IGNORE_LAYER, []).append(
            {"start": start, "end": end, "reason": reason, "by": self.plugin}
        )

    def __repr__(self) -> str:
        return f"<Document {self.id!r} {len(self.text)} chars, layers={sorted(self.layers)}>"
