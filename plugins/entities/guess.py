"""Recall pass over the matcher's mentions: names the KB does not know, their boundaries and their types.

The matcher (:mod:`.match`) reads KB aliases and capitalised runs; what it cannot know without more
evidence is fixed here, in one pass over the mentions (linear in their number; each look-back reads at
most ``_LOOKBACK`` characters):

- **first names** (faker's per-locale lists, folded) type an unknown run as a person (``Usain Bolt`` after
  ``à`` is not a place), and cut a run where a person's name starts after capitalised words that are not
  first names (``Intérieur Bernard Cazeneuve``, ``Toronto Rob Ford`` → the person);
- **score lines** ``France - Albanie`` are two names, not one;
- **lower-case heads** that belong to the name before ``de`` (``université de Kyoto``, ``ministère de
  l'Intérieur``, ``place de la République``) extend the mention;
- **nested places**: a known place after ``de`` inside a longer name (``Grande mosquée de Paris``,
  ``Championnat de France``) is a mention of its own too (the layer may hold overlapping spans);
- **types** of unknown names from their shape (``LinkedIn``, ``Dol-de-Bretagne``, ``Magnanville``) and
  their last word (``Human Rights Watch``, ``Utah Beach``).

Every mention produced here is a NIL candidate unless its exact text is a KB alias; the linker decides.
"""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ..first_names import faker_first_names
from . import english
from .abbrev import long_form, short_form_first
from .kb import KB
from .lang_rules import FRENCH, LangRules
from .lexicon import (
    ADJ_LIKE_VERBS,
    ADJ_SUFFIXES,
    CLUB_HEADS,
    COMMON_ACRONYMS,
    CONNECTORS,
    DEMONYMS,
    EVENT_HEADS,
    LOC_BEFORE,
    LOC_HEADS,
    LOC_LAST,
    LOC_NOUNS,
    LOC_NOUNS_DIRECT,
    LOC_PREPS,
    LOWER_NAME_HEADS,
    MEDIA_BEFORE,
    NAME_PREFIXES,
    ORG_HEADS,
    ORG_LAST,
    ORG_NOUNS,
    ORG_ROLES,
    ORG_RUN_HEADS,
    ORG_SUFFIXES,
    PER_TITLES,
    PER_VERBS,
    PLACE_ENDINGS,
    STOP,
)
from .match import SPEAKING_PLACE, Matcher, Mention
from .normalize import TOKEN_RE, folds_in_place, map_span, normalize, normalize_with_offsets

__all__ = ["Guesser", "first_names"]

_LOOKBACK = 48  # characters read before a mention for a lower-case head ("ministère de l'")
_DE = ("de", "du", "des", "d")
_DE_ART = frozenset({"de", "du", "des", "d", "la", "l"})
# names whose place word is part of a title, not a mention of the place (Tour de France, Tour d'Italie)
_TITLE_PLACE = frozenset({"tour", "giro", "vuelta"})
_MAJOR_PLACE = 0.7  # prior of a city of about a million inhabitants (kb.prior_from_population)
# "<head> de la " / "<head> d'" at the end of the text before a mention (folded text)
_HEAD_BEFORE = re.compile(r"(?<!\w)(\w+) (?:de la |de l' ?|de |du |des |d' ?)$")
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]{2,}")  # LinkedIn, EgyptAir; JCDecaux
_PLACE_HYPHEN = re.compile(r"\w-(?:sur|sous|les|lès|en|de|du|des|la|le|aux|au|d'\w)-\w"
                           r"|^(?:Saint|Sainte|Mont|Port|Fort)-|\w-(?:Saint|Sainte|St)-", re.IGNORECASE)
_CODE = re.compile(r"\d")
_DIRECTION = re.compile(r" ((?:occident|orient|septentrion|méridion|équatori)ale?s?|Nord|Sud|Est|Ouest)(?![\w-])")
_DIRECTION_FIRST = frozenset("oOsSmméÉNE")  # first letters of _DIRECTION's words: most mentions skip the regex
# an English possessive name ending with an organisation or place word (`Queen's Park`, `Children's Hospital`,
# `St. Peter's Square`, `Queen's University`): a frequent word or a saint, `'s` and up to three capitalised words,
# read backwards from each `'s ` before a capital
_POSSESSOR_BEFORE = re.compile(r"(?:(?<![\w.])St\.\s[A-Z][a-z-]*|(?<![\w.'’-])(?P<common>[A-Z][a-z]+))\Z")
# frequent words that own something of their own rather than name it (`Today's Court of Session`)
_NOT_OWNER = frozenset("today yesterday tomorrow tonight week year month world nation country city state company "
                       "government party team club command".split())
_POSSESSED_AFTER = re.compile(r"(?:\s[A-Z][A-Za-z-]*){1,3}")
_WORD = re.compile(r"[^\W\d_][\w-]*")
# a capitalised road word and its number (`Highway 401`, `Route 66`, `Interstate 95`, `Autoroute A7`): one place
_ROAD_WORDS = frozenset("highway route interstate autoroute freeway expressway".split())
_ROAD_NUMBER = re.compile(r" [A-Z]?\d{1,4}[A-Z]?(?![\w-])")
_CAPS_HYPHEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_ROMAN = re.compile(r"[IVXLC]+")
# club heads that are words, not initials (the initials must be written in capitals: "as" is a word)
_CLUB_WORDS = frozenset({"stade", "racing", "sporting", "real", "atletico", "dynamo", "inter", "olympique"})
# an acronym in parentheses (``Institut royal météorologique de Belgique (IRM)``, ``(FFTri)``)
_PAREN_ACRONYM = re.compile(r"\( ?([A-ZÀ-Ý][A-Za-zÀ-ÿ&-]{1,11}) ?\)")
# an acronym followed by its long form in parentheses (``SNR (service national de renseignement)``): the
# acronym ending just before " (", and the parenthesis
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])[A-ZÀ-Ý][A-Za-zÀ-ÿ&-]{1,11}$")
_INNER = re.compile(r" \( ?([^\W\d_][^()\n]{2,118}[^\W\d_]) ?\)")
_MINISTER = frozenset({"ministre", "ministere", "ministres"})
_MINISTRY_BEFORE = re.compile(r"(?:ministres?|ministere) (?:[a-z-]+ )?(?:de la |de l' ?|de |du |des |d' ?)$")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names of every locale faker ships (about 25,000; MIT). Empty when faker is absent:
    the other rules still run. Function words and very short names are left out (``Le``, ``An``).

    Importing faker's 86 locale modules and folding their names costs about 0.4 s of CPU per process, so
    the folded set is cached next to the default KB, keyed by faker's version and the word lists that
    filter it; a missing or unwritable cache only means the set is computed again."""
    try:
        version = metadata.version("faker")
    except metadata.PackageNotFoundError:  # pragma: no cover - faker is a dependency; optional for slim installs
        return frozenset()
    path = _names_cache_path(version)
    try:
        return frozenset(path.read_text(encoding="utf-8").split("\n")) - {""}
    except OSError:
        pass
    names = _fold_first_names()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text("\n".join(sorted(names)), encoding="utf-8")
        os.replace(tmp, path)  # concurrent workers never read a half-written file
        for old in path.parent.glob("entities-first-names-*.txt"):  # sets of older versions
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # read-only cache: computed again next time
    return names


def _names_cache_path(version: str) -> Path:
    from ..cache import cache_dir

    h = hashlib.sha256(f"faker={version}".encode())
    for words in (STOP, PER_TITLES, DEMONYMS):
        h.update(" ".join(sorted(words)).encode())
    here = Path(__file__).resolve().parent
    for module in ("guess.py", "normalize.py"):  # the folding and the filter
        h.update((here / module).read_bytes())
    return cache_dir() / f"entities-first-names-{h.hexdigest()[:12]}.txt"


def _fold_first_names() -> frozenset[str]:
    """The names of faker's person providers, folded and filtered (the slow part ``first_names`` caches)."""
    names = {n for attr in ("first_names", "first_names_male", "first_names_female")
             for n in faker_first_names(attr) if " " not in n}
    folded = {normalize(n) for n in names}
    return frozenset(n for n in folded if len(n) >= 3 and n not in STOP and n not in PER_TITLES
                     and n not in DEMONYMS and n.isalpha())


