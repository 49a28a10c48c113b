"""Subject rules of the seventh pass, apart from the segmenter of speakers.py: who speaks when the subject is not
the noun phrase right before the cue.

- a participle after a reported clause shares the subject of the cue that reports it (`Felix Kulaije
  suggested that al-Shabaab might be behind the attacks, saying that "…"`);
- `with X, <apposition>, saying`: X;
- a passive agent before a quote speaks (`warned by an interrogator: "…"`);
- French inverted subjects after an elided `que` (`C'est ce qu'a annoncé X`, `comme l'a déclaré X`), and the
  anaphoric cleft after a quote's sentence (`« … » . C'est ce qu'a annoncé X`).

Each function reads a bounded window of the document, so attribution stays linear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:  # the rule layers (lookups.py, speakers.py, marked.py) import this module
    from .attribution import Cue, _Doc

Span = tuple[int, int]

__all__ = [
    "CONTRAST_SUBJECT", "elided_inversion", "participle_after_report", "with_name", "passive_agent", "cleft_after",
    "described_by", "opinion_of",
]

_ELIDED = re.compile(r"(?<![\w'’-])(?:qu|(?:comme|que|ainsi\s+que)\s+l)['’]\Z", re.IGNORECASE)
_COMMA_END = re.compile(r",\s*\Z")
_EN_ING = re.compile(r"[^\W\d_]{2,}ing\Z")
_FR_ANT = re.compile(r"[^\W\d_]{2,}ant\Z")
_AGENT = re.compile(r"\s+(?:by|par)\s+")
_AGENT_END = re.compile(r"\s*[:,]\s*\Z")
_WITH = frozenset(("with", "avec"))
_CLEFT = re.compile(
    r"[\s.»”\"’']*(?:C['’]est|Voilà|Voici|Tel(?:le)?\s+est)\s+(?:(?:en\s+tout\s+cas|du\s+moins)\s+)?"
    r"(?:là\s+)?ce\s+qu['’]\s*",
)
_PARTICIPLE_FORM = {"en": _EN_ING, "fr": _FR_ANT}
_BARE = frozenset(("say", "tell", "dire"))  # report a clause without `that`/`que` (`he said he was happy`)
_BARE_NEXT = re.compile(r"\s+[^\W\d_]")
# verbs of demanding: with a `that`/`que` clause they report too, so a participle after that clause shares their
# subject (`X demanded that the WMF remove the seal …, claiming that "…"`: X, not the WMF; 27th pass)
_DEMANDS = frozenset("demand ask urge request demander exiger réclamer".split())
_MODAL = frozenset("could would should will can may might must has have had is was are were".split())
# the forms a passive cue takes before its agent (`warned by`, `told by`, `averti par`), not `se conclut par`
_EN_PAST = ("ed", "en", "told", "said", "read", "wrote")
_FR_PAST = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "is", "ise", "i", "ie", "ies")
# asked, questioned: the one asked answers, the agent does not speak (`interrogé par Le Monde : « … »`)
_ASKED = frozenset("interroger questionner demander solliciter contacter joindre interviewer ask question interview "
                   "contact".split())
# `described by X as "…"`, `qualifié par X comme`: a passive cue, its agent, then `as`/`comme` (eighth pass)
_BY_AS = re.compile(r"\s+(?:by|par)\s+(?P<agent>[^\W\d_][^,.;:!?«»\"“”()\n]{1,60}?)\s+(?:as|comme)(?![\w'’-])")
# the French nouns of a view or of words given, after their article (`l'avis de X`, `le message de X`)
_FR_VIEW_NOUNS = (
    r"(?:l['’]avis|l['’]analyse|l['’]opinion|la\s+position|le\s+point\s+de\s+vue|le\s+constat|la\s+réaction|"
    r"le\s+sentiment|le\s+message|la\s+conclusion|la\s+réponse|le\s+verdict)"
)
# `Ce n'est pas l'avis de X :`, `C'est d'ailleurs l'analyse de X :`, `Telle est la position de X :` (eighth pass)
_OPINION = re.compile(
    r"(?:C['’]est|Ce\s+n['’]est\s+pas|Tel(?:le)?\s+est)\s+(?:(?:aussi|d['’]ailleurs|également|donc|encore|bien|"
    r"plutôt|notamment)\s+)?" + _FR_VIEW_NOUNS + r"\s+(?:de\s+(?=l['’]|la\s)|de|d['’]|du|des)\s*"
)
# `Doe's message was clear:`, `Her answer was simple:`, `The response from the ministry was blunt:` (21st pass)
_MESSAGE_NOUNS = r"(?:message|response|reply|answer|reaction|verdict|advice|warning|position|explanation)"
_EN_MESSAGE = regex.compile(
    r"(?:(?P<owner>(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*|\b[Tt]he\s+(?:\p{Ll}+\s+){0,2}\p{L}+)['’]s"
    r"|(?P<pron>\b(?:[Hh]is|[Hh]er|[Tt]heir))|\b[Tt]he)"
    r"\s+(?:\p{Ll}+\s+)?" + _MESSAGE_NOUNS + r"(?:\s+(?:from|of)\s+(?P<sp>[^:,]{1,60}?))?"
    r"\s+(?:was|is|has\s+been|remained|remains)(?:\s+\p{Ll}+){0,2}\s*\Z"
)
_FR_MESSAGE = regex.compile(
    r"(?i:" + _FR_VIEW_NOUNS + r")\s+(?:de\s+|d['’]|du\s+|des\s+)"  # (capitalised at the sentence's start)
    r"(?P<sp>[^:,]{1,60}?)\s+(?:est|était|a\s+été|fut)(?:\s+\p{Ll}+){0,2}\s*\Z"
)
REPORT_WINDOW = 300  # characters back from a participle to the cue whose clause it follows


def elided_inversion(text: str, start: int) -> bool:
    """Whether a French cue at ``start`` follows an elided `que`/`le` that leaves its subject after it: `ce
    qu'a annoncé X`, `comme l'a déclaré X` (not `ce qu'il a dit`: the pronoun stands between)."""
    return start > 1 and text[start - 1] in "'’" and _ELIDED.search(text, max(0, start - 16), start) is not None


# a participle right before a comma or a colon and an opening mark: it introduces a quotation
_INTRODUCES_QUOTE = re.compile(r"\w+\s*[,:]\s*[\"“«„]")


# a clause set against the report, with a name of its own and a verb in the past: its subject (not the reporter's)
# does what the participle after it says
CONTRAST_SUBJECT = re.compile(r",\s+(?:but|while|whereas|yet)\s+(?:[A-Z][\w'’.-]*\s+){1,4}[a-z]+ed\s")


def participle_after_report(d: _Doc, lo: int, cue_start: int) -> Span | None:
    """`X suggested that …, saying that "…"`, `he said he was happy …, saying: "…"`: a participle after a comma
    whose sentence has an earlier cue of reported speech (no quote between) shares that cue's subject, not the
    subject of the reported clause."""
    text = d.text
    if not _COMMA_END.search(text, max(lo, cue_start - 4), cue_start) and not _INTRODUCES_QUOTE.match(text, cue_start):
        return None  # (no comma before it: only when it introduces a quotation, `… has been made saying, "…"`)
    s_lo = max(lo, d.sentence(cue_start)[0], cue_start - REPORT_WINDOW)
    form = _PARTICIPLE_FORM.get(d.lang)
    prev = [
        c for c in d.cues_in(s_lo, cue_start - 1)
        if c.verbal and (c.lemma in d.lex.indirect or c.lemma in _DEMANDS and d.comp.match(text, c.end, cue_start))
        and not (form and form.search(text, c.start, c.end))
    ]  # fmt: skip
    if not prev:
        return None
    c = prev[-1]
    if _AGENT.match(text, c.end):
        return None  # `a report written by X, saying`: a passive, no subject of its own
    if c.inv is not None:
        return c.inv  # `C'est ce qu'a annoncé X, soulignant que`, `a-t-il dit, ajoutant`: the inverted subject
    if d.lang == "en" and CONTRAST_SUBJECT.search(text, c.end, cue_start):
        return None  # `Aishah told police she …, but Chief Khalid disputed this, saying`: the contrasted clause's
        # own subject, which the segmenter finds (twenty-fourth pass)
    comp = d.comp.match(text, c.end, cue_start) is not None
    if not comp and not (c.lemma in _BARE and _BARE_NEXT.match(text, c.end)):
        return None  # `defended her niece's claim, saying`, `has yet to concede, saying`: no reported clause
    if not comp and _COMMA_END.search(text, max(s_lo, c.start - 4), c.start):
        return None  # `…, a déclaré le maire, X, ajoutant que`: an inverted cue, the segmenter's case
    return d.speaker_before(s_lo, c.start, shared=False)


def with_name(d: _Doc, seg: list[tuple[int, int, bool]]) -> Span | None:
    """`with Nick Clegg` in `…, with Nick Clegg, the deputy prime minister, saying`: the name after `with`."""
    if len(seg) < 2 or not seg[0][2] or d.low(seg[0][0], seg[0][1]) not in _WITH:
        return None
    rest = seg[1:]
    return d._valid(rest) if d._name_seg(rest) else None


def passive_agent(d: _Doc, cue: Cue, q_start: int) -> Span | None:
    """`warned by an interrogator: "…"`, `averti par X : « … »`: the agent of a passive cue that introduces the
    quote."""
    if not cue.verbal or not d.text.endswith(_EN_PAST if d.lang == "en" else _FR_PAST, cue.start, cue.end):
        return None
    if cue.lemma in _ASKED:
        return None
    m = _AGENT.match(d.text, cue.end, q_start)
    if m is None:
        return None
    sp, sp_end = d.speaker_after(m.end(), q_start)
    if sp is None or not _AGENT_END.match(d.text, sp_end, q_start):
        return None
    words = d.text[sp[0] : sp[1]].split()
    if len(words) > 5 or any(w.lower() in _MODAL for w in words):
        return None  # `the manifesto if written by the suspect could strengthen the case:`: a clause, no agent
    return sp


def cleft_after(d: _Doc, sent: Span) -> tuple[Cue, Span] | None:
    """`… afin de « revoir … » . C'est ce qu'a annoncé X`: the next sentence opens with a cleft whose cue names
    the speaker of what came before."""
    if d.lang != "fr":
        return None
    m = _CLEFT.match(d.text, sent[1], min(len(d.text), sent[1] + 40))
    if m is None:
        return None
    cues = d.cues_in(m.end(), min(len(d.text), m.end() + 40))
    if not cues or not cues[0].verbal or cues[0].inv is None:
        return None  # only the inverted form (`ce qu'a dit X`): `ce qu'il a dit` leaves `il` to resolve
    return cues[0], cues[0].inv


def described_by(text: str, cue_end: int, hi: int) -> tuple[int, int] | None:
    """`was described by Gwatney's secretary as wearing "…"`: the span of the agent after a passive cue that
    ends at ``cue_end`` and before `as`/`comme` (within ``hi``), else None. The agent, not the subject, said it."""
    if not text.startswith((" by ", " par "), cue_end):
        return None  # (the cheap test first: this runs for most cues)
    m = _BY_AS.match(text, cue_end, min(len(text), hi))
    if m is None or len(m.group("agent").split()) > 6:
        return None
    return m.span("agent")


def opinion_of(d: _Doc, lo: int, colon: int) -> Span | None:
    """`Ce n'est pas l'avis de Fottorino : « … »`, `Doe's message was clear: "…"`, `The response from the ministry
    was blunt:`, `Le message de X est clair :`: the one whose view or words the clause before a colon names."""
    if d.lang == "en":
        m = _EN_MESSAGE.search(d.text, max(lo, colon - 160), colon)
        if m is None:
            return None
        if m.group("sp") is None:
            return m.span("owner") if m.group("owner") else m.span("pron") if m.group("pron") else None
        sp, _ = d.speaker_after(m.start("sp"), m.end("sp"))
        return sp
    if d.lang != "fr":
        return None
    m = _OPINION.search(d.text, max(lo, colon - 160), colon) or _FR_MESSAGE.search(d.text, max(lo, colon - 160), colon)
    if m is None:
        return None
    sp, _ = d.speaker_after(m.end(), colon) if m.re is _OPINION else d.speaker_after(m.start("sp"), m.end("sp"))
    return sp
