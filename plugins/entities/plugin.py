"""The ``entities`` plugin: mentions linked to knowledge-base ids (Wikidata ``Q…``) or NIL clusters.

``configure`` opens the KB once per process (the bundled default KB, or ``entities.kb=PATH``, plus
``entities.overlays=a.jsonl,b.jsonl`` merged on top); ``link_entities`` writes the ``entity`` layer:
``{id, start, end, type, kb_id, qid, name, score, cluster}`` per mention, skipping ignored regions.
``kb_id`` is the KB's id (``Q…`` or a namespaced local id such as ``textplug:naacp``; null for NIL),
``qid`` the Wikidata id when the KB knows it for certain.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any

from framework import ConfigError, Document, hookimpl, plugin_settings, setting_flag

from .chrome import share_lists
from .guess import Guesser, first_names
from .kb import KB
from .lang_rules import rules_for_text
from .link import Linker
from .match import Matcher
from .typer import Typer, load_typer

__all__ = ["Entities", "load_kb"]

OUTPUT_TYPES = frozenset({"PER", "ORG", "LOC", "MISC"})
_SETTINGS = frozenset({"kb", "overlays", "nil", "threshold", "guess", "typer"})

_KBS: dict[tuple[str, ...], KB] = {}
OVERLAY_KEEP_SECONDS = 30 * 86400.0  # a merged overlay KB unused this long is removed when another is built
_LOCK = threading.Lock()


def _overlay_kb(base: Path, overlays: tuple[str, ...]) -> Path:
    """A KB file holding ``base`` plus the overlays, cached under a hash of their contents."""
    from ..cache import cache_dir, remove_leftovers
    from .build import build_kb

    h = hashlib.sha256()
    st = base.stat()
    h.update(f"{base.resolve()}:{st.st_size}:{st.st_mtime_ns}".encode())
    for path in overlays:
        try:
            h.update(Path(path).read_bytes())
        except OSError as exc:
            raise ConfigError(f"entities: cannot read overlay {path}: {exc.strerror}") from exc
    out = cache_dir() / f"entities-overlay-{h.hexdigest()[:12]}.sqlite"
    if out.exists():
        try:
            os.utime(out)  # its mtime says when it was last used: the sweep below keeps what is in use
        except OSError:
            pass  # read-only cache: harmless
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        build_kb(out, overlays, base=base, langs=None)
    except ValueError as exc:
        raise ConfigError(f"entities: bad overlay: {exc}") from exc
    # each edit of an overlay or its base makes a new 10 MB file: the ones unused for a month go
    remove_leftovers(out.parent, r"entities-overlay-[0-9a-f]{12}\.sqlite", max_age=OVERLAY_KEEP_SECONDS)
    return out


def load_kb(path: str | None = None, overlays: tuple[str, ...] = ()) -> KB:
    """The KB for these settings, opened once per process (workers share nothing but the file)."""
    key = (path or "", *overlays)
    kb = _KBS.get(key)
    if kb is not None:
        return kb
    with _LOCK:
        kb = _KBS.get(key)
        if kb is not None:
            return kb
        if path:
            base = Path(path)
            if not base.exists():
                raise ConfigError(f"entities: knowledge base not found: {path}")
        else:
            from .default import ensure_default_kb

            base = ensure_default_kb()
        if overlays:
            base = _overlay_kb(base, overlays)
        try:
            kb = KB(base)
        except ValueError as exc:
            raise ConfigError(f"entities: {exc}") from exc
        _KBS[key] = kb
        return kb


class Entities:
    """Entity linking. Settings: ``kb`` (a KB file from ``textplug kb build``; default: the bundled KB),
    ``overlays`` (comma list of JSON-lines entity files merged on top), ``nil`` (emit unlinked mentions,
    default true), ``threshold`` (minimum link score, default 0.3), ``guess`` (the recall pass of
    :mod:`.guess` over unknown names, default true), ``typer`` (the learned typer of :mod:`.typer` on French
    documents, default true; false reads about 1.4 times as many documents a second, with the rules' types)."""

    name = "entities"
    provides = ("entity",)
    requires = ()
    uses = ("url",)  # the tweets plugin's URLs: their paths hold no names

    def __init__(self) -> None:
        self.kb: KB | None = None
        self.matcher: Matcher | None = None
        self.linker = Linker()
        self.nil = True
        self.guesser: Guesser | None = None
        self.typer: Typer | None = None
        self._settings: dict[str, Any] = {}

    @hookimpl
    def configure(self, config: dict[str, Any]) -> None:
        settings = plugin_settings(config, self.name, _SETTINGS)
        self._settings = settings
        overlays = settings.get("overlays") or ()
        if isinstance(overlays, str):
            overlays = tuple(p.strip() for p in overlays.split(",") if p.strip())
        self.nil = setting_flag(settings, self.name, "nil", True)
        value = settings.get("threshold", 0.3)
        try:
            threshold = float(value)
        except ValueError:
            threshold = -1.0
        if not 0 <= threshold <= 1:  # link scores are in [0, 1]; nan fails this too
            raise ConfigError(f"entities: threshold must be a number between 0 and 1, not {value!r}")
        self.linker = Linker(threshold=threshold, first_names=first_names())
        self.kb = load_kb(settings.get("kb") or os.environ.get("TEXTPLUG_ENTITIES_KB"), tuple(overlays))
        self.matcher = Matcher(self.kb)
        self.guesser = Guesser(self.kb, self.matcher) if setting_flag(settings, self.name, "guess", True) else None
        self.typer = load_typer() if setting_flag(settings, self.name, "typer", True) else None

    @hookimpl
    def register_commands(self, cli: Any) -> None:
        from .commands import kb

        cli.add_command(kb)

    @hookimpl
    def link_entities(self, doc: Document) -> None:
        if self.matcher is None:  # used without a pipeline's configure (tests, library code)
            self.configure({})
        text = doc.text
        lang = (doc.record.get("doc") or {}).get("lang")
        code = lang.get("value") if isinstance(lang, dict) else None
        rules = rules_for_text(text, code)
        ignored = doc.ignored()
        ignored.extend(share_lists(text))  # share buttons are no mentions of the article
        ignored.extend((span["start"], span["end"]) for span in doc.spans("url"))
        mentions, norm = self.matcher.scan(text, ignored, rules)
        if self.guesser is not None:
            mentions = self.guesser.refine(mentions, text, norm, rules)
        rows = []
        for n, li in enumerate(self.linker.link(mentions, text, norm), 1):
            ent, m = li.entity, li.mention
            if ent is None and not self.nil:
                continue
            rows.append({"start": m.start, "end": m.end, "id": f"e{n}",
                         "type": li.type if li.type in OUTPUT_TYPES else "MISC",
                         "kb_id": None if ent is None else ent.id, "qid": None if ent is None else ent.qid,
                         "name": li.name if ent is None else ent.label_in(rules.code),
                         "score": li.score, "cluster": li.cluster})
        if self.typer is not None and rules.code == "fr" and rows:  # the language the model was trained on
            for row, typ in zip(rows, self.typer.types(text, rows, self.linker.first_names), strict=True):
                row["type"] = typ
        add = doc.add_span
        for row in rows:
            add("entity", row.pop("start"), row.pop("end"), **row)