# faker locales whose surnames are read (the languages of the news the rules were written from)
_SURNAME_LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "fr_FR", "fr_CA", "de_DE", "es_ES", "it_IT")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Folded surnames of faker's English, French, German, Spanish and Italian locales (about 3,000; MIT):
    the words a lone name can be before a person's verb (``Jackson said``). Nine small modules: no cache."""
    return frozenset(n for n in (normalize(name) for name in faker_first_names("last_names", _SURNAME_LOCALES))
                     if len(n) >= 3 and n.isalpha() and n not in STOP)


# French verbs of speech after a lone name (PER_VERBS also holds sport's "gagne", said of clubs named by towns)
_FR_SPEECH = frozenset("""
declare dit confie explique affirme raconte repond ecrit assure souligne ajoute estime reconnait regrette
temoigne denonce admet avoue insiste reagit
""".split())


class Guesser:
    """The recall pass: ``refine(mentions, text)`` returns the mentions to link, in document order."""

    def __init__(self, kb: KB | None, matcher: Matcher | None = None, names: frozenset[str] | None = None) -> None:
        self.kb = kb
        self.matcher = matcher or Matcher(kb)
        self.names = first_names() if names is None else names

    # ------------------------------------------------------------------------------------------------
    def refine(self, mentions: list[Mention], text: str, norm: str | None = None,
               rules: LangRules = FRENCH) -> list[Mention]:
        """The mentions to link: ``mentions`` (from :meth:`Matcher.scan`, with its ``norm``) split,
        extended, completed with nested places and organisation runs, and typed; in document order.
        ``rules``: the document's language's, as given to the scan (with English's, the rules of
        :mod:`.english` type the unknown names first)."""
        out: list[Mention] = []
        taken_until = 0  # end of the last mention an extension swallowed
        append = out.append
        for m in mentions:  # cheap guards inline: most mentions need none of the fixes
            if len(m.words) < 3 and m.prev not in _DE_ART and m.prev not in _HEAD_DIRECT and m.start >= taken_until \
                    and (m.kind != "nil" or len(m.words) == 1):
                append(m)  # no split, no head before it, too short to hold a nested name
                continue
            parts = self._split(m, text) if m.kind == "nil" and len(m.words) > 1 else (m,)
            for p in parts:
                if p.start < taken_until:
                    continue
                outer = self._extend(p, text, out) if p.prev in _DE_ART else \
                    _head_direct(p, text, out) if p.prev in _HEAD_DIRECT else None
                if outer is not None:
                    out.append(outer)
                    taken_until = outer.end
                    if p.kind == "kb" or outer.cue == "ORG":
                        out.append(p)  # a known place inside the name stays a mention of its own
                    continue
                out.append(p)
                if len(p.words) > 2:
                    inner = self._nested(p, text)
                    if inner is not None:
                        out.append(inner)
        # out is in (start, -end) order: extensions start before their mention and after the previous one
        runs = self._org_runs(text, norm) if norm is not None and len(norm) == len(text) else []
        possessives = _possessive_names(text, norm, self._known_name) \
            if rules.english and norm is not None and len(norm) == len(text) else []
        if possessives:
            out = _outside(out, possessives)
            runs = sorted(runs + possessives, key=lambda r: r.start)
        if runs:
            out = _merge_runs(out, runs, text, norm)
            out.sort(key=_order)
        state: dict = {"rules": rules}
        type_of = self._type
        untyped = []
        names = self.names
        for i, m in enumerate(out):
            if m.kind == "nil":
                if m.end < len(text) and text[m.end] in " ." and len(m.words) <= 2:
                    _initial_after(m, text)
                m.cue = type_of(m, text, state)
                if m.cue is None:
                    untyped.append(i)
            elif ((m.prev in PER_TITLES and len(m.words) == 1 and m.words[0] in names)
                  or (text.startswith(" (", m.end) and len(m.words) <= 2 and _STAT_AFTER.match(text, m.end))) \
                    and _type_of(m) == "LOC":
                # le pape François, sa fille Chelsea, Perez (0/3) in a line-up: a person, not a town
                m.kind, m.candidates, m.cue = "nil", [], "PER"
            elif m.start and text[m.start - 1] == "\n" and text.startswith("\n", m.end) and len(m.words) <= 2 \
                    and _type_of(m) == "LOC" and _in_line_up(text, m.start, m.end) \
                    and not self.matcher._big_place(self.kb, " ".join(m.words)):
                m.kind, m.candidates, m.cue = "nil", [], "PER"  # Borges alone on its line in a line-up: a player
            elif len(m.words) == 1 and _type_of(m) == "LOC" and self._person_not_town(m, text, rules):
                m.kind, m.candidates, m.cue = "nil", [], "PER"  # Jackson said, Bush met: a person, not a town
            elif m.prev in ("la", "l", "des") and len(m.words) == 1 and _type_of(m) == "LOC" \
                    and not self.matcher._big_place(self.kb, m.words[0]) and self._ministry(m, text):
                m.kind, m.candidates, m.cue = "nil", [], "ORG"  # le ministre colombien de la Santé: no town
        if untyped:
            _coordinate(out, text, untyped)
        if "(" in text:
            out = self._acronyms(out, text)
        _one_sense(out)
        n = len(text)
        for m in out:
            e = m.end
            if e + 1 < n and text[e + 1] in _DIRECTION_FIRST and text[e] == " " and _type_of(m) == "LOC":
                d = _DIRECTION.match(text, e)
                if d is not None:  # Pacifique Sud, Afrique orientale: the same place's part, one name
                    m.end = d.end()
                    m.text = text[m.start:m.end]
                    m.words = (*m.words, normalize(d.group(1)))
            elif len(m.words) == 1 and m.words[0] in _ROAD_WORDS and (road := _ROAD_NUMBER.match(text, e)):
                # Highway 401, Route 66: the number is part of the road's name (the word alone was MISC or a town)
                m.end, m.text, m.kind, m.candidates, m.cue = road.end(), text[m.start:road.end()], "nil", [], "LOC"
                m.words = (*m.words, road.group().strip().lower())
            elif e < n and (text[e] == "+" or text.startswith(" +", e)):
                plus = e + 1 if text[e] == "+" else e + 2  # Canal+, Canal +: a channel's or a service's name
                after = text[plus:plus + 2]
                if text[m.start].isupper() and not (after[:1].isalnum() or after[:1] == "+") and not (
                        plus == e + 2 and after[:1] == " " and not after[1:].islower()):  # not "Paris + Lyon"
                    m.end, m.text, m.kind, m.candidates, m.cue = plus, text[m.start:plus], "nil", [], "ORG"
        return self._edge_places(out, text)

    def _acronyms(self, mentions: list[Mention], text: str) -> list[Mention]:
        """An acronym in parentheses names an organisation (``Institut royal météorologique de Belgique
        (IRM)``, ``maire (UDE)``), and so do its other unknown mentions in the document (``la FFTri``).
        A known person or place keeps its type; one that the matcher dropped as a common acronym is added
        when an organisation's name stands just before the parenthesis."""
        found = list(_PAREN_ACRONYM.finditer(text))
        if not found:
            return self._long_forms(mentions, text, found)
        at = {m.start: m for m in mentions}
        orgs: set[tuple[str, ...]] = set()
        added = []
        ends = {k for a in found for k in (a.start() - 1, a.start())}
        prev_end: dict[int, Mention] = {m.end: m for m in mentions if m.end in ends and _type_of(m) == "ORG"}
        for a in found:
            s, e = a.span(1)
            word = a.group(1)
            if sum(c.isupper() for c in word) < 2 or _CODE.search(word):
                continue
            m = at.get(s)
            if m is not None:
                if m.end == e and m.kind == "nil":
                    m.cue = "ORG"
                    orgs.add(m.words)
                continue
            before = prev_end.get(a.start() - 1) or prev_end.get(a.start())
            if before is not None and word.isupper():
                sub = Mention(s, e, word, "nil", cue="ORG", words=(normalize(word),), sent_initial=False)
                sub.prev, sub.prev2 = "", ""
                added.append(sub)
        if orgs:
            for m in mentions:
                if m.kind == "nil" and m.words in orgs:
                    m.cue = "ORG"
        if added:
            mentions = mentions + added
            mentions.sort(key=_order)
        return self._long_forms(mentions, text, found)

    def _long_forms(self, mentions: list[Mention], text: str, found: list[re.Match]) -> list[Mention]:
        """The name an acronym in parentheses abbreviates (:func:`.abbrev.long_form`) is an organisation's:
        ``service national de renseignement (SNR)``, ``United States Geological Survey (USGS)``. The
        unknown names guessed inside it (``Commonwealth Scientific``) give way to it; known places inside
        stay nested mentions. Not added: places and events (``République démocratique du Congo (RDC)``,
        ``Jeux olympiques (JO)``), a lower-case name without an organisation head (``produit intérieur brut
        (PIB)``), or a name that is already one mention."""
        known = {m.end for m in mentions if m.kind == "kb" and len(m.words) > 1 and _type_of(m) == "ORG"}
        defs = _definitions(text, found, known)
        if not defs:
            return mentions
        starts = [m.start for m in mentions]  # mentions are in (start, -end) order
        added: list[Mention] = []
        drop: set[int] = set()
        for start, end, word, acr_at in defs:
            i, j = bisect_left(starts, start), bisect_left(starts, end)
            inside = mentions[i:j]
            same = [m for m in inside if m.start == start and m.end == end]
            if same:
                if same[0].kind == "nil" and same[0].cue is None:
                    same[0].cue = "ORG"
                continue
            words = tuple(TOKEN_RE.findall(normalize(text[start:end])))
            first = words[0]
            if first in STOP or first in LOC_NOUNS or first in LOC_HEADS or first in EVENT_HEADS \
                    or (text[start].islower() and (first not in ORG_HEADS or normalize(word) in COMMON_ACRONYMS)):
                continue
            if any(m.end > end for m in inside) or any(m.end > start for m in mentions[max(0, i - 3):i]):
                continue  # a mention crosses its edge: the boundary is not clear
            drop.update(id(m) for m in inside if m.kind == "nil")
            lf = Mention(start, end, text[start:end], "nil", cue="ORG", words=words, sent_initial=False)
            lf.prev, lf.prev2 = "", ""
            k = bisect_left(starts, acr_at)
            acr = mentions[k] if k < len(mentions) and starts[k] == acr_at else None
            if acr is not None and acr.kind == "kb" and _type_of(acr) == "ORG":
                lf.kind, lf.candidates = "kb", acr.candidates  # ISIL known: its long form names the same body
            added.append(lf)
        if not added:
            return mentions
        out = [m for m in mentions if id(m) not in drop] + added
        out.sort(key=_order)
        return out

    def _edge_places(self, mentions: list[Mention], text: str) -> list[Mention]:
        """A well-known place inside an organisation's name (``Air France``, ``AS Monaco``, ``France 2``,
        ``Radio France internationale``) or after the first word of an untyped one (``Projet Montréal``,
        ``Environnement Canada``) is a mention of its own too, nested in the name, as WiNER-fr marks it;
        away from an organisation's edges it must be a major place (:meth:`_major_place`).
        Not in race titles (``Tour de France``), in names opened by an article (``Le Sucre``, a title), nor at
        the start of an untyped run (``Victoria``, ``George`` open people's names more often than towns)."""
        kb = self.kb
        if kb is None:
            return mentions
        added = []
        big_place = self.matcher._big_place
        for m in mentions:
            words = m.words
            if len(words) < 2 or len(words) > 4:
                continue
            t = _type_of(m)
            if t is None and m.kind != "nil":
                continue  # a known name whose readings disagree (a person or a town)
            if t not in ("ORG", None) or words[0] in _TITLE_PLACE or words[0] in _ARTICLES:
                continue  # a person's or a place's own name; Tour de France; Le Sucre (a title)
            for j in range(0 if t else 1, len(words)):  # an untyped run opened by a place: George Martin
                if words[j] in STOP or not big_place(kb, words[j]):
                    continue
                if (t is None or 0 < j < len(words) - 1) and not self._major_place(words, j):
                    continue  # inside a name or an untyped run, only a major place: not Bush, not New York's York
                toks = self._tokens(m, text)
                if toks is None or not text[toks[j][0]].isupper():
                    break
                if (j > 0 and text[toks[j - 1][1]:toks[j][0]] != " ") or \
                        (j + 1 < len(words) and text[toks[j][1]:toks[j + 1][0]] != " "):
                    continue  # Cesson-Rennes, Nîmes-Montpellier: one name
                added.append(self._sub(m, text, toks, j, j + 1, "LOC"))
        if not added:
            return mentions
        out = mentions + added
        out.sort(key=_order)
        # a place both inside a run and at the edge of its name (Gendarmerie royale du Canada): once
        return [m for k, m in enumerate(out) if not k or (m.start, m.end) != (out[k - 1].start, out[k - 1].end)]

    # ------------------------------------------------------------------------------------------------
    def _tokens(self, m: Mention, text: str) -> list[tuple[int, int]] | None:
        """Original spans of the mention's tokens (None when they do not line up with ``m.words``)."""
        norm, offsets = normalize_with_offsets(m.text)
        spans = [map_span(offsets, *t.span()) for t in TOKEN_RE.finditer(norm)]
        if len(spans) != len(m.words):
            return None
        return [(m.start + s, m.start + e) for s, e in spans]

    def _sub(self, m: Mention, text: str, toks: list[tuple[int, int]], i: int, j: int, cue: str | None) -> Mention:
        """The mention of tokens ``i..j-1`` of ``m``: a KB mention when its text is an alias, else NIL."""
        s, e = toks[i][0], toks[j - 1][1]
        words = m.words[i:j]
        surface = text[s:e]
        sub = Mention(s, e, surface, "nil", cue=cue, words=words, sent_initial=m.sent_initial and i == 0)
        sub.prev = m.words[i - 1] if i else m.prev
        sub.prev2 = m.words[i - 2] if i > 1 else (m.prev if i == 1 else m.prev2)
        kb = self.kb
        if kb is not None:
            kid = kb.trie.get(" ".join(words))
            if kid is not None:
                cands = self.matcher._cands(kb, kid, surface)
                if cands:
                    sub.kind, sub.candidates = "kb", cands
        return sub

    def _split(self, m: Mention, text: str) -> list[Mention]:
        """A score line (``France - Albanie``) → its names; a hyphenated run of places the KB knows
        (``la liaison Nîmes-Montpellier``, ``l'axe Téhéran-Bagdad-Damas``: a route or an axis between them,
        which WiNER-fr marks place by place) → each place; a run whose person starts late (``Intérieur
        Bernard Cazeneuve``) → the person."""
        if m.kind != "nil" or len(m.words) < 2:
            return [m]
        toks = None
        if " - " in m.text:
            toks = self._tokens(m, text)
            if toks is not None:
                parts, i = [], 0
                for k in range(1, len(toks)):
                    if text[toks[k - 1][1]:toks[k][0]] == " - ":
                        parts.append((i, k))
                        i = k
                parts.append((i, len(toks)))
                if len(parts) > 1:
                    return [p for a, b in parts for p in self._split(self._sub(m, text, toks, a, b, None), text)]
        names = self.names
        words = m.words
        if words[0] in CONNECTORS:
            return [m]
        if "-" in m.text and " " not in m.text and all(self._place(w) for w in words):
            toks = self._tokens(m, text)  # Nîmes-Montpellier: a link between places (not Cesson-Rennes)
            if toks is not None and all(text[s].isupper() for s, _e in toks):
                return [self._sub(m, text, toks, k, k + 1, "LOC") for k in range(len(toks))]
        for k in range(1, len(words) - 1):
            w = words[k]
            if k >= 2 and words[k - 1] in ("de", "d") and w in names and w not in CONNECTORS \
                    and words[k - 2] not in names:
                # "Bleus de Laurent Blanc", "Harry Potter de J. K. Rowling": the person after "de"
                if toks is None:
                    toks = self._tokens(m, text)
                if toks is None or not text[toks[k][0]].isupper() or self._place(w):
                    break
                person = self._sub(m, text, toks, k, len(words), "PER")
                return [self._sub(m, text, toks, 0, k - 1, None), person] if k >= 3 else [person]
            if w in names and words[k - 1] not in names and words[k - 1] not in CONNECTORS \
                    and words[k - 1] not in english.JOINERS \
                    and words[k - 1] not in NAME_PREFIXES and w not in CONNECTORS and w not in ORG_SUFFIXES:
                if toks is None:
                    toks = self._tokens(m, text)
                if toks is None or not text[toks[k][0]].isupper() or text[toks[k - 1][1]:toks[k][0]] != " " \
                        or self._place(w):
                    break  # Bourg-Saint-Andéol, Agence France Presse: one name
                return [self._sub(m, text, toks, k, len(words), "PER")]
        return [m]

    def _extend(self, m: Mention, text: str, out: list[Mention]) -> Mention | None:
        """``université de Kyoto``: the lower-case head before ``de`` that WiNER-style names include."""
        s = m.start
        if s < 3 or text[s - 1] not in " '’" or m.prev not in _DE_ART \
                or not (m.prev2 in LOWER_NAME_HEADS or m.prev2 == "de"):
            return None  # the two words before it (read by the matcher) say no head is there
        lo = max(0, s - _LOOKBACK)
        before, offsets = normalize_with_offsets(text[lo:s])
        h = _HEAD_BEFORE.search(before)
        if h is None:
            return None
        cue = LOWER_NAME_HEADS.get(h.group(1))
        hs = lo + map_span(offsets, h.start(1), h.end(1))[0]
        if cue is None or not text[hs].islower():
            return None
        if out and out[-1].end > hs:
            return None  # the head is inside the previous mention
        words = tuple(TOKEN_RE.findall(before[h.start():])) + m.words
        outer = Mention(hs, m.end, text[hs:m.end], "nil", cue=cue, words=words, sent_initial=False)
        outer.prev, outer.prev2 = m.prev2, ""
        return outer

    def _nested(self, m: Mention, text: str) -> Mention | None:
        """A known place or organisation after the last ``de`` of a longer name that is no person's and
        no place's (``Olympique de Marseille``, ``Conseil de sécurité des Nations unies``): a mention of
        its own too."""
        words = m.words
        if len(words) < 3 or self.kb is None or words[0] in _TITLE_PLACE:
            return None
        if m.kind == "nil" and m.cue in ("PER", "LOC"):
            return None  # a person's or a place's name keeps its place words (Corée du Nord)
        if m.kind == "kb" and any(e.type != "ORG" for e, _fl in m.candidates):
            return None
        k = max((i for i, w in enumerate(words[1:-1], 1) if w in _DE), default=0)
        if not k:
            return None
        i = k + 1
        while i < len(words) - 1 and words[i] in ("la", "l", "le", "les"):
            i += 1
        toks = self._tokens(m, text)
        if toks is None or not text[toks[i][0]].isupper():
            return None
        inner = self._sub(m, text, toks, i, len(words), "LOC")
        if inner.kind != "kb" or not any(e.type in ("LOC", "ORG") for e, _fl in inner.candidates):
            return None
        return inner

    def _org_runs(self, text: str, norm: str) -> list[Mention]:
        """Organisation names that run on from a capitalised head through ``de ...`` (``Conseil de sécurité
        des Nations unies``, ``Confédération générale du travail``). The heads are found with one regex
        whose first-letter set lets the engine skip most of the text; each run reads at most
        ``_RUN_TOKENS`` tokens."""
        found = [h.start() for h in _RUN_HEAD.finditer(text)
                 if h.start() == 0 or not (text[h.start() - 1].isalnum() or text[h.start() - 1] == "-")]
        if not found or not folds_in_place(text):  # (equal lengths do not make offsets shared: "ß" + a mark)
            return []
        out = []
        last = 0
        for k in found:
            if k < last:
                continue
            end = _run_end(text, norm, k)
            if end:
                out.append(Mention(k, end, text[k:end], "nil", cue="ORG",
                                   words=tuple(TOKEN_RE.findall(norm, k, end))))
                last = end
        return out

    # ------------------------------------------------------------------------------------------------
    def _type(self, m: Mention, text: str, state: dict) -> str | None:
        """The type of an unknown name: the matcher's cue unless a stronger sign says otherwise."""
        words = m.words
        cue = m.cue
        first = words[0]
        last = words[-1]
        names = self.names
        multi = len(words) > 1
        surface = m.text
        prev, prev2 = m.prev, m.prev2
        if state["rules"].english:
            t = self._type_en(m, text)
            if t != english.NO_OPINION:
                return t
        if prev in _DE_ART and len(words) <= 2 and (prev2 in _MINISTER or prev2 == "de" or prev2 in DEMONYMS) \
                and self._ministry(m, text):
            return "ORG"  # le ministre de l'Intérieur, le ministre iranien des Transports: the ministry
        if cue == "ORG" and surface.isupper() and (_CODE.search(surface) or _ROMAN.fullmatch(surface)):
            return None  # U23, PT5, FZ981, XXXI: codes and numerals, not organisations
        if prev2 in ORG_NOUNS and (prev in DEMONYMS or (prev.endswith(ADJ_SUFFIXES) and prev not in STOP)):
            return "ORG"  # le quotidien allemand Bild, la compagnie aérienne Flydubai
        if multi:
            if len(words) == 2 and len(last) == 1 and first in ORG_HEADS:
                return None  # Groupe B, Poule C: a pool of a tournament, not an organisation
            if first in CLUB_HEADS and last not in EVENT_HEADS and words[1] not in _DE \
                    and (surface[:len(first)].isupper() or first in _CLUB_WORDS):
                return "ORG"  # HBC Nantes, FFC Francfort, Stade rennais (not US Open, not Stade de France)
            if first in _ARTICLES and prev in MEDIA_BEFORE and not m.sent_initial and surface[0].isupper():
                return "ORG"  # selon Le Monde, au journal Le Soir: a title-cased article opens a medium's name
        if cue in ("ORG", "LOC") and m.prev not in LOC_PREPS:
            return cue  # a head, a suffix or a noun before it ("la société X") already said it
        if m.prev in PER_TITLES:
            return "PER"
        if multi and (last in ORG_LAST or last in ORG_SUFFIXES):
            return "ORG"
        if len(words) > 2 and (words[-2] in ORG_LAST or words[-2] in ORG_SUFFIXES) and self._place(last):
            return "ORG"  # SOS Media Burundi, Zorbex Group Canada: the body, then the place where it works
        if multi and last in LOC_LAST:
            return "LOC"
        if "-" in surface:
            if _PLACE_HYPHEN.search(surface):
                return "LOC"  # Bagnères-de-Luchon, Bourg-Saint-Andéol
            if multi and " " not in surface and first not in names and _CAPS_HYPHEN.fullmatch(surface):
                return "LOC"  # Languedoc-Roussillon, Salez-Sennwald: compound place names, not a person's
        if (prev in LOC_NOUNS_DIRECT or (prev == "dit" and prev2 == "lieu")) and text[m.start - 1] == " " \
                and (not multi or first not in names):
            return "LOC"  # la commune El Mouradia, le mont Thourda, au lieu dit Seyyar: the noun names a place
        if multi and first in names and first not in ORG_HEADS:
            return "PER"  # Usain Bolt, even after "à"
        if cue is not None:
            return cue
        if _CAMEL.search(surface):
            return "ORG"
        if m.prev in LOC_BEFORE or (m.prev in _ARTICLES and m.prev2 in LOC_BEFORE):
            return "LOC"  # dans le Donbass, originaire d'Ayas
        if surface[:3] in ("al-", "el-"):
            return "LOC"  # al-Bab, el-Arich: lower-case Arabic article (Al-Qaida, capitalised, is not)
        if len(words) <= 3 and text.startswith(" (", m.end):
            if _STAT_AFTER.match(text, m.end):
                return "PER"  # Abalo (8/8): a player in a line-up
            if self._place_in_parens(text, m.end):
                return "LOC"  # Uyuni ( Bolivie ), Guargualé (2B): a place, then the larger place it lies in
        if multi and len(words) <= 3 and text.startswith(" ", m.end) and _person_verb_after(text, m.end):
            return "PER"  # De Gendt remporte l'étape, Van Avermaet a déclaré: a particle opens the name
        if len(words) == 1:
            if prev in ("de", "du", "d") and prev2 in ORG_ROLES and not m.sent_initial:
                return "ORG"  # le directeur de Zorbex, les dirigeants de Sprint: the body they belong to
            if m.prev == "de" and not m.sent_initial and m.prev2 not in PER_TITLES \
                    and not _written_lower(text, surface, state):
                return "LOC"  # "de X": a place more often than not (the lycée de Surgères)
            if first in names and not self._place(first):
                return "PER"  # Thierry, Yvette: a first name alone
            if not m.sent_initial and text.startswith(" ", m.end) and _person_verb_after(text, m.end):
                return "PER"  # Froome garde son maillot, Accambray a déclaré
            if first.endswith(PLACE_ENDINGS):
                return "LOC"  # Magnanville, Strasbourg, Islamabad
        return None

    def _type_en(self, m: Mention, text: str) -> str | None:
        """English cues (:func:`.english.english_type`), and a person's verb after a lone name (``Fischer
        noted``); ``english.NO_OPINION`` when they say nothing."""
        if len(m.words) > 1:
            return english.english_type(m.words, m.cue, m.prev, self.names, self._place, m.text.isupper())
        if m.words[0] in english.ORG_ALONE and m.prev == "the":
            return "ORG"  # the Court, the Commission
        if m.prev in english.ORG_NOUNS:
            return "ORG"  # comparison service Foundem
        after = text[m.end:m.end + 1]
        if after == "," and text.startswith(", who ", m.end):
            return "PER"  # Rogério, who plays
        if after == " ":  # a frequent word opening a sentence was dropped by the matcher
            v = _EN_VERB_AFTER.match(text, m.end, m.end + 30)
            if v is not None:
                if v.group(1) in english.PER_VERBS and not (len(m.text) >= 2 and m.text.isupper()):
                    return "PER"  # Fischer noted (not an acronym: `The RCMP said` is the police's)
                if v.group(1) in english.PLACE_NOUNS_AFTER and m.kind == "nil":
                    return "LOC"  # Guangdong province
                if v.group(1) in english.PER_ERA_AFTER and m.prev == "the" and v.start(1) == m.end + 1:
                    return "PER"  # the Kohl government
        return english.NO_OPINION

    def _person_not_town(self, m: Mention, text: str, rules: LangRules) -> bool:
        """A lone name of small towns only that is also a person's name, before a verb people do: ``Jackson
        said`` (Jackson, Mississippi), ``Bush met`` (Būsh, Egypt), ``Nancy a déclaré``. A city of
        ``SPEAKING_PLACE`` or more keeps its reading (``Ottawa says``)."""
        if not text.startswith(" ", m.end) or any(e.prior >= SPEAKING_PLACE for e, _fl in m.candidates):
            return False
        word = m.words[0]
        if word not in self.names and word not in surnames():
            return False
        if rules.english:
            v = _EN_VERB_AFTER.match(text, m.end, m.end + 30)
            return v is not None and v.group(1) in english.PER_VERBS
        if rules.code != "fr":
            return False
        v = _VERB_AFTER.match(text, m.end, m.end + 40)
        return v is not None and normalize(v.group(1)) in _FR_SPEECH

    def _ministry(self, m: Mention, text: str) -> bool:
        """The mention (after ``de``/``du``/``des``/``la``/``l'``) names a ministry: ``le ministre de
        l'Intérieur``, ``le ministre iranien des Transports``, ``le ministère russe de la Santé``."""
        prev2 = m.prev2
        return prev2 in _MINISTER or (
            ((prev2 == "de" and m.prev in ("l", "la")) or prev2 in DEMONYMS) and self._after_minister(m, text))

    def _place_in_parens(self, text: str, end: int) -> bool:
        """The parenthesis at ``end`` holds a known place or a French département number: ``( Bolivie )``,
        ``(Haute-Loire)``, ``(2B)``."""
        p = _PARENS_AFTER.match(text, end)
        if p is None:
            return False
        inner = p.group(1)
        if _DEPARTEMENT.fullmatch(inner):
            return True
        kb = self.kb
        if kb is None:
            return False
        kid = kb.trie.get(" ".join(TOKEN_RE.findall(normalize(inner))))
        return kid is not None and any(kb.entity(r).type == "LOC" for r, _fl in kb.candidates_for_id(kid))

    @staticmethod
    def _after_minister(m: Mention, text: str) -> bool:
        """``ministre de l'`` / ``ministère de la`` / ``ministre iranien des`` just before the mention (the
        matcher read only the two words before it)."""
        s = m.start
        before = normalize(text[max(0, s - 36):s])
        return _MINISTRY_BEFORE.search(before) is not None

    def _major_place(self, words: tuple[str, ...], j: int) -> bool:
        """``words[j]`` is a major place (a country, a region, a city of a million or so: prior >= 0.7) and
        no longer KB name ends with it (``new york``, ``los angeles``: the place is the longer name)."""
        kb = self.kb
        kid = kb.trie.get(words[j]) if kb is not None else None
        if kid is None or (j and self._place(f"{words[j - 1]} {words[j]}")):
            return False
        return any((e := kb.entity(r)).type == "LOC" and e.prior >= _MAJOR_PLACE
                   for r, _fl in kb.candidates_for_id(kid))

    def _known_name(self, word: str) -> bool:
        """``word`` (folded) is a KB alias or a first name: a name of its own."""
        return word in self.names or (self.kb is not None and self.kb.trie.get(word) is not None)

    def _place(self, word: str) -> bool:
        kb = self.kb
        if kb is None:
            return False
        kid = kb.trie.get(word)
        return kid is not None and any(kb.entity(r).type == "LOC" for r, _fl in kb.candidates_for_id(kid))


