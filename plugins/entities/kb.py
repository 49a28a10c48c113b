"""The knowledge base: one SQLite file holding entities, aliases and a compact alias index.

Layout (format ``textplug-kb/1``):

- ``entities``: one row per entity: ``id`` (a Wikidata ``Q…`` id, or a namespaced local id such as
  ``geonames:2988507`` or ``textplug:ars-technica`` when no Wikidata id is known for certain), preferred
  ``label``, ``labels`` and ``descriptions`` (JSON, per language), coarse ``type`` (PER/ORG/LOC/PROD/MISC),
  ``classes`` (P31 ids), ``prior`` in [0, 1] (from the sitelink count or the population), ``qid``.
- ``aliases``: (key, entity, text, lang, flags); ``key`` is :func:`normalize.alias_key` of ``text``.
- ``blobs``: the alias index, built once at the end of a build: a marisa-trie of the distinct keys plus
  three arrays (per key the first candidate; per candidate the entity row and flags). Loading the KB reads
  these blobs (a few MB for the default KB) and nothing else; entity rows are read on demand and cached.

Why this layout: SQLite is in the standard library, one file, inspectable with any SQLite tool, and reads
single rows in microseconds; marisa-trie stores the keys at a fraction of a Python dict's size, loads in
milliseconds, and answers "which aliases are prefixes of this token sequence" in one C call, which is the
matcher's inner loop.
"""

from __future__ import annotations

import math
import os
import sqlite3
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import marisa_trie
import orjson

from .normalize import alias_key
from .types import coarse_type

__all__ = ["KB", "KBWriter", "Entity", "EntityRecord", "FORMAT", "Flag", "prior_from_sitelinks",
           "prior_from_population"]

FORMAT = "textplug-kb/1"


class Flag:
    """Bits of an alias's flags."""

    LABEL = 1      # the entity's label (not an alias)
    LOWER = 2      # the alias has no upper-case letter (a common noun, "be", "scot"): needs strong evidence
    SIGIL = 4      # an @handle (P2002) or #hashtag (P2572)
    USER = 8       # from a user overlay / curated file
    ACRONYM = 16   # all capitals, 2-6 letters (NAACP)
    SHORT = 32     # three characters or fewer once normalised (Ars)


def prior_from_sitelinks(n: int) -> float:
    """Popularity prior in [0, 1] from a sitelink count (400+ sitelinks ~ 1)."""
    return min(1.0, math.log1p(max(n, 0)) / math.log1p(400))


def prior_from_population(pop: int) -> float:
    """Popularity prior in [0, 1] from a population (10 M ~ 0.9, 15,000 ~ 0.45)."""
    if pop <= 0:
        return 0.2
    return min(1.0, 0.45 + (math.log10(pop) - math.log10(15000)) * 0.16)


def alias_flags(text: str, key: str) -> int:
    if text[:1] in "@#":
        return Flag.SIGIL  # handles and hashtags match whatever their case; the sigil is evidence enough
    flags = 0
    letters = [c for c in text if c.isalpha()]
    if letters and not any(c.isupper() for c in letters):
        flags |= Flag.LOWER
    if letters and 2 <= len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in text.strip():
        flags |= Flag.ACRONYM
    if len(key.replace(" ", "")) <= 3:
        flags |= Flag.SHORT
    return flags


