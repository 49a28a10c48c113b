"""Speaker resolution after attribution: pronouns and definite titles point at the named person they stand for.

A pronoun speaker (`il`, `she`, `they`) points at the nearer of the last named speaker of its number (or the person
an earlier pronoun stood for) and a person named as the subject of its sentence or of the sentence before (for
`they`, people: `Police arrested … They said`); a definite title (`the minister`, `le
porte-parole`) at the last named speaker who bears it. The pronoun or title is kept as ``speaker.mention``;
first person outside quotes is the writer (no speaker). Each lookup reads a bounded window: linear.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

import regex

from .gender import is_first_name, name_gender, pronoun_gender
from .naming import TRAILING_NAME
from .nouns import is_speaker_noun, plural_form

if TYPE_CHECKING:
    from .attribution import _Doc

__all__ = ["OBJECT_FORMS", "STRESSED_FORMS", "is_aside", "is_source_aside", "person_like", "resolve_speakers"]

Span = tuple[int, int]


def _start(span: dict[str, Any]) -> int:
    return span["start"]


def _resolved(ante: dict[str, Any], sp: dict[str, Any]) -> dict[str, Any]:
    return {"start": ante["start"], "end": ante["end"], "text": ante["text"],
            "mention": {"start": sp["start"], "end": sp["end"], "text": sp["text"]}}  # fmt: skip


def _subject_antecedent(d: _Doc, pos: int, own: bool = True) -> Span | None:
    """A person's name that is the subject of the sentence holding ``pos`` (before it; not with ``own`` false)
    or of the sentence before."""
    lo, _ = d.sentence(pos)
    if own:
        subj, named = d.subject(lo, pos)
        subj = _named_part(d, subj, named)
        if subj is not None and subj[1] <= pos and person_like(d, subj):
            return subj
    prev = d.prev_sentence(lo)
    if prev is None:
        return None
    subj, named = d.subject(prev[0], prev[1])
    subj = _named_part(d, subj, named)
    return subj if subj is not None and person_like(d, subj) else None


# `selon ses vues`, `d'après ses propos`, `in his view`: a view named by its possessive stands for its owner, who is
# resolved like the pronoun (24th pass: `ses vues` was the speaker)
_VIEW_NOUNS = frozenset("vues vue propos dires termes mots avis view views words".split())
_POSSESSIVE_KIND = {"son": "sing", "sa": "sing", "ses": "sing", "his": "sing", "her": "sing", "leur": "plur",
                    "leurs": "plur", "their": "plur"}


def _possessive_view(word: str) -> str | None:
    """The number of the owner of a view named by a possessive (`ses vues` -> sing), or None."""
    parts = word.split()
    if len(parts) != 2 or parts[1] not in _VIEW_NOUNS:
        return None
    return _POSSESSIVE_KIND.get(parts[0])


def _bare_plural(d: _Doc, text: str) -> bool:
    """`politicians`, `Local residents`, `police`: a short noun phrase headed by a plural noun of people with no
    determiner; a singular pronoun never stands for it (24th pass: `he declared` resolved to `politicians`)."""
    if not text.endswith(("s", "police")):
        return False  # (the usual case, tested first)
    words = text.split()
    if not words or len(words) > 3 or words[0].lower() in d.g.det:
        return False
    head = words[-1]
    return head.islower() and plural_form(head) and is_speaker_noun(head, d.lang)


def _plural_subject_before(d: _Doc, lo: int) -> Span | None:
    """The subject of the sentence before ``lo`` when it names several people (`The Liberals announced … They
    said`, `Police arrested … They said`): a plural speaker noun, or a capitalised plural after a determiner
    (not `Results show …`, `Wikinews got in touch …`)."""
    prev = d.prev_sentence(lo)
    if prev is None:
        return None
    subj, _ = d.subject(prev[0], prev[1])
    if subj is None:
        return None
    words = d.text[subj[0] : subj[1]].split()
    head = words[-1].lower()
    if head in d.g.plural or not plural_form(head):
        return None
    return subj if is_speaker_noun(head, d.lang) or (len(words) > 1 and words[-1][:1].isupper()) else None


def _named_part(d: _Doc, subj: Span | None, named: bool) -> Span | None:
    """The subject when it is a name, or the full name that ends a titled subject (`l'actuel président haïtien
    Jovenel Moïse` -> `Jovenel Moïse`); else None."""
    if subj is None or named:
        return subj
    m = TRAILING_NAME.search(d.text, subj[0], subj[1])
    return (m.start(), m.end()) if m is not None else None


# English object pronouns, which speak as the subject of a participle after them (`showed him shouting "…"`)
OBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}
# French stressed pronouns after a source preposition (`Trump, qui juge ces règles selon lui « trop loin »`)
STRESSED_FORMS = {"lui": "il", "eux": "ils"}


def is_aside(r: dict[str, Any]) -> bool:
    """Reported speech whose attribution stands inside it, between commas (`A, Doe said, B`, `A, selon l'AFP, B`):
    its two parts (``ReportedRules.aside_parts``)."""
    return r["type"] == "indirect" and len(r["parts"]) > 1


def is_source_aside(d: _Doc, r: dict[str, Any]) -> bool:
    """An aside whose cue names a source, not a speaker (`A, selon l'AFP, B`): one of the lexicon's non-verbal cues."""
    return is_aside(r) and r["cue"] is not None and r["cue"]["lemma"] in d.lex.nonverbal_lemma.values()