_RUN_TOKENS = 14
# the heads as written, and without their accents: a first-letter charset the regex engine skips with


def _head_regex(heads: tuple[str, ...]) -> re.Pattern:
    """One alternation per first letter (``C(?:onseil|omité|...)``): about 20% faster to scan than a flat one."""
    by_first: dict[str, list[str]] = {}
    for h in {*heads, *(normalize(h).capitalize() for h in heads)}:
        by_first.setdefault(h[0], []).append(h[1:])
    return re.compile("(?:" + "|".join(f"{c}(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
                                       for c, rest in sorted(by_first.items())) + r")(?!\w)")


_RUN_HEAD = _head_regex(ORG_RUN_HEADS)
_RUN_PREPS = frozenset({"de", "du", "des", "d", "pour", "aux", "au", "sur", "contre"})
_ARTICLES = frozenset({"la", "l", "les", "le"})


def _run_end(text: str, norm: str, k: int) -> int:
    """End of the organisation name whose head starts at ``k`` when it runs on past the head (adjectives,
    then up to three ``de`` + noun or name), else 0. ``norm`` folds ``text`` in place (offsets shared: see
    :func:`.normalize.folds_in_place`)."""
    toks = []
    prev = k
    for t in TOKEN_RE.finditer(norm, k, min(len(norm), k + 200)):
        gap = norm[prev:t.start()]
        if toks and gap not in (" ", "'", "' ", "-"):
            break
        toks.append((gap, t.group(), t.start(), t.end()))
        prev = t.end()
        if len(toks) > _RUN_TOKENS:
            break

    def adj(j: int) -> bool:
        g, w, s, _e = toks[j]
        return g == " " and text[s].islower() and w not in STOP and w not in ADJ_LIKE_VERBS \
            and w.endswith(ADJ_SUFFIXES)

    n = len(toks)
    head = 1
    while head < n and toks[head][0] == "-":
        head += 1  # Haut-Commissariat: one head
    j = head
    while j < n and adj(j):
        j += 1
    end = toks[j - 1][3] if j > head else 0
    preps = 0
    while j < n and preps < 3:
        g, w, _s, _e = toks[j]
        lower_before = j > head and text[toks[j - 1][2]].islower()
        if w == "et" and g == " " and lower_before and j + 1 < n:
            j += 1  # Direction des examens et concours, Parti de la justice et du développement
            g, w, _s, _e = toks[j]
            if w not in _DE and w not in _ARTICLES:
                w, j = "de", j - 1  # "et" + a noun: read as one more "de" phrase
        if g != " " or (w not in _RUN_PREPS and not (w == "en" and preps)):
            break
        j2 = j + 1
        while j2 < n and toks[j2][1] in _ARTICLES and j2 - j < 2:
            j2 += 1
        if j2 >= n:
            break
        w2, s2 = toks[j2][1], toks[j2][2]
        if text[s2].isupper():
            j3 = j2 + 1
            while j3 < n and (text[toks[j3][2]].isupper() or toks[j3][0] == "-"
                              or (toks[j3][1] in CONNECTORS and j3 + 1 < n and text[toks[j3 + 1][2]].isupper())):
                j3 += 1
        elif w2.isalpha() and len(w2) >= 3 and w2 not in STOP and text[s2].islower() and w != "en":
            j3 = j2 + 1
        else:
            break
        while j3 < n and adj(j3):
            j3 += 1
        end = toks[j3 - 1][3]
        j = j3
        preps += 1
    return end