@dataclass
class EntityRecord:
    """One entity as a builder produces it (from a dump line, a JSON-lines row, a gazetteer)."""

    id: str
    labels: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    p31: list[str] = field(default_factory=list)
    p279: list[str] = field(default_factory=list)
    type: str | None = None
    prior: float | None = None
    sitelinks: int = 0
    handles: list[str] = field(default_factory=list)    # Twitter usernames (P2002), without "@"
    hashtags: list[str] = field(default_factory=list)   # hashtags (P2572), without "#"
    qid: str | None = None
    user: bool = False                                   # from an overlay: its aliases carry Flag.USER

    def label(self, langs: Iterable[str] = ("fr", "en")) -> str:
        for lang in (*langs, "mul", "*"):
            if lang in self.labels:
                return self.labels[lang]
        return next(iter(self.labels.values()), self.id)


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity as the KB returns it."""

    row: int
    id: str
    label: str
    type: str
    prior: float
    description: str
    classes: tuple[str, ...]
    qid: str | None
    labels: dict[str, str] = field(default_factory=dict, compare=False)  # per language ("*": any)

    def label_in(self, lang: str) -> str:
        """The label in ``lang`` when the KB has one (``London`` in an English text, ``Londres`` in a French
        one), else the KB's label."""
        return self.labels.get(lang) or self.label


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS entities (
    row INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, label TEXT, labels TEXT, descriptions TEXT,
    type TEXT, classes TEXT, prior REAL, qid TEXT);
CREATE TABLE IF NOT EXISTS aliases (key TEXT NOT NULL, entity INTEGER NOT NULL, text TEXT, lang TEXT,
    flags INTEGER, PRIMARY KEY (key, entity)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, data BLOB);