def person_like(d: _Doc, span: Span) -> bool:
    """Two or more capitalised words (`Oleksiy Honcharuk`, `Bob Brown`), or one that ends a longer name
    earlier in the text (`Honcharuk`): a person rather than a body or an opening word (`AIG`, `Outre`)."""
    words = d.text[span[0] : span[1]].split()
    if any(w.lower() in d.g.singular or w.lower() in d.g.plural or w.lower() in d.g.det for w in words):
        return False
    if len(words) >= 2:
        # `Australian Greens`? a body: `… Party`, `… Times` are not people; a noun that opens three capitalised
        # words or more is a title (`Actor Brendan Fraser`, `Police Chief John Smith`; not `CEO of CloudFlare`;
        # twenty-sixth pass)
        titled = len(words) >= 3 and all(w[:1].isupper() for w in words)
        return not any(is_speaker_noun(w, d.lang) and w[:1].isupper() and w.lower() not in _PERSON_TITLES
                       for w in (words[1:] if titled else words))
    w = words[0] if words else ""
    if len(w) < 3 or w.isupper():
        return False
    return _ends_name_before(d, w, span[0])


def _ends_name_before(d: _Doc, w: str, hi: int) -> bool:
    """Whether ``w`` ends a longer name in ``text[:hi]``: the end of its first such occurrence in the whole text is
    remembered per document (searching again for each speaker was quadratic on long texts that repeat a lone
    name); only an occurrence that ends right at ``hi``, glued to the next word, reads differently in the
    bounded text."""
    end = d.name_end.get(w, -1)
    if end == -1:
        m = _longer_name(d.text, w, 0, len(d.text))
        end = d.name_end[w] = None if m is None else m.end() + len(w)  # (a backward match ends at ``w``)
    if end is not None and end <= hi:
        return True
    i = hi - len(w)
    return i >= 0 and d.text.startswith(w, i) and _NAME_BEFORE.match(d.text, 0, i) is not None


# the capitalised word and spaces right before a surname; matched backwards from the surname's start
_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’.-]*\s+", regex.REVERSE)
_NAME_BEFORE_NO_DOT = regex.compile(r"(\p{Lu}[\p{L}'’-]+)\s+", regex.REVERSE)
_WORD_END = regex.compile(r"(?!\w)")