def _definitions(text: str, found: list[re.Match], known: set[int]) -> list[tuple[int, int, str, int]]:
    """``(start, end, acronym, acronym's start)`` of each long form: before the acronym in parentheses (``found``: the
    matches of ``_PAREN_ACRONYM``), or inside the parentheses after it (``SNR (service national de
    renseignement)``). Each parenthesis is looked at once, with bounded look-backs; a known organisation
    of several words just before the parenthesis (``known``: their ends) is its own long form already."""
    out = []
    for a in found:
        word = a.group(1)
        end = a.start()
        while end and text[end - 1] == " ":
            end -= 1
        if end in known or sum(c.isupper() for c in word) < 2 or _CODE.search(word) or not end:
            continue
        start = long_form(word, text, end)
        if start is not None:
            out.append((start, end, word, a.start(1)))
    k = text.find(" (")
    while k > 1:
        if text[k - 1].isalpha() and (text[k - 1].isupper() or text[k - 2].isupper()):
            d = _INNER.match(text, k)
            w = _ACRONYM_BEFORE.search(text, max(0, k - 12), k) if d is not None else None
            if w is not None and sum(c.isupper() for c in w.group()) >= 2 \
                    and short_form_first(w.group(), d.group(1)):
                out.append((d.start(1), d.end(1), w.group(), w.start()))
        k = text.find(" (", k + 2)
    return out