"""


class KBWriter:
    """Write a KB file: ``add()`` entity records (merged by id), then ``close()`` builds the index.

    Rows go to SQLite in batches, so memory stays constant while entities stream in; only the final index
    build holds the distinct alias keys in memory.
    """

    def __init__(self, path: str | os.PathLike, *, langs: Iterable[str] | None = ("fr", "en"),
                 label_langs: Iterable[str] = ("fr", "en"), base: str | os.PathLike | None = None) -> None:
        self.path = Path(path)
        self.tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        if self.tmp.exists():
            self.tmp.unlink()
        if base is not None:
            src = sqlite3.connect(f"file:{Path(base)}?mode=ro", uri=True)
            dst = sqlite3.connect(self.tmp)
            src.backup(dst)
            src.close()
            self.db = dst
        else:
            self.db = sqlite3.connect(self.tmp)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        self.langs = None if langs is None else tuple(langs)
        self.label_langs = tuple(label_langs)
        self.count = 0
        self._pending = 0
        self.sources: list[str] = []

    def add(self, rec: EntityRecord) -> None:
        db = self.db
        langs = self.langs
        labels = rec.labels if langs is None else {k: v for k, v in rec.labels.items()
                                                   if k in langs or k in ("*", "mul")}
        descriptions = (rec.descriptions if langs is None
                        else {k: v for k, v in rec.descriptions.items() if k in langs or k == "*"})
        etype = rec.type or coarse_type(rec.p31, rec.p279)
        prior = rec.prior if rec.prior is not None else prior_from_sitelinks(rec.sitelinks)
        qid = rec.qid or (rec.id if rec.id[:1] == "Q" and rec.id[1:].isdigit() else None)
        cur = db.execute("SELECT row, labels, descriptions, classes, type, prior FROM entities WHERE id = ?",
                         (rec.id,))
        old = cur.fetchone()
        if old is None:
            label = EntityRecord(rec.id, labels or rec.labels).label(self.label_langs)
            cur = db.execute(
                "INSERT INTO entities (id, label, labels, descriptions, type, classes, prior, qid) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (rec.id, label, orjson.dumps(labels).decode(), orjson.dumps(descriptions).decode(), etype,
                 " ".join(rec.p31), prior, qid))
            row = cur.lastrowid
        else:  # overlay: merge into the existing entity
            row = old[0]
            merged_labels = orjson.loads(old[1]) | labels
            merged_desc = orjson.loads(old[2]) | descriptions
            classes = old[3] or " ".join(rec.p31)
            db.execute(
                "UPDATE entities SET label = ?, labels = ?, descriptions = ?, type = ?, classes = ?, prior = ? "
                "WHERE row = ?",
                (EntityRecord(rec.id, merged_labels).label(self.label_langs), orjson.dumps(merged_labels).decode(),
                 orjson.dumps(merged_desc).decode(), rec.type or old[4], classes,
                 rec.prior if rec.prior is not None else old[5], row))
        rows = []
        user = Flag.USER if rec.user else 0
        for lang, text in labels.items():
            rows.append((text, lang, Flag.LABEL | user))
        for lang, texts in rec.aliases.items():
            if langs is not None and lang not in langs and lang not in ("*", "mul"):
                continue
            for text in texts:
                rows.append((text, lang, user))
        for h in rec.handles:
            rows.append(("@" + h.lstrip("@"), "*", user))
        for h in rec.hashtags:
            rows.append(("#" + h.lstrip("#"), "*", user))
        out = []
        for text, lang, flags in rows:
            key = alias_key(text)
            if not key:
                continue
            if text[:1] in "@#":
                key = text[0] + key.lstrip("@#").replace(" ", "_")
            out.append((key, row, text, lang, flags | alias_flags(text, key)))
        if out:
            # an alias seen again (an overlay repeating a gazetteer's alias) keeps the union of its flags
            db.executemany("INSERT INTO aliases (key, entity, text, lang, flags) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT(key, entity) DO UPDATE SET flags = flags | excluded.flags", out)
        self.count += 1
        self._pending += 1
        if self._pending >= 5000:
            db.commit()
            self._pending = 0

    def add_all(self, records: Iterable[EntityRecord]) -> int:
        n = 0
        for rec in records:
            self.add(rec)
            n += 1
        return n

    def close(self, meta: dict | None = None) -> Path:
        """Build the alias index, write the metadata, and move the file into place (atomically)."""
        db = self.db
        db.commit()
        keys: list[str] = []
        bounds: list[int] = []
        ents = array("I")
        flags = array("B")
        last = None
        for key, ent, fl in db.execute("SELECT key, entity, MAX(flags) FROM aliases GROUP BY key, entity "
                                       "ORDER BY key, entity"):
            if key != last:
                keys.append(key)
                bounds.append(len(ents))
                last = key
            ents.append(ent)
            flags.append(fl & 0xFF)
        bounds.append(len(ents))
        trie = marisa_trie.Trie(keys)
        # marisa assigns its own key ids: lay the candidate lists out in key-id order
        by_key = {key: (bounds[i], bounds[i + 1]) for i, key in enumerate(keys)}
        del keys
        out_ents = array("I")
        out_flags = array("B")
        starts = array("I", [0] * (len(by_key) + 1))
        for kid in range(len(by_key)):
            key = trie.restore_key(kid)
            b, e = by_key[key]
            starts[kid] = len(out_ents)
            out_ents.extend(ents[b:e])
            out_flags.extend(flags[b:e])
        starts[len(by_key)] = len(out_ents)
        # first words of lower-case user aliases ("patron de Tesla"): the matcher also tries them as starts
        user_starts = sorted({key.split(" ", 1)[0] for key, text in db.execute(
            "SELECT key, text FROM aliases WHERE flags & ? AND flags & ? = 0", (Flag.USER, Flag.SIGIL))
            if key and text[:1].islower()})
        for name, data in (("trie", trie.tobytes()), ("starts", starts.tobytes()),
                           ("entities", out_ents.tobytes()), ("flags", out_flags.tobytes()),
                           ("user_starts", "\n".join(user_starts).encode())):
            db.execute("INSERT OR REPLACE INTO blobs (name, data) VALUES (?, ?)", (name, data))
        info = {"format": FORMAT, "entities": str(db.execute("SELECT COUNT(*) FROM entities").fetchone()[0]),
                "aliases": str(len(out_ents)), "keys": str(len(by_key))}
        if self.sources:
            info["sources"] = orjson.dumps(self.sources).decode()
        for k, v in (meta or {}).items():
            info[k] = v if isinstance(v, str) else orjson.dumps(v).decode()
        db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(info.items()))
        db.commit()
        db.execute("VACUUM")
        db.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        self.db.close()
        if self.tmp.exists():
            self.tmp.unlink()


class KB:
    """A read-only knowledge base loaded from a KB file (see the module docstring)."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise FileNotFoundError(f"knowledge base not found: {self.path}")
        self.db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        try:
            self.meta = dict(self.db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise ValueError(f"{self.path}: not a {FORMAT} knowledge base ({exc})") from exc
        if self.meta.get("format") != FORMAT:
            self.db.close()
            raise ValueError(f"{self.path}: not a {FORMAT} knowledge base (format {self.meta.get('format')!r})")
        blobs = dict(self.db.execute("SELECT name, data FROM blobs"))
        self.trie = marisa_trie.Trie().frombytes(blobs["trie"])
        self._starts = array("I")
        self._starts.frombytes(blobs["starts"])
        self._ents = array("I")
        self._ents.frombytes(blobs["entities"])
        self._flags = array("B")
        self._flags.frombytes(blobs["flags"])
        self.user_starts = frozenset(blobs.get("user_starts", b"").decode().split("\n")) - {""}
        self._cache: dict[int, Entity] = {}
        self._ids: dict[str, int] = {}

    def __len__(self) -> int:
        return int(self.meta.get("entities", 0))

    def __repr__(self) -> str:
        return f"KB({str(self.path)!r}, entities={len(self)}, aliases={len(self._ents)})"

    # alias index
    def candidates_for_id(self, key_id: int) -> list[tuple[int, int]]:
        """(entity row, flags) of the alias key with marisa id ``key_id``."""
        b, e = self._starts[key_id], self._starts[key_id + 1]
        return list(zip(self._ents[b:e], self._flags[b:e], strict=True))

    def lookup(self, text: str) -> list[tuple[Entity, int]]:
        """Entities (with alias flags) whose alias normalises like ``text``."""
        key = alias_key(text)
        if text[:1] in "@#":
            key = text[0] + key.lstrip("@#").replace(" ", "_")
        kid = self.trie.get(key)
        if kid is None:
            return []
        return [(self.entity(row), fl) for row, fl in self.candidates_for_id(kid)]

    def prefixes(self, joined: str) -> Iterator[tuple[str, int]]:
        """(key, key id) of every alias key that is a prefix of ``joined`` (a space-joined token string)."""
        return self.trie.iter_prefixes_with_ids(joined)

    # entities
    def entity(self, row: int) -> Entity:
        ent = self._cache.get(row)
        if ent is None:
            r = self.db.execute("SELECT row, id, label, type, prior, descriptions, classes, qid, labels "
                                "FROM entities WHERE row = ?", (row,)).fetchone()
            if r is None:
                raise KeyError(row)
            desc = orjson.loads(r[5]) if r[5] else {}
            text = " ".join(desc.values())
            ent = Entity(r[0], r[1], r[2], r[3], r[4], text, tuple((r[6] or "").split()), r[7],
                         orjson.loads(r[8]) if r[8] else {})
            self._cache[row] = ent
        return ent

    def get(self, entity_id: str) -> Entity | None:
        row = self._ids.get(entity_id)
        if row is None:
            r = self.db.execute("SELECT row FROM entities WHERE id = ?", (entity_id,)).fetchone()
            if r is None:
                return None
            row = self._ids[entity_id] = r[0]
        return self.entity(row)

    def aliases_of(self, entity_id: str) -> list[tuple[str, str, int]]:
        """(text, lang, flags) of an entity's aliases and labels."""
        ent = self.get(entity_id)
        if ent is None:
            return []
        return list(self.db.execute("SELECT text, lang, flags FROM aliases WHERE entity = ? ORDER BY text",
                                    (ent.row,)))

    def labels(self, entity_id: str) -> dict[str, str]:
        r = self.db.execute("SELECT labels FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return orjson.loads(r[0]) if r and r[0] else {}

    def close(self) -> None:
        self.db.close()
