"""The `language` plugin: ``doc.lang`` and the language of paragraphs, quotes and tweets, with scores.

Phase ``detect_language``: the document (CLD2 on long texts, the short-span cascade on short ones and on tweet
documents) and each span of the ``paragraph`` layer when a reader (html) made one. Phase ``finalize_document``
(``tryfirst``, so that later finalizers such as channels see the result): spans that only exist after
segmentation: ``quote`` (decided on the quote's content ``parts``, without the marks) and ``embedded_tweet``
(on the tweet's own text, ``text_start``/``text_end``).

Spans inside a document take its language as a prior (when ``doc.lang`` is known with score >= 0.8): a span
keeps it unless lingua's low-accuracy models find it clearly another language (``Detector._prior_judge``).
This keeps the per-span pass cheap: most quotes are one-word scare quotes and names, on which the span
cascade would load lingua's large models language after language (10 s and 1 GB over 360 news articles).

A document that mixes languages (a second one with 20 % of the text or more, by CLD2) also gets
``doc.lang.mix``: ``{"fr": 0.58, "en": 0.41}``.

On a span the plugin writes ``lang`` and ``lang_score``; it never adds spans, so it owns no layer (it
``provides`` only ``doc.lang``) and requires none: the layers it annotates are used when present. When the
span's owner had already set ``lang`` (the ``lang`` attribute of the HTML element) and the detection differs,
the owner's value is kept as ``lang_declared``.

Settings (``--set language.KEY=VALUE``): ``languages`` (``fr,en,de``: answer only among these; a code no
engine supports is a ``ConfigError``), ``min_letters`` (fewer letters after cleaning: ``und``, default 3),
``exhaustive`` (``true``: lingua scores every allowed language on very short texts; slower),
``spans`` (``false``: document language only), ``prior`` (``false``: spans are decided on their own text,
without the document's language: foreign word pairs and single words inside articles are found more often,
one-word scare quotes in the article's language less often, and the cascade may load lingua's large models),
``lingua_languages`` (at most this many high-accuracy lingua languages loaded at once, ~25 MB each, the least
recently used unloaded past it; default 0: no cap).
"""

from __future__ import annotations

from typing import Any

from framework import ConfigError, Document, hookimpl, plugin_settings, setting_flag

from .detector import PRIOR_MIN_SCORE, SPAN_PREFIX, UND, Detection, Detector, parse_languages
from .engines import MAX_HIGH, LinguaEngine

__all__ = ["Language"]

_SETTINGS = frozenset(
    {"languages", "min_letters", "exhaustive", "spans", "prior", "document_chars", "lingua_languages"}
)


def _int(settings: dict[str, Any], key: str, default: int, low: int) -> int:
    value = settings.get(key, default)
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"language: {key} must be an integer, not {value!r}") from None
    if number < low:
        raise ConfigError(f"language: {key} must be >= {low}, not {number}")
    return number


def _visible_text(doc: Document) -> str:
    """The text with regions other plugins asked to skip (source tags) blanked, offsets unchanged."""
    ignored = doc.ignored()
    if not ignored:
        return doc.text
    chars = list(doc.text)
    for start, end in ignored:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def is_tweet_document(doc: Document) -> bool:
    """A tweet record (read from tweet JSON): its text is short, informal and full of entities."""
    return str(doc.meta.get("format") or "").startswith("tweet")


class Language:
    """Document and span languages (``doc.lang`` has ``mix``, the shares, when a document mixes languages);
    settings ``languages``, ``min_letters``, ``exhaustive``, ``spans``, ``prior``, ``document_chars``,
    ``lingua_languages``."""

    name = "language"
    provides = ("doc.lang",)
    requires = ()
    uses = ("paragraph", "quote", "embedded_tweet")  # annotated with their language when present
    # Layers whose spans get ``lang``/``lang_score`` when another plugin made them (informative: the core
    # checks layer ownership on add_span only, and this plugin adds no span).
    annotates = ("paragraph", "quote", "embedded_tweet")

    def __init__(self) -> None:
        self.detector = Detector()
        self.spans = True
        self.prior = True

    @hookimpl
    def configure(self, config: dict[str, Any]) -> None:
        settings = plugin_settings(config, self.name, _SETTINGS)
        self.detector = Detector(
            languages=parse_languages(settings.get("languages")),
            min_letters=_int(settings, "min_letters", 3, 1),
            exhaustive=setting_flag(settings, self.name, "exhaustive", False),
            document_chars=_int(settings, "document_chars", 200, 1),
        )
        self.spans = setting_flag(settings, self.name, "spans", True)
        self.prior = setting_flag(settings, self.name, "prior", True)
        LinguaEngine.max_high = _int(settings, "lingua_languages", MAX_HIGH, 0)

    def _short(self, text: str, prior: str | None = None) -> Detection:
        """Quotes and tweets: the short-span cascade; past SPAN_PREFIX characters (a long multi-paragraph
        quote, a long-form tweet) the document path, whose cost per character is CLD2's."""
        if len(text) >= SPAN_PREFIX:
            return self.detector.detect_document(text)
        return self.detector.detect_span(text, prior)

    # -- phase 2 -----------------------------------------------------------------------------------------
    @hookimpl
    def detect_language(self, doc: Document) -> None:
        text = _visible_text(doc)
        det = self._short(text) if is_tweet_document(doc) else self.detector.detect(text)
        if det.mix:
            doc.set("lang", det.lang, score=det.score, engine=det.engine, mix={c: share for c, share in det.mix})
        else:
            doc.set("lang", det.lang, score=det.score, engine=det.engine)
        if self.spans:
            prior = _prior(doc) if self.prior else None
            for span in doc.spans("paragraph"):
                _annotate(span, self.detector.detect(text[span["start"] : span["end"]], prior))

    # -- phase 6 -----------------------------------------------------------------------------------------
    @hookimpl(tryfirst=True)
    def finalize_document(self, doc: Document) -> None:
        if not self.spans:
            return
        text = doc.text
        prior = _prior(doc) if self.prior else None
        for span in doc.spans("quote"):
            parts = span.get("parts") or [(span["start"], span["end"])]
            content = " ".join(text[start:end] for start, end in parts)
            _annotate(span, self._short(content, prior))
        for span in doc.spans("embedded_tweet"):
            start = span.get("text_start", span["start"])
            end = span.get("text_end", span["end"])
            _annotate(span, self._short(text[start:end], prior))


def _prior(doc: Document) -> str | None:
    """The document's language when it is known and sure enough to stand as a prior for its spans."""
    lang = doc.record["doc"].get("lang")
    if not isinstance(lang, dict):
        return None
    value, score = lang.get("value"), lang.get("score") or 0.0
    return value if value and value != UND and score >= PRIOR_MIN_SCORE else None


def _annotate(span: dict[str, Any], det: Detection) -> None:
    """Write ``lang``/``lang_score`` on a span, keeping a different value its owner declared."""
    declared = span.get("lang")
    if declared and declared != det.lang and "lang_declared" not in span:
        span["lang_declared"] = declared
    span["lang"] = det.lang
    span["lang_score"] = det.score if det.lang != UND else 0.0