# lower-case heads that WiNER-style names include when the name follows without "de" (université Harvard)
_HEAD_DIRECT = frozenset({"universite", "comite", "eglise", "agence", "association"})


def _head_direct(m: Mention, text: str, out: list[Mention]) -> Mention | None:
    """``université Harvard``, ``comité Nobel``: the head just before the name is part of it."""
    hs = m.start - 1 - len(m.prev)
    if hs < 0 or text[m.start - 1] != " " or not text[hs].islower() \
            or (hs and (text[hs - 1].isalnum() or text[hs - 1] == "-")) \
            or normalize(text[hs:m.start - 1]) != m.prev or (out and out[-1].end > hs):
        return None
    outer = Mention(hs, m.end, text[hs:m.end], "nil", cue="ORG", words=(m.prev, *m.words), sent_initial=False)
    outer.prev, outer.prev2 = m.prev2, ""
    return outer


# the initial of a first name after a surname, in line-ups: "Karabatic L. (2/3)", "Karabatic N."
_INITIAL_AFTER = re.compile(r"(?: [A-Z])?\.(?=[ \n(,;]|$)")


def _initial_after(m: Mention, text: str) -> None:
    """``Karabatic L.``, ``Karabatic N.``: a surname and the initial of the first name telling brothers apart
    in a line-up is one name, the period included (the matcher stopped before ``L``, a French elision, or
    before the period)."""
    a = _INITIAL_AFTER.match(text, m.end)
    if a is None:
        return
    words = m.words
    if a.end() - m.end == 1:  # "Karabatic N" + "."
        if len(words) != 2 or len(words[1]) != 1 or not m.text[-1].isupper():
            return
    elif len(words) != 1:  # "Karabatic" + " L."
        return
    else:
        words = (*words, text[a.end() - 2].lower())
    m.end, m.text, m.words = a.end(), text[m.start:a.end()], words