def _longer_name(text: str, w: str, lo: int, hi: int, dot: bool = True, last: bool = False) -> regex.Match | None:
    """The capitalised word before an occurrence of ``w`` that ends a word in ``text[lo:hi]`` (`Oleksiy
    Honcharuk` for `Honcharuk`): the first occurrence, or with ``last`` the nearest to ``hi``. Found with
    ``str.find`` and two precompiled patterns rather than a pattern compiled per name; ``dot``: the word
    may hold a period (`J.`)."""
    before = _NAME_BEFORE if dot else _NAME_BEFORE_NO_DOT
    n = len(w)
    i = text.rfind(w, lo, hi) if last else text.find(w, lo, hi)
    while i >= 0:
        if _WORD_END.match(text, i + n, hi):
            m = before.match(text, lo, i)
            if m is not None:
                return m
        i = text.rfind(w, lo, i + n - 1) if last else text.find(w, i + 1, hi)
    return None


_PERSON_TITLES = frozenset(
    "minister president prime premier chief senator governor mayor judge justice general colonel captain "
    "commander secretary ambassador director leader ministre président sénateur maire juge général colonel "
    "capitaine secrétaire ambassadeur directeur docteur professeur".split()
)


def _titled_antecedent(d: _Doc, sp: dict[str, Any], history: list[dict[str, Any]]) -> dict[str, Any] | None:
    """For a definite title (`the minister`, `le ministre`, `la porte-parole`), the last named speaker who
    bears that title in or right around its span; None for any other speaker."""
    words = sp["text"].lower().replace("’", "'").split()
    if len(words) < 2 or len(words) > 3 or words[0] not in _DEFINITE:
        return None
    title = words[-1]
    if not is_speaker_noun(title, d.lang):
        return None
    for ante in reversed(history[-6:]):
        if ante["start"] >= sp["start"] or not ante["text"][:1].isupper():
            continue
        if ante["text"].split()[0].lower().replace("’", "'") in d.g.det:
            # a noun phrase bears the title itself (`The Supreme Court of Argentina` … `the court`), not in the words
            # around it (25th pass: `la police` resolved to `Un témoin a indiqué que la police …`)
            if _has_word(ante["text"].lower(), title):
                return ante
            continue
        around = d.text[max(0, ante["start"] - 60) : min(ante["end"] + 60, sp["start"])].lower()
        if _has_word(around, title, _SOURCE_BEFORE_TITLE):
            return ante
    return None


# a source preposition before a title (`Selon ce médecin, France Télécom …`): the title names the source, not the name
# after it (twenty-fifth pass: `raconte le médecin` resolved to France Télécom)
_SOURCE_BEFORE_TITLE = regex.compile(r"(?:selon|according\s+to|d['’]après)\s+(?:[\w'’-]+\s+){0,2}\Z")


_DEFINITE = frozenset("the le la les l'".split())
_WORD_CHAR = regex.compile(r"\w")