def _order(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


def _possessive_names(text: str, norm: str, known: Callable[[str], bool]) -> list[Mention]:
    """English names with a possessive whose last word is an organisation or place word (``Queen's Park``,
    ``Children's Hospital``): one NIL mention each, typed by that word (the parts were a person and MISC). The owner
    is a saint or a frequent word that ``known`` (a KB alias, a first name) does not hold: ``Japan's Supreme Court``
    and ``Trump's State Department`` are two names. Found from each ``'s`` before a capital, with a look-back of at
    most 20 characters: linear."""
    out: list[Mention] = []
    for mark in ("'s ", "’s "):
        k = text.find(mark)
        while k >= 0:
            after = _POSSESSED_AFTER.match(text, k + 2) if text[k + 3 : k + 4].isupper() else None
            if after is not None:
                ends = [w.end() for w in _WORD.finditer(text, after.start(), after.end())
                        if text[w.start():w.end()].lower() in english.NAME_HEADS]
                # (a name that runs on through `of` is the organisation runs': `People's Party of Canada`)
                owner = _POSSESSOR_BEFORE.search(text, max(0, k - 20), k) \
                    if ends and not text.startswith(" of ", ends[-1]) else None
                if owner is not None and _owns_apart(owner.group("common"), known):
                    owner = None  # a name or a body owns the thing: `Japan's Supreme Court`, `the Foundation's Board`
                if owner is not None:
                    s, e = owner.start(), ends[-1]
                    out.append(Mention(s, e, text[s:e], "nil", words=tuple(TOKEN_RE.findall(norm, s, e))))
            k = text.find(mark, k + 3)
    out.sort(key=lambda m: m.start)
    return out


def _outside(mentions: list[Mention], names: list[Mention]) -> list[Mention]:
    """``mentions`` without the NIL ones inside one of ``names`` (sorted by start): one bisection each."""
    starts = [r.start for r in names]
    out = []
    for m in mentions:
        i = bisect_left(starts, m.start + 1) - 1
        if m.kind == "nil" and i >= 0 and m.end <= names[i].end:
            continue
        out.append(m)
    return out


def _owns_apart(word: str | None, known: Callable[[str], bool]) -> bool:
    """The owner ``word`` before ``'s`` is an entity of its own (a KB alias, a first name, a word that is no frequent
    English word, an organisation or place word), not the first word of one name; ``None`` (a saint) is not."""
    if word is None:
        return False
    w = word.lower()
    return w in _NOT_OWNER or w in english.NAME_HEADS or not english.common_word(w) or known(w)


def _merge_runs(mentions: list[Mention], runs: list[Mention], text: str, norm: str) -> list[Mention]:
    """Add the organisation runs: a run that ends inside a mention takes it whole (``... des Nations
    unies``), a NIL mention starting where a run starts is replaced by it, a KB mention of the same span
    wins over it, and the mentions inside a run stay as nested mentions."""
    i = 0
    n = len(mentions)
    kept = []
    for r in runs:  # both in document order: one merge-like walk
        while i < n and mentions[i].end <= r.end:
            i += 1
        if i < n and mentions[i].start <= r.start:
            continue  # inside a longer mention (a KB name the run stops short of): nothing to add
        kept.append(r)
        if i < n and r.start < mentions[i].start < r.end:
            r.end = mentions[i].end
            r.text = text[r.start:r.end]
            r.words = tuple(TOKEN_RE.findall(norm, r.start, r.end))
    spans = {(m.start, m.end): m for m in mentions}
    runs = kept
    starts = {m.start: m for m in runs}
    out = []
    for m in mentions:
        r = starts.get(m.start)
        if r is not None and m.kind == "nil" and m.end <= r.end:
            continue
        out.append(m)
    for r in runs:
        same = spans.get((r.start, r.end))
        if same is None or same.kind == "nil":
            out.append(r)
    return out


_LIST_GAP = re.compile(r"\s*(?:,|et|and|ou|or)\s*|\s*,\s*(?:et|and|ou|or)\s+"
                       r"|\s*,?\s*(?:et|ou)\s+(?:(?:de |à )?(?:la |le |les |l'|l’ ?)|de |d'|d’|à |au |aux |du |des )")


def _type_of(m: Mention) -> str | None:
    """The type a mention will most likely get: its cue when unknown, its candidates' when all agree."""
    if m.kind == "nil":
        return m.cue
    cands = m.candidates
    if not cands:
        return None
    t = cands[0][0].type
    for e, _fl in cands:
        if e.type != t:
            return None
    return t


def _one_sense(mentions: list[Mention]) -> None:
    """One type per unknown name in a document: when its mentions were typed differently from their
    contexts (``la compagnie Sprint`` ORG, ``les habitants de Sprint`` LOC, ``les clients de Sprint``), the
    type most of them got is given to all; a tie changes nothing."""
    first: dict[tuple[str, ...], str] = {}
    mixed = None
    for m in mentions:
        cue = m.cue
        if cue is not None and m.kind == "nil" and first.setdefault(m.words, cue) != cue:
            if mixed is None:
                mixed = set()
            mixed.add(m.words)
    if mixed is None:
        return
    counts: dict[tuple[str, ...], dict[str, int]] = {}
    for m in mentions:
        if m.kind == "nil" and m.cue is not None and m.words in mixed:
            c = counts.setdefault(m.words, {})
            c[m.cue] = c.get(m.cue, 0) + 1
    best = {}
    for words, c in counts.items():
        ranked = sorted(c.values(), reverse=True)
        if ranked[0] > ranked[1]:
            best[words] = max(c, key=c.get)
    for m in mentions:
        if m.kind == "nil" and m.cue is not None and m.words in best:
            m.cue = best[m.words]


def _coordinate(mentions: list[Mention], text: str, untyped: list[int]) -> None:
    """An untyped unknown name in a list (``Powell, Blake et Ashmeade``, ``entre Téhéran et Machhad``)
    takes the type of its neighbours when those that are typed agree (``untyped``: their indices, in order)."""
    n = len(mentions)
    for i in untyped:
        m = mentions[i]
        title = _TITLE_AFTER.match(text, m.end)
        if title is not None and title.group(1).lower() in PER_TITLES:
            continue  # `Doug Ford and Health Minister Christine Elliott`: the title's modifier, no name of the list
        seen = set()
        for j in (i - 1, i + 1):
            if 0 <= j < n:
                o = mentions[j]
                a, b = (o.end, m.start) if j < i else (m.end, o.start)
                if 0 <= b - a <= 42 and ((b - a <= 12 and _LIST_GAP.fullmatch(text, a, b)) or (
                        text.find("\n", a, b) >= 0 and _line_neighbours(text, m if j < i else o, a, b))):
                    t = _type_of(o)
                    if t in ("PER", "ORG", "LOC"):
                        seen.add(t)
        if len(seen) == 1:
            m.cue = seen.pop()


_EN_VERB_AFTER = re.compile(r" (?:has |had |was |is )?([a-z]+)")
_TITLE_AFTER = re.compile(r" ([A-Z][a-z]+)\b")  # a capitalised word right after a mention (a title?)
# a player's figures after a name in a line-up: ``Abalo (8/8)``, ``Melić (3 buts sur 3 tirs)``, ``Omeyer (16 arrêts)``
_STAT_AFTER = re.compile(r" ?\( ?\d+ ?(?:/ ?\d+|buts?\b|arrêts?\b|tirs?\b|pts\b|points\b|rebonds\b|passes\b)")
# a short parenthesis after a name (``Uyuni ( Bolivie )``), and French département numbers (``(2B)``, ``(75)``)
_PARENS_AFTER = re.compile(r" \( ?([^()\n]{1,40}?) ?\)")
_DEPARTEMENT = re.compile(r"0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]")
# what may stand between two names on consecutive lines of a list: the first one's figures, the line break
_LINE_GAP = re.compile(r"(?: ?\( ?\d[^()\n]{0,38}\))?\n")


def _line_neighbours(text: str, second: Mention, a: int, b: int) -> bool:
    """Two names on consecutive lines of a list (a line-up: one name per line, maybe with figures): the
    gap ``text[a:b]`` between them holds only the first one's figures and the line break."""
    return b - a <= 42 and _LINE_GAP.fullmatch(text, a, b) is not None and (
        second.start == 0 or text[second.start - 1] == "\n")


# a player's figures anywhere on a line of a list: "(2/4)", "(6 buts sur 9 tirs)"
_FIGURES = re.compile(r"\( ?\d+ ?(?:/ ?\d+|buts?\b|arrêts?\b|tirs?\b)")


def _in_line_up(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` stands in a line-up: a block of lines (between blank lines, read at most
    600 characters each way) where at least three names carry their figures (``Abalo (2/4)``); the names
    without figures there (``Borges``, ``Costa``) are players too, even when a town bears the name."""
    lo = text.rfind("\n\n", max(0, start - 600), start)
    hi = text.find("\n\n", end, end + 600)
    block = text[lo + 2 if lo >= 0 else max(0, start - 600):hi if hi >= 0 else end + 600]
    return len(_FIGURES.findall(block)) >= 3


_VERB_AFTER = re.compile(r" (?:a |avait |s'est |est )?([^\W\d_]+)")


def _person_verb_after(text: str, end: int) -> bool:
    """The word after ``end`` (past an auxiliary) is a verb people do: said, wins, died."""
    v = _VERB_AFTER.match(text, end, end + 40)
    if v is None:
        return False
    word = v.group(1)
    return (word if word.isascii() and word.islower() else normalize(word)) in PER_VERBS


def _written_lower(text: str, word: str, state: dict) -> bool:
    """``word`` also occurs in lower case in the text, as a whole word: a common noun (Santé, Code).
    The first few questions are answered with substring searches; after ``_FIND_BUDGET`` of them the
    document's lower-case words are collected once, so the cost stays linear in the text."""
    low = word.lower()
    if low == word:
        return True
    lower = state.get("lower")
    if lower is not None:
        return low in lower
    asked = state["asked"] = state.get("asked", 0) + 1
    if asked > _FIND_BUDGET:
        lower = state["lower"] = frozenset(_LOWER_WORD.findall(text))
        return low in lower
    n = len(low)
    k = text.find(low)
    while k >= 0:
        if (k == 0 or not text[k - 1].isalnum()) and (k + n == len(text) or not text[k + n].isalnum()):
            return True
        k = text.find(low, k + 1)
    return False


_FIND_BUDGET = 8
_LOWER_WORD = re.compile(r"(?<!\w)[^\W\d_A-ZÀ-ÖØ-Þ]\w*")