def _has_word(text: str, word: str, not_after: regex.Pattern | None = None) -> bool:
    r"""Whether ``word`` occurs in ``text`` with no word character on either side (what
    ``(?<!\w)word(?!\w)`` finds), without compiling a pattern per word; an occurrence right after what
    ``not_after`` finds (ending at it) does not count."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if not (i and _WORD_CHAR.match(text, i - 1)) and not _WORD_CHAR.match(text, i + n) and (
            not_after is None or not_after.search(text, max(0, i - 40), i) is None
        ):
            return True
        i = text.find(word, i + 1)
    return False


def _gender_of(d: _Doc, ante: dict[str, Any]) -> str | None:
    """The gender of a named antecedent; a lone surname takes the first name it had earlier (`Oleksiy
    Honcharuk` … `Honcharuk`)."""
    first = None
    if len(ante["text"].split()) == 1:
        m = _longer_name(d.text, ante["text"], max(0, ante["start"] - 3000), ante["start"], dot=False, last=True)
        first = m.group(1) if m else None  # the nearest earlier full name, in a bounded window
    return name_gender(d.text, ante["start"], ante["end"], first)


def _same_gender(d: _Doc, gender: str, ante: dict[str, Any], people: list[dict[str, Any]]
                 ) -> dict[str, Any] | None:
    """``ante`` unless its gender is known to differ from the pronoun's (`she` after `Mr Smith`); then the
    nearest earlier named singular speaker (or person a pronoun stood for) known to match, or None when there is
    none: the pronoun stays unresolved rather than point at someone of the other gender (`Il a ainsi estimé`
    after `La BBC rapporte`)."""
    if _gender_of(d, ante) in (None, gender):
        return ante
    for other in reversed(people[-6:]):
        if other["start"] >= ante["start"] or other["text"].lower().split()[0] in d.g.plural_det:
            continue
        if other["text"][:1].isupper() and _gender_of(d, other) == gender:
            return other
    return None  # (no named speaker of that gender: the pronoun stays unresolved, 25th pass; it was the other's)


def _body_name(d: _Doc, ante: dict[str, Any], ends_name: dict[str, bool]) -> bool:
    """A lone capitalised name that is likely no person's (`Orange`, `NISA`, `AIG`): no first name, no full name
    ending with it anywhere in the text (`Julian Assange` … `Assange`), and no gender from a title before it.
    ``ends_name`` remembers the whole-text search per word (one search a name, not one a pronoun: linear)."""
    words = ante["text"].split()
    if len(words) != 1 or not words[0][:1].isupper() or is_first_name(words[0]):
        return False
    w = words[0]
    if w not in ends_name:
        ends_name[w] = _longer_name(d.text, w, 0, len(d.text), dot=False) is not None
    return not ends_name[w] and _gender_of(d, ante) is None


# English head nouns of bodies: a phrase headed by one (before its complement) is no `he`/`she` (the rule is English
# only: French `il`/`elle` stand for bodies too)
_EN_BODY_HEADS = frozenset(
    "ministry department government agency company council court office committee commission union party association "
    "federation organisation organization group newspaper embassy army bank club university institute service bureau "
    "board police prefecture administration secretariat foundation".split()
)
_EN_COMPLEMENT = regex.compile(r"\s(?:of|for)\s", regex.IGNORECASE)


def _body_phrase(text: str) -> bool:
    """`the Turkish Ministry of Foreign Affairs`: an English phrase whose last word before its first `of`/`for` is a
    body's head noun (not `a spokesman for the ministry`, `Interior Ministry spokesman X`)."""
    head = _EN_COMPLEMENT.split(text, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in _EN_BODY_HEADS


def _person_before(d: _Doc, gender: str, ante: dict[str, Any], people: list[dict[str, Any]], pos: int
                   ) -> dict[str, Any] | None:
    """For `il`/`he` whose nearest antecedent is a body's name (`Orange estime … Il confie`), the nearest named
    person before the pronoun known to have the pronoun's gender, if any (twenty-fifth pass)."""
    for other in reversed(people[-6:]):
        if other is ante or other["start"] >= pos or not other["text"][:1].isupper():
            continue
        if _gender_of(d, other) == gender:
            return other
    return None


def resolve_speakers(d: _Doc, results: list[dict[str, Any]]) -> None:
    """Pronoun speakers point at the last named person before them: the last named speaker of the same
    number (or the person an earlier singular pronoun was resolved to: `Ford announced … "…," he said. He added
    that …`), or a name that is the subject of the pronoun's sentence or of the sentence before it, whichever
    is nearer (`Honcharuk filed his resignation … . He said …`). A title (`the minister`, `le porte-parole`)
    points at the last named speaker who bears it (`Interior Minister Michèle Alliot-Marie`, `Michel Sapin, le
    ministre des finances`). First person is the writer."""
    named: dict[str, dict[str, Any]] = {}
    history: list[dict[str, Any]] = []  # named speakers, in text order
    people: list[dict[str, Any]] = []  # those and the persons pronouns were resolved to, in text order
    ends_name: dict[str, bool] = {}  # ``_body_name``'s memo
    order = sorted(
        (r for r in results if r["speaker"] is not None and not r.get("continued")),
        key=lambda r: r["speaker"]["start"],
    )
    for r in order:
        sp = r["speaker"]
        word = sp["text"].lower()
        cue = r.get("cue")
        aside = is_aside(r)
        if aside and is_source_aside(d, r) and word not in d.g.singular and word not in d.g.plural:
            continue  # `A, selon l'AFP, B`: a source named in passing is no antecedent of a later pronoun
        # `…, indiquent-ils.`: after the content; `Taylor, he says, has …`: an aside inside it, whose pronoun is
        # not the subject of the content
        inverted = cue is not None and sp["start"] >= cue["start"] or aside
        obj = d.lang == "en" and word in OBJECT_FORMS  # `showed him shouting`: never its own clause's subject
        word = OBJECT_FORMS[word] if obj else STRESSED_FORMS.get(word, word) if d.lang == "fr" else word
        if word in d.g.writer:
            r["speaker"] = None
            continue
        kind = "sing" if word in d.g.singular else "plur" if word in d.g.plural else _possessive_view(word)
        if kind is None:
            ante = _titled_antecedent(d, sp, history)
            if ante is not None:
                r["speaker"] = _resolved(ante, sp)
                continue
            first = word.split()[0] if word.split() else ""
            named["plur" if first in d.g.plural_det or _bare_plural(d, sp["text"]) else "sing"] = sp
            history.append(sp)
            bisect.insort(people, sp, key=_start)
            continue
        ante = named.get(kind)
        if kind == "sing" and obj and (gender := pronoun_gender(word)) is not None and ante is not None:
            ante = _same_gender(d, gender, ante, people)
        if kind == "plur" and not obj and not inverted:
            # `the ministers agreed to limit what they called …`: the subject of the pronoun's own sentence
            lo, _ = d.sentence(sp["start"])
            subj, _ = d.subject(lo, sp["start"])
            if subj is not None and subj[1] <= sp["start"] and d.text[subj[0] : subj[1]].lower() not in d.g.plural:
                if ante is None or subj[0] > ante["end"]:
                    ante = {"start": subj[0], "end": subj[1], "text": d.text[subj[0] : subj[1]]}
            elif (subj := _plural_subject_before(d, lo)) is not None and (ante is None or subj[0] > ante["end"]):
                ante = {"start": subj[0], "end": subj[1], "text": d.text[subj[0] : subj[1]]}
        if kind == "sing" and not obj:
            subj = _subject_antecedent(d, sp["start"], own=not aside)
            if subj is not None and (ante is None or subj[0] > ante["end"]):
                ante = {"start": subj[0], "end": subj[1], "text": d.text[subj[0] : subj[1]]}
            gender = pronoun_gender(word)
            if ante is not None and gender is not None:
                ante = _same_gender(d, gender, ante, people)
                if ante is not None and _body_name(d, ante, ends_name):
                    ante = _person_before(d, gender, ante, people, sp["start"]) or ante
                elif ante is not None and d.lang == "en" and _body_phrase(ante["text"]):
                    # `the Turkish Ministry of Foreign Affairs said … Erdoğan called for … "…," he said`: `he` is no
                    # ministry; a person before it, else the pronoun stays unresolved (thirty-second pass; not French,
                    # whose `il`/`elle` stand for bodies too: `La cour … Elle considère`)
                    ante = _person_before(d, gender, ante, people, sp["start"])
        if ante is not None:
            r["speaker"] = _resolved(ante, sp)
            if kind == "sing" and not obj:
                named[kind] = ante  # the pronoun's person stays the one a later pronoun speaks of
                if all(h["start"] != ante["start"] for h in people[-6:]):
                    bisect.insort(people, ante, key=_start)  # (and one a later `he`/`she` may point at; no title)
    for r in results:  # continuations copy the (now resolved) speaker of their quote
        src = r.pop("continued", None)
        if src is not None and src["speaker"] is not None:
            r["speaker"] = dict(src["speaker"])
