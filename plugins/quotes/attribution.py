"""Attribution: types, split-quote merging, speakers, cues and channels for the quotations of a document.

``attribute(text, quotations, lang)`` turns the outer quotations found by ``marks.find_quotes`` into quote
dicts (DESIGN §3) and adds indirect (unmarked) reported speech. Rules only, no parser:

- cues are matched once over the text *between* quotes (never inside one), by lemma (``cues.py``);
- a quote's attribution is searched in its sentence after it (``», a tweeté Musk``, ``» Johnson a tweeté``,
  ``", said Smith``, ``», selon X``, ``" —Troy Roberts``), then before it (``X a déclaré : «``,
  ``According to X, "``, ``X :``), then in a reported-speech frame around it (``X a déclaré que … « … »``);
- a quote followed by its attribution and then by an unattributed quote in the same paragraph is one split
  quote with several parts;
- types: ``scare`` (a few words, no clause, no cue), ``mixed`` (a fragment inside a sentence), ``direct``
  (a sentence of its own or introduced by a cue), ``indirect`` (``X a affirmé que …`` without marks);
- pronoun speakers resolve to the last named speaker of the same number; first person is the writer.

Every step is a regex anchored at a known position or a bisect over precomputed cue positions: linear.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from .channel import channel_of
from .cues import LANGS, OUTCRIES, Lexicon
from .gender import is_first_name
from .grammar import grammar
from .lexicon_choice import choose_lang
from .lookups import _STOP, Attribution, Cue, Span, _gaps
from .marked import _ADDRESSEE_ONLY, _CONNECTIVE, _INDIRECT_BUT_ADJACENT, _TERMINAL, _WORDS, told_addressee
from .marks import Quotation
from .naming import is_name_like, is_named_by_noun, opens_with_naming_noun, owned_title
from .nouns import is_speaker_noun
from .reported import ReportedRules, _clause_start
from .resolve import _PERSON_TITLES, is_source_aside, person_like, resolve_speakers
from .speakers import _COORD_ONLY, _SOURCE_PREP_BEFORE, strip_trailing_words
from .subjects import cleft_after

__all__ = ["attribute", "choose_lang", "Cue"]

# a sentence ending inside a quotation, another one starting after it: the quotation holds statements (sixteenth)
_INNER_SENTENCE = re.compile(r"[.!?…]\s+[A-ZÀ-ÖØ-Þ]")
_INFINITIVE_ENDS = ("er", "ir", "re")  # a French infinitive (`répondre`, `s'attaquer`): it reports nothing itself
_FR_VERB_CLITICS = ("s'", "s’", "n'", "n’")  # a verb's clitic opening a quotation (`« s'associe …`, `« n'a pas …`)
_NAMING_CUES = frozenset(("call", "dub", "appeler", "surnommer"))  # cues that name rather than report
# the first word of a quote after a French negation, if any (`« ne pas laisser …`, `« n'avoir …`, `« prendre …`):
# an infinitive when it has one of _INFINITIVE_ENDS
_FR_INFINITIVE_OPENING = re.compile(
    r"(?:ne\s+(?:pas|plus|jamais)\s+|n['’]\s*(?:pas\s+|plus\s+)?)?(?P<w>[a-zà-ÿ]{4,})\b"
)
_FR_NOT_INFINITIVES = frozenset("notre votre autre contre entre premier dernier hier cher fier lettre titre centre "
                                "désir plaisir avenir loisir soir espoir pouvoir devoir".split())
_CONNECTIVE_END = re.compile(r"(?<!\w)(?:et|mais|ou|and|but|or)\s*\Z", re.IGNORECASE)  # a coordinator before a quote
_WORDS_RUN = re.compile(r"[^\W_][\w'’-]*")
_EVALUATIVE = re.compile(
    r"(?:très|trop|si|assez|fort|bien|extrêmement|particulièrement|vraiment|totalement|very|too|so|extremely|"
    r"really|totally|utterly|highly|deeply)\s",
    re.IGNORECASE,
)
# a reflexive `se dire`, `se déclarer`, `se montrer` right before a quote: the quote is an attribute of the subject
# (`se dit « traumatisé »`, `s'est dit « très inquiet »`), a mixed quote when it opens in lower case (thirty-first)
_FR_REFLEXIVE_BEFORE = re.compile(r"(?<![\w'’])(?:se|s['’]\s*(?:est|était|étaient|sont))\s+(?:\w+\s+)?\Z",
                                  re.IGNORECASE)
_FR_REFLEXIVE_ATTRIBUTE = frozenset(("dire", "déclarer", "montrer"))
# verbs of demand that report a clause (`exige que …`) but take a noun phrase between marks (`réclame « des … »`)
_DEMANDS = frozenset(("réclamer", "exiger"))
_SOURCE_LEMMAS = frozenset(("selon", "d'après", "according to"))  # a source named before the clause it reports
_COORDINATORS = frozenset(("et", "ou", "mais", "puis", "and", "or", "but", "then"))
# what ends the attribution before the second part of a split quote: nothing, or punctuation
_GAP_ENDS = frozenset(("", ".", ",", ";", ":", "!", "?", "—", "–", "-"))
_BLANKS = " \t\n\u00a0\u202f"
# thirty-second pass: regrets and fears take a noun phrase too (`a regretté « trop d'erreurs techniques »`, `déplore
# « le résultat burlesque d'une législation … »`)
_NOUN_OBJECT_CUES = _DEMANDS | {"regretter", "déplorer", "craindre", "redouter", "reconnaître", "admettre"}
_ARTICLE_FIRST = re.compile(
    r"(?:(?:des|une|un|la|le|les|du|(?:trop|beaucoup|peu|plus|moins)\s+de)\s|(?:l|(?:trop|beaucoup|peu|plus|moins)\s+d)['’])",
    re.IGNORECASE,
)
_UPDATED_PAGE = re.compile(r"Page\s+actualisée\s*:[^\n«»\"“”]{0,40}[—–-]\s*\Z")  # Wikinews: a linked title follows
# `what they called "…"`, `which Ross has referred to as "…"`: the subject of a naming relative right before a quote
# names it, whatever attribution follows (`…", The Guardian reported`; eighteenth pass)
_NAMING_RELATIVE = re.compile(
    r"(?<![\w'’-])(?:what|which)\s+(?P<np>(?:the\s+)?[A-Za-z][\w'’.&-]*(?:\s+[A-Za-z][\w'’.&-]*){0,3}?)"
    r"(?:\s+(?:has|have|had|is|are|was|were))?\s+(?P<verb>called|dubbed|termed|labell?ed|branded|referred\s+to\s+as|"
    r"described\s+as)\s*\Z"
)
_FUNCTION_WORD_END = re.compile(r"(?<![\w'’])(?:d['’]une?|une?|de|des|du|la|le|les|l['’])\s*\Z", re.IGNORECASE)
_NOT_NAMERS = frozenset("is are was were has have had now also often".split())  # `which is described as`: passive
_AND_NAMED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s+(?:(?:a|an|the)\s+)?")  # a second name in a naming relative
_COMP_BEFORE = re.compile(r"(?<!\w)(?:que|qu['’]|that)\s*,?\s*\Z", re.IGNORECASE)
_RELATIVE_GAP = re.compile(r",\s*(?:qui|dont|who|which|whose)\s", re.IGNORECASE)
# a quote ending its sentence with its own mark, then a sentence that is only its attribution (`"We won!" Smith
# said.`): after a period, a capitalised subject and cue usually report something new
_TERMINAL_INSIDE = frozenset("!?")
_SPACES = re.compile(r"\s*")
_ATTRIBUTION_SENTENCE = 160  # characters: a sentence that may be only an attribution (`Smith said on Monday.`)
# `"…" read a statement from X`, `", said a statement from X`: the author of the document speaks
# a cheap test before `source_after`: one of the words its patterns start with, right after the quote
_MAYBE_SOURCE = re.compile(r"(?i:read|said|says|stated|according|lire|lit-on|on\s+peut|-t-on)")
# a marked yes or no alone is the answer of a vote, a term (`dire « non » au projet`, `le « oui »`; thirteenth pass)
_ANSWER = re.compile(r"(?i:oui|non|yes|no|nein|ja|sí|sim|não)")
_ANSWER_STRIP = " \t\u00a0\u202f\u2009,"  # (not `.`: `gave a terse "no."` answers a question)
# a charge or a sentence named right after a passive participle of the law (`Ils sont accusés de « rébellion »`,
# `en vue d'une mise en examen pour « détournement … »`, `condamné à « trois mois … »`, `arrested for "serious
# sexual assault"`): the court's or the police's terms, a scare quote with no speaker (fifteenth pass; not an
# active `accused the police of "…"`, whose subject speaks)
_VERB_FIRST = re.compile(r"\W*(?:ne|n['’]|se|s['’])(?![\w])", re.IGNORECASE)
_CHARGE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:(?:accusé|soupçonné|inculpé|poursuivi|condamné|interpellé|arrêté)e?s?|mise?s?\s+en\s+examen)"
    r"\s+(?:pour|de|d['’]|du|des|à|au)|(?<![\w-])(?:(?:placé|écroué|incarcéré|emprisonné)e?s?(?:\s+en\s+(?:détention|"
    r"garde\s+à\s+vue))?|plainte(?:\s+contre\s+[^,.;«»]{1,40}?)?)\s+pour|(?<![\w-])(?:accused|suspected|charged|convicted|arrested|indicted|detained|"
    r"jailed)\s+(?:of|with|for|on\s+charges\s+of)|(?<![\w-])on\s+charges\s+of)\s*\Z",
    re.IGNORECASE,
)
CTX = 150  # characters around a cue read for channel clues (`dans un tweet`, `in a statement`)
SCARE_MAX_TOKENS = 4


class _Doc(ReportedRules):
    """One document under attribution: its lookups and every rule layer (``lookups.py``, ``speakers.py``,
    ``marked.py``, ``reported.py``)."""


def _quote_dict(
    d: _Doc, typ: str, start: int, end: int, parts: list[list[int]], att: Attribution | None, ctx: str
) -> dict[str, Any]:
    out: dict[str, Any] = {"start": start, "end": end, "type": typ, "parts": parts,
                           "speaker": None, "cue": None, "channel": None}
    if att is not None:
        c = att.cue
        out["cue"] = {"start": c.start, "end": c.end, "text": d.text[c.start : c.end], "lemma": c.lemma}
        out["channel"] = channel_of(c.lemma, ctx, att.addressee)
        if att.speaker is not None:
            s, e = strip_trailing_words(d.text, att.speaker)
            out["speaker"] = {"start": s, "end": e, "text": d.text[s:e]}
    return out


def _statement(text: str, parts: list[list[int]], content: str) -> bool:
    """Whether a quote reads as a whole statement: it opens in upper case and has five words or more, or ends with
    its own terminal mark (`"I am here to take over the state"`, `"Vote!"`)."""
    m = _WORDS_RUN.search(content)
    return m is not None and m.group()[:1].isupper() and (
        _n_tokens(text, parts) >= 5 or _TERMINAL.search(content[-3:]) is not None
    )


def _title_case(content: str) -> bool:
    """Whether every word of ``content`` of four letters or more, and its first word, opens in upper case, with two
    words at least (`Person of the Year`, `Mountain Storm`, `Edison's photos` is not): a name or a title."""
    words = _WORDS_RUN.findall(content)
    return len(words) >= 2 and words[0][:1].isupper() and all(w[:1].isupper() for w in words if len(w) >= 4)


def _fragment_words(d: _Doc, r: dict[str, Any]) -> bool:
    """Whether a marked quote reads as a fragment of speech: its first word in lower case (one word is enough
    inside reported speech: `l'entourage du président aurait secrètement « réservé » 500 signatures`, 27th pass;
    two words or more before)."""
    m = _WORDS_RUN.search(d.text, *r["parts"][0])
    return m is not None and m.group()[:1].islower()


def _naming_relative(text: str, lang: str | None, lo: int, q_start: int, prev_end: int,
                     prev: Attribution | None) -> Attribution | None:
    """The attribution of a naming relative right before a quote, `what they called "…"`, `which Ross has referred
    to as "…"`, whatever attribution follows it (eighteenth pass), or ``prev``'s for the second name coordinated
    with the previous quote's (`… as "gamesmanship" and a "stunt"`); None otherwise."""
    named = _NAMING_RELATIVE.search(text, max(lo, q_start - 70), q_start) if lang == "en" else None
    if named is not None and named.group("np").split()[0].lower() not in _NOT_NAMERS:
        verb = named.group("verb")
        lemma = "call" if verb.startswith("call") else verb.split()[0]
        cue = Cue(named.start("verb"), named.end("verb"), lemma, True)
        return Attribution(cue, named.span("np"), named.end("verb"))
    if prev is not None and _AND_NAMED.fullmatch(text, prev_end, q_start):
        return prev
    return None


def _thing_named(text: str, sp: Span, lang: str | None) -> bool:
    """Whether ``sp``, found as the subject of a naming participle, is a lower-case noun phrase of a thing (`a
    process`, `une opération`) rather than someone who names (`the police`, `les manifestants`)."""
    words = text[sp[0] : sp[1]].split()
    return 2 <= len(words) <= 3 and words[0].islower() and words[-1].islower() and not is_speaker_noun(
        words[-1].lower(), lang or "en")


def _n_tokens(text: str, parts: list[list[int]]) -> int:
    return sum(len(text[a:b].split()) for a, b in parts)


def _ctx(d: _Doc, a: int, b: int) -> str:
    """The narrative text of ``[a, b)`` (quote contents left out) for channel clues."""
    out = []
    gaps = d.gaps
    for k in range(max(0, bisect.bisect_right(d.gap_starts, a) - 1), len(gaps)):
        x, y = gaps[k]
        if x >= b:
            break
        if y > a:
            out.append(d.text[max(a, x) : min(b, y)])
    return " ".join(out)


def attribute(
    text: str,
    quotations: list[Quotation],
    lang: str | None = None,
    ignored: list[Span] | None = None,
    langs: tuple[str, ...] = LANGS,
) -> list[dict[str, Any]]:
    """Quote dicts (DESIGN §3 shape, without ids) for ``quotations`` plus indirect speech, in text order.

    ``lang``: a language of ``cues.LANGS``; any other value (or None) picks, among ``langs``, the lexicon
    that matches most.
    ``ignored``: regions to skip (quotes overlapping them are dropped, no cue is read there).
    """
    ignored = sorted(ignored or [])
    # a quotation needs words (`« »` or `"…"` alone is not one) and must not touch an ignored region
    quotes = [
        q for q in quotations
        if any(_WORDS.search(text, a, b) for a, b in q.parts)
        and not any(a < q.end and q.start < b for a, b in ignored)
    ]  # fmt: skip
    if lang not in LANGS:
        spans = [(q.start, q.end) for q in quotes]
        lang = choose_lang(text, _gaps(len(text), spans, ignored), langs)
    d = _Doc(text, quotes, lang, ignored)
    n = len(quotes)
    # per quote: sentence, window before/after, attribution candidates
    info = []
    naming: Attribution | None = None  # the previous quote's naming relative (`what X called "…"`)
    colon_statements: set[int] = set()  # quotes after a colon that read as statements of their own
    for i, q in enumerate(quotes):
        s_lo, s_hi = d.sentence(q.start)
        prev_end = quotes[i - 1].end if i else 0
        next_start = quotes[i + 1].start if i + 1 < n else len(text)
        pre_lo = max(s_lo, prev_end)
        post_hi = min(max(s_hi, q.end), next_start)
        # the document form first: `", read a statement from X` names X, not the statement
        after = (
            d.source_after(q.end, post_hi) if _MAYBE_SOURCE.search(text, q.end, min(post_hi, q.end + 24)) else None
        ) or d.after(q.end, post_hi)
        if after is None and q.end <= s_hi < next_start and text[q.end - 2 : q.end - 1] in _TERMINAL_INSIDE \
                and not _WORDS.search(text, q.end, s_hi):
            # `"We won!" Smith said.`: the quote ends its sentence with its own mark and a capitalised subject opens
            # the next, so the splitter cut there; a next sentence that is only the attribution is this quote's
            # (twenty-fifth pass: no speaker; lower case, `"Why?" she asked.`, was never cut)
            n_lo, n_hi = d.sentence(_SPACES.match(text, s_hi).end())
            if n_lo >= q.end and n_hi <= next_start and n_hi - n_lo <= _ATTRIBUTION_SENTENCE:
                after = d.after(q.end, n_hi)  # (no quote in that sentence: else it introduces that one)
                if after is not None and after.cue.verbal and (
                    d.lex.lemma(text[after.cue.start : after.cue.end]) is None
                ):
                    after = None  # (a lexicon's cue only: `"…!" He fled.` is no attribution)
                if after is not None:
                    post_hi = n_hi
        intro = None if after else d.intro(pre_lo, q.start)
        if after is None and lang == "en" and (intro is None or not intro.cue.verbal) and "quot" in text[
            max(pre_lo, q.start - 90) : q.start
        ]:  # (the cheap test first: few quotes follow `quoted`)
            intro = d.quoted_source(pre_lo, q.start) or intro  # `X quoted Y: "…"`: Y, not the colon's clause
        naming = _naming_relative(text, lang, pre_lo, q.start, prev_end, naming)
        if naming is not None:
            after, intro = None, naming  # `what they called "…", The Guardian reported`: the namer, not the paper
        if after is None and intro is None and pre_lo > s_lo and _AND_THEN_CUE.fullmatch(text, pre_lo, q.start):
            # `Duda characterised the deaths as "crushing" and wrote "…"`: the cue after `and` shares the subject
            # of the clause before the previous quotation
            intro = d.intro(s_lo, q.start)
        if after is not None and not after.cue.verbal and after.cue.lemma != "—":
            said = d.intro(pre_lo, q.start)
            if said is not None and said.cue.verbal:
                # `Mr. Haroon wrote, "…" according to AsiansInMedia.org`: the one who wrote it speaks; the
                # source only reports it (as `X a révélé, selon Le Soir, « … »`)
                after, intro = None, said
            elif said is None and _WORDS.search(text, pre_lo, q.start) and (
                framed := d.frame(s_lo, q.start)
            ) is not None and framed.cue.verbal and framed.speaker is not None:
                # `Day described the attack as "horrific" according to AFP`: a fragment framed by a cue of its
                # sentence's subject; the source after it only reports it (twentieth pass)
                after = None
        if after is None and intro is None and lang == "fr":
            intro = d.for_whom(pre_lo, q.start)
        if after is None and intro is None and pre_lo == s_lo and text[max(0, s_lo - 4) : s_lo].strip().endswith(":"):
            prev = d.prev_sentence_any(s_lo)
            if prev is not None:
                intro = d.intro(prev[0], q.start)  # `X considère que … :` then the quote in a new paragraph
                if intro is None:
                    intro = d.colon_subject(prev[0], prev[1])  # `Le ministre X est plus explicite :` then « … »
        if after is None and intro is None and text[pre_lo:q.start].rstrip().endswith(":"):
            intro = d.colon_subject(pre_lo, q.start)  # `Le ministre X est plus explicite : « … »`
        if after is not None:
            after = d.voice(after, post_hi)
        elif intro is not None:
            intro = d.voice(intro, q.start)
        embedded = (intro is None and (prev_end > s_lo or bool(_WORDS.search(text, pre_lo, q.start)))) or (
            naming is not None and intro is naming)  # (a name given in a relative is no statement)
        if (
            intro is not None and not intro.cue.verbal
            and _SOURCE_PREP_BEFORE.fullmatch(text, intro.cue.start, intro.cue.end)
            and (prev_end > s_lo or _WORDS.search(text, pre_lo, intro.cue.start))
            and not _CONNECTIVE.fullmatch(text, pre_lo, intro.cue.start)
            and ":" not in text[intro.clause_end : q.start]
            and (_COMP_BEFORE.search(text, max(s_lo, intro.cue.start - 8), intro.cue.start) or (
                "," not in text[intro.clause_end : q.start]
                and d.last_verbal_cue_in(s_lo, intro.cue.start) is None))  # (bounded: a run-on sentence)
        ):
            # `des réglementations qui vont selon lui « trop loin »`, `par le fait que, selon lui, « … »`: a
            # fragment of the sentence; not `X said, according to AP "…"` (the cue's statement)
            embedded = True
        clause = _clause_start(text, pre_lo, q.start)
        if embedded and after is not None and after.cue.verbal and _CONNECTOR_ONLY.fullmatch(text, clause, q.start):
            embedded = False  # `…; however, "to remove any doubts, I wrote …", he added`: a statement
        if embedded and after is None and _colon_statement(text, pre_lo, q):
            # `il l'a félicitée pour une « campagne difficile » : « Elle s'est battue. »`: a statement of the
            # subject of the sentence (ninth pass)
            embedded = False
            subj, _ = d.subject(s_lo, q.start)
            if subj is not None:
                intro = Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])
        if embedded and after is None and _statement_after_colon(text, pre_lo, q, s_hi):
            colon_statements.add(i)  # `Cette question est la suivante : « Expliquez pourquoi … »`: typed below
        if embedded and after is None and intro is None and _statement_after_adjunct(d, pre_lo, q, s_hi):
            embedded = False  # `X said at a press conference, "My heart …."`: a statement (the frame speaks)
        info.append((q, (s_lo, s_hi), after, intro, embedded, post_hi))

    results: list[dict[str, Any]] = []
    i = 0
    last: dict[str, Any] | None = None  # the previous attributed direct quote (floating continuations)
    while i < n:
        q, sent, after, intro, embedded, post_hi = info[i]
        parts = [list(p) for p in q.parts]
        end = q.end
        mismatch, unclosed = q.mismatch, q.unclosed
        group_end = i
        # split quote: `« A », a tweeté Musk. « B »` — B follows the attribution, in the same paragraph
        if after is not None and i + 1 < n:
            nq, _, n_after, n_intro, _, _ = info[i + 1]
            gap = text[after.clause_end : nq.start]
            if (
                after.clause_end <= nq.start
                and not gap.strip(" \t\u00a0\u202f.,;")
                and (after.cue.verbal or gap.strip())  # (`« A » , selon lui « B »`: B is an apposition)
                and "\n" not in text[q.end : nq.start]
                and n_after is None
                and (n_intro is None or n_intro.cue.start == after.cue.start)
                and not any(c.verbal for c in d.cues_in(max(after.cue.end, (after.speaker or (0, 0))[1]), nq.start))
                and not _RELATIVE_GAP.search(text, after.cue.end, nq.start)
                and not owned_title(text, nq.start, tuple(nq.parts[0]), d.lang)  # (`on CNN's "State of the Union."`)
                and text[max(after.cue.end, (after.speaker or (0, 0))[1]) : nq.start].rstrip(_BLANKS)[-1:] in _GAP_ENDS
            ):  # not `« A », a-t-il écrit sur Twitter, ajoutant que « B »`: B has a cue of its own; not `« A » selon
                # X, qui se félicite de ne pas avoir « B »`: B is in a relative clause (ninth pass); not `, a estimé X,
                # invité de « C à vous »`: the attribution's own words lead into B (thirty-second pass)
                parts += [list(p) for p in nq.parts]
                end = nq.end
                mismatch, unclosed = mismatch or nq.mismatch, unclosed or nq.unclosed
                group_end = i + 1
        att = after or intro
        narrative = att is None and (lang == "fr" and _ET_DE_HINT.search(text, max(sent[0], q.start - 40), q.start) or (
            lang == "en" and "on to" in text[max(sent[0], q.start - 40) : q.start]
        )) and (m_et := (_ET_DE if lang == "fr" else _GOING_ON_TO).search(text, max(sent[0], q.start - 40),
                                                                          q.start)) is not None \
            and d.lex.lemma(m_et.group("v") or m_et.group("w") or m_et.group("p")) is not None
        # `Et d'ajouter : « … »`, `Going on to say "…"` (twenty-sixth pass): the previous speaker goes on
        if narrative:
            embedded = False
        frame = None if att or narrative else (
            d.opening_participle(sent[0], q.start, end, sent[1])
            or d.agent_after_fragment(sent[0], q.start, end, sent[1]) or d.frame(sent[0], q.start))
        if frame is not None:
            frame = d.voice(frame, q.start)
        last_in_paragraph = group_end + 1 >= n or "\n" in text[end : quotes[group_end + 1].start]
        if att is None and frame is None and last_in_paragraph:
            att = d.dash_line(end)  # a pull-quote credit on the next line: `— Donald Trump, président …`
        if att is None and frame is None and _TERMINAL.search(text, max(0, end - 6), end):
            nxt = quotes[group_end + 1].start if group_end + 1 < n else len(text)
            par = text.find("\n", end, nxt)
            att = d.quote_back_reference(end, par if par >= 0 else nxt)  # `"…" That's what X told reporters.`
        content = text[parts[0][0] : parts[-1][1]]
        short = _n_tokens(text, parts) <= SCARE_MAX_TOKENS and not _TERMINAL.search(content)
        post_words = bool(_WORDS.search(text, q.end, post_hi)) and after is None
        name_like = att is None and len(parts) == 1 and (
            is_name_like(text, q.start, end, tuple(parts[0]), d.lang, framed=frame is not None)
            or _UPDATED_PAGE.search(text, max(0, q.start - 60), q.start) is not None
        )  # `Page actualisée : 2 janvier 2015 — « Aviation : … »`: the title of the article it updates
        if (
            att is not None and len(parts) == 1 and is_named_by_noun(text, q.start, end, tuple(parts[0]), d.lang)
            and not any(c.verbal for c in d.cues_in(max(0, q.start - 30), q.start)) and not _TERMINAL.search(content)
        ):  # (not near a cue: `X tweeted "Happy New Year"`, `il déclare à la police « Je ne regrette rien. »`)
            # `annonce que … une opération contre l'organisation « État islamique »`: a name inside reported
            # speech is a name, not the speaker's words (thirteenth pass)
            att = None
            name_like = True
        if (
            att is not None and att.cue.lemma in _NAMING_CUES and len(parts) == 1 and content[:1].isupper()
            and not text[att.cue.end : q.start].strip() and _n_tokens(text, parts) <= 4
            and not _TERMINAL.search(content)
        ):  # `Jose Lopez Montero, also called "Caracho",`: a naming verb right before a short capitalised name
            att = None  # (seventeenth pass; not `called it a "…"`, whose object stands between)
            name_like = True
        elif (
            att is not None and att.cue.lemma in _NAMING_CUES and len(parts) == 1 and att.speaker is not None
            and not text[att.cue.end : q.start].strip() and _n_tokens(text, parts) <= 4
            and _thing_named(text, att.speaker, d.lang)
        ):  # `a process called "exfiltration."`: the participle names a thing, nobody speaks (eighteenth pass)
            att = None
            name_like = True
        answer = (
            len(parts) == 1 and _ANSWER.fullmatch(content.strip(_ANSWER_STRIP)) is not None
            and text[max(sent[0], q.start - 40) : q.start].rstrip()[-1:].isalnum()
        )
        charge = (
            len(parts) == 1 and not _TERMINAL.search(content) and not _VERB_FIRST.match(content)
            and _CHARGE_BEFORE.search(text, max(sent[0], q.start - 40), q.start) is not None
        )  # (not `porter plainte pour « ne pas laisser passer … »`: a purpose, someone's words)
        titled = (
            embedded and after is None and len(parts) == 1 and len(content) <= 80 and not content[:1].islower()
            and not _TERMINAL.search(content) and _n_tokens(text, parts) <= 6 and _title_case(content)
        )  # `as their 2019 "Person of the Year"`, `a police action dubbed "Mountain Storm,"` (twenty-ninth pass)
        if answer or charge or titled:
            # `Les Suisses disent « non » au projet`, `le « oui » au référendum`: a vote's answer named as a term,
            # even after a cue; not a quote that opens its clause (`« Non », dit Paul`, `said: "no"`) or ends
            # with its own punctuation (`"No!"`; thirteenth pass); a title-cased name inside a sentence is a name,
            # whatever cue the sentence has
            att = frame = None
            name_like = name_like or titled
        aim = None
        if att is None and frame is None and not (answer or charge or name_like or narrative) and len(parts) == 1:
            verb_first = _subject_of_quoted_verb(d, sent[0], q.start, parts[0][0])
            if verb_first is not None:  # `Theresa May « félicite chaleureusement » Emmanuel Macron`
                att, embedded = verb_first, True
            elif lang == "fr" and _fr_infinitive_fragment(text, sent[0], q):
                clause = max(text.rfind(":", sent[0], q.start), text.rfind(";", sent[0], q.start)) + 1
                subj, _ = d.subject(max(sent[0], clause), q.start)  # `Il ordonne de « soulager le poids »`: the
                if subj is not None:  # subject's aim, unless a cue elsewhere gives the words to someone (below)
                    aim = Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])
        if answer or charge or name_like or (
            att is None and frame is None and aim is None and short and (embedded or post_words)
            and not _EVALUATIVE.match(content)
        ):
            # a few words and nobody said them, or a name by its context (`la faille « EternalBlue »`, `the
            # so-called "…"`): a name, a term or a title; an evaluative phrase (`« très diversifié »`) is
            # someone's words even without a cue
            typ = "scare"
            if not (name_like or charge) and next((c for c in content if c.isalpha()), "A").islower():
                later = _closing_attribution(text, info, group_end, sent) or d.tail_source(end, sent[1])
                if later is not None:
                    # `They laboured in "15-hour shifts," were housed …, and paid "about half …," the Mail said`:
                    # lower-case fragments of a sentence whose attribution closes it are that speaker's words
                    typ, frame = "mixed", later
        elif embedded or (
            intro is not None and _object_of_cue(text, d.lex, intro, parts[0][0], parts[-1][1])
            and not _INNER_SENTENCE.search(content)  # (`s'interrogeait « pourquoi … ? Il y a … »`: statements)
        ) or (
            intro is not None and intro.cue.lemma in _FR_REFLEXIVE_ATTRIBUTE and len(parts) == 1
            and content[:1].islower() and not _TERMINAL.search(content) and not text[intro.cue.end : q.start].strip()
            and (text.startswith(("s'", "s’", "se "), intro.cue.start)  # (the cue `s'est dit`)
                 or _FR_REFLEXIVE_BEFORE.search(text, max(0, intro.cue.start - 16), intro.cue.start))
        ):
            typ = "mixed"  # also `a condamné « l'attentat … »`: the object of the cue, not a statement
        elif short and post_words and att is None:
            typ = "mixed"
        elif (
            after is not None and len(parts) == 1 and content[:1].islower() and not _TERMINAL.search(content)
            and _n_tokens(text, parts) <= 8 and text[max(sent[0], q.start - 40) : q.start].rstrip()[-1:].isalpha()
            and not _CONNECTIVE_END.search(text, max(sent[0], q.start - 12), q.start)
        ):
            typ = "mixed"  # `Traffic "ground to a halt", as the court put it, …`: a fragment glued into the
            # writer's sentence, its attribution after it (seventeenth pass)
        elif (
            intro is not None and intro.cue.lemma == "pour" and _WORDS.search(text, intro.clause_end, q.start)
            and (_n_tokens(text, parts) < 8 or (content[:1].islower() and _FUNCTION_WORD_END.search(
                text, max(sent[0], q.start - 8), q.start)))
            and not _TERMINAL.search(content)
        ):  # (a noun phrase begun before the marks, however long: `il s'agit d'une « … »`; eighteenth pass)
            typ = "mixed"  # `Pour le journal, c'est « intolérable »`: a fragment after words of the writer
        elif (
            intro is not None and intro.cue.lemma in _SOURCE_LEMMAS and len(parts) == 1
            and not _TERMINAL.search(content) and not content[:1].isupper()
            and (rest := _NARRATIVE_REST.match(text, end)).group(1) is not None and rest.group(1)[0].islower()
            and rest.group(1) not in _COORDINATORS
        ):
            typ = "mixed"  # `Selon la police, « plusieurs centaines de manifestants » se sont rassemblés`: the clause
            # goes on after the quote, which is a part of it (thirty-second pass)
        else:
            typ = "direct"
        use = att or (frame if typ != "scare" else None)
        ctx = ""
        if use is not None:
            ctx = _ctx(d, max(sent[0], use.cue.start - CTX), min(max(sent[1], end), use.cue.end + CTX))
        if use is None and typ in ("mixed", "direct"):
            use = d.tail_source(end, sent[1])  # `… "…" in the country, as stated in the constitution.`
            if use is not None:
                ctx = _ctx(d, max(sent[0], use.cue.start - CTX), min(sent[1], use.cue.end + CTX))
        if use is None and typ == "direct" and not narrative:
            use = _closing_attribution(text, info, group_end, sent)  # `« A » , bien que … « B » , estime X.`
        if use is None and typ in ("mixed", "direct") and not narrative:
            use = _across(d, typ, sent, q.start, last)
            if use is not None:
                ctx = _ctx(d, max(0, use.cue.start - CTX), min(len(text), use.cue.end + CTX))
        if use is None and aim is not None:
            use = aim
            ctx = _ctx(d, max(sent[0], use.cue.start - CTX), min(sent[1], q.start + CTX))
        if typ == "mixed" and i in colon_statements and group_end == i:
            typ = "direct"  # a statement after a colon, whoever speaks it (thirty-eighth pass: a mixed quote)
        line_start = text.rfind("\n", max(0, q.start - 61), q.start) + 1  # (bounded: a line of any length is read once)
        if (line_start or q.start <= 61) and _UPDATE_LINE.match(text, line_start, q.start):
            typ, use = "direct", None  # `Page actualisée : 8 janvier 2015 — « … »`: an update's headline, nobody's
        prev = results[-1] if results else None
        if (
            att is None and typ != "scare" and prev is not None and prev["type"] == "scare"
            and _SCARE_LIST_GAP.fullmatch(text, prev["end"], q.start) and _n_tokens(text, parts) <= 6
        ):
            typ = "scare"  # `les chansons « Stand by Me », « Spanish Harlem » et « There Goes My Baby »`
            use = None
        if (
            att is None and typ == "mixed" and prev is not None and prev["type"] != "scare"
            and prev["speaker"] is not None and _AND_GAP.fullmatch(text, prev["end"], q.start)
            and _statement(text, parts, content)
        ):
            # `had struck "against individuals …" and "The strike may have resulted in …"`, `started screaming "I am
            # the emperor" and "I am here to take over the state"`: a statement coordinated with the quote before it
            # is a direct quote of the same speaker (twenty-ninth pass: a mixed one)
            typ, use = "direct", None
            qd = _quote_dict(d, typ, q.start, end, parts, None, "")
            qd["cue"], qd["channel"], qd["speaker"] = prev["cue"], prev["channel"], dict(prev["speaker"])
        elif (
            att is None and (typ == "scare" or (typ == "mixed" and use is None)) and not name_like
            and prev is not None and prev["type"] == "mixed" and prev["speaker"] is not None
            and _COORD_FRAGMENT.fullmatch(text, prev["end"], q.start)
        ):
            typ, use = "mixed", None  # `a exprimé « sa grande joie » et son « bonheur »`: the same speaker's words
            qd = _quote_dict(d, typ, q.start, end, parts, None, "")
            qd["cue"], qd["channel"], qd["speaker"] = prev["cue"], prev["channel"], dict(prev["speaker"])
        elif (
            att is None and typ != "direct" and prev is not None and prev["type"] == "direct"
            and prev["speaker"] is not None and _LIST_GAP.fullmatch(text, prev["end"], q.start)
            and not name_like
        ):
            # `X said: "A", "B".`, `"A" and "B," he said`: a list of statements with one attribution
            typ, use = "direct", None
            qd = _quote_dict(d, typ, q.start, end, parts, None, "")
            qd["cue"], qd["channel"], qd["speaker"] = prev["cue"], prev["channel"], dict(prev["speaker"])
        else:
            qd = _quote_dict(d, typ, q.start, end, parts, use, ctx)
        if use is not None and use.cue.lemma == "subject":
            qd["cue"] = None
            qd["channel"] = None
        if typ == "direct" and use is None and last is not None:
            # floating continuation: the previous quote's speaker, when in this or the previous paragraph
            near = q.start - last["end"] < 2000 and text.count("\n", last["end"], q.start) <= 2
            if near and last["speaker"] is not None:
                qd["channel"] = last["channel"]
                qd["continued"] = last  # its speaker is copied once pronouns are resolved
        if mismatch:
            qd["mark_mismatch"] = True
        if unclosed:
            qd["unclosed"] = True
        if typ != "scare" and qd["speaker"] is not None:
            last = qd
        results.append(qd)
        i = group_end + 1

    found = d.indirect()
    by_cue: dict[int, list[dict[str, Any]]] = {}  # the mixed quotes by their cue's start
    for r in results:
        if r["type"] == "mixed" and r["cue"] is not None:
            by_cue.setdefault(r["cue"]["start"], []).append(r)
    for att, start, end, sent in found:
        if len(_WORDS_RUN.findall(d.text, start, min(end, start + 40))) < 2:
            continue  # `l'article 127 prévoit que :` at the text's end: a complementizer reports nothing (32nd pass)
        ctx = _ctx(d, max(sent[0], att.cue.start - CTX), start)
        report = _quote_dict(d, "indirect", start, end, [[start, end]], att, ctx)
        results.append(report)
        for r in by_cue.get(att.cue.start, ()):
            if start <= r["start"] and r["end"] <= end and report["speaker"] is not None:
                # `which prosecutors said was designed to "overthrow"`: a fragment inside reported speech has the
                # speaker of the report whose cue it shares (eighteenth pass)
                r["speaker"] = dict(report["speaker"])
    spans = [(start, end) for _, start, end, _ in found]
    edges = d.indirect_edges(spans)
    # each of these leaves alone what the ones before it took
    for more in (d.indirect_views, d.indirect_positions, d.indirect_back_references):
        edges += more(spans + [(start, end) for _, start, end, _ in edges])
    for att, start, end, sent in edges:
        # the channel is read in the attribution around the content, not in it (`The activists answered on
        # Twitter …, the agency said` is no tweet of the agency)
        ctx = _ctx(d, sent[0], start) + " " + _ctx(d, end, sent[1])
        parts = d.aside_parts(att, start, end)
        edge = _quote_dict(d, "indirect", start, end, parts or [[start, end]], att, ctx)
        results.append(edge)
        i = bisect.bisect_left(d.quote_starts, start)
        if i == len(d.quote_starts) or d.quote_starts[i] >= end:
            continue  # no quotation inside (most edges): nothing to retype
        for r in results:
            if start <= r["start"] and r["end"] <= end + 2 and (
                (r["type"] == "scare" and _fragment_words(d, r) and (
                    " " in d.text[r["start"] : r["end"]].strip()
                    or not _CHARGE_BEFORE.search(d.text, max(0, r["start"] - 40), r["start"])
                ))
                or (r["type"] == "mixed" and r["cue"] is None)
            ):
                # a lower-case fragment inside reported speech (`the man was "heavily armed" …, police said`,
                # `The attack was a "message" to the new government, said X`; not a charge's one word: `accused
                # of "proselytizing" …, the minister said`), or a fragment no cue was found for (`Il pourrait
                # s'agir de « … », a précisé X`; nineteenth pass: also one given the subject before it, `Pour
                # Chartier, Fillon est victime « … »`): a mixed quote of the same speaker
                r.update(type="mixed", speaker=edge["speaker"] and dict(edge["speaker"]), cue=edge["cue"],
                         channel=edge["channel"])
    results.sort(key=lambda r: (r["start"], r["end"]))
    _continue_reported(d, results)
    _narrative_subject(d, results)
    _said_before_an_addition(d, results)
    _said_with_the_next(d, results)
    resolve_speakers(d, results)
    # reported speech of the writer (`I said that …`) is no quotation, nor is a headline's (its article reports it)
    head = _headline_end(d.text)
    return [r for r in results if r["type"] != "indirect" or (r["speaker"] is not None and r["start"] >= head)]


def _headline_end(text: str) -> int:
    """The end of the document's headline (0 if it has none): a first line of at most 250 characters, with no
    sentence-final mark, followed by a line break. The headline sums up its article's reported speech
    (`Iran admits downing Ukrainian jet`, `X avoue ne pas arriver à épargner`), which the body reports in full; the
    dev golds annotate none of it (thirty-first pass: 12 such reports on the read splits, all false)."""
    nl = text.find("\n", 0, 252)
    if nl <= 0:
        return 0
    line = text[:nl].rstrip()
    return nl if line and line[-1] not in ".!?…»”\"’'" else 0
# `… "crushing" and wrote "…"`: a coordinated verb (and a word) between two quotations
_AND_THEN_CUE = re.compile(
    _COORD_ONLY.pattern + r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s*[:,]?\s*", re.IGNORECASE
)
_NARRATIVE_REST = re.compile(r"[\s\u00a0\u202f»”\"’']*([^\W\d_][\w'’-]*)?")
_LIST_GAP = re.compile(r"[\s,;]*")
_AND_GAP = re.compile(r"[\s,]*(?:and|et)\s+", re.IGNORECASE)
_GOING_ON_TO = re.compile(
    r"(?<![\w'’-])(?:(?:Further|Then|Later|Finally)\s+going|Going)\s+on\s+to\s+(?P<v>[^\W\d_]+)\s*[:,]?\s*\Z")
# `Et d'ajouter :`; before a colon also `Avant de conclure :`, `Puis d'ajouter :`, `En ajoutant :` (28th pass; not
# `En disant « … », elle …`: an opening clause whose subject follows)
_ET_DE = re.compile(r"(?<![\w'’-])(?:[Ee]t\s+d['’]\s*(?P<v>[^\W\d_]+)\s*[:,]?"
                    r"|(?:Puis|Avant)\s+d(?:e\s+|['’]\s*)(?P<w>[^\W\d_]+)\s*:|En\s+(?P<p>[^\W\d_]+ant)\s*:)\s*\Z")
_ET_DE_HINT = re.compile(r"[ts]\s+d|ant\b")  # (cheap: most quotes have none of these in the 40 characters before)
_COORD_FRAGMENT = re.compile(r"[\s,]*(?:et|ou|mais|and|or|but)\s+(?:\w+['’]\s*|[\w'’-]+\s+){0,2}", re.IGNORECASE)
_SCARE_LIST_GAP = re.compile(r"[\s,]*(?:(?:et|ou|and|or)\s+)?", re.IGNORECASE)
_CONNECTOR_ONLY = re.compile(r"[\s,]*(?:\w+[\s,]+)?", re.IGNORECASE)


def _continue_reported(d: _Doc, results: list[dict[str, Any]]) -> None:
    """A floating direct quote right after reported speech goes on with that speech's speaker rather than the
    previous quotation's (`Hussein argued that the judge was not legitimate. "I don't acknowledge this court."`,
    thirteenth pass): the reported speech ends after the previous quotation and right before the quote (no word
    between them, no new paragraph), and its speaker is a name or a pronoun (the noun phrases reported speech is
    given are less sure). ``results`` is sorted by start."""
    last_reported = None
    for r in results:
        if r["type"] == "indirect":
            sp = r["speaker"]
            if sp is not None and sp["text"].lower() not in d.g.writer and not is_source_aside(d, r):
                last_reported = r  # (not a source named in passing: `…, selon certains analystes, …`)
            continue
        src = r.get("continued")
        if last_reported is None:
            continue
        first = src is None and r["type"] == "direct" and r["speaker"] is None and r["cue"] is None
        if first:
            src = {"end": 0}  # a first floating quote after reported speech: nobody else to go on from (19th pass)
        if src is None:
            continue
        if src["end"] <= last_reported["end"] <= r["start"] and not _WORDS.search(
            d.text, last_reported["end"], r["start"]
        ) and "\n" not in d.text[last_reported["end"] : r["start"]] and _name_or_pronoun(
            d, last_reported["speaker"], body=first
        ):
            r["continued"] = last_reported


_FUNCTION_WORDS_ANY = frozenset().union(*((g.det | g.stops | g.bounds) for g in map(grammar, LANGS)))


def _narrative_subject(d: _Doc, results: list[dict[str, Any]]) -> None:
    """A floating direct quote that nobody is found for, opening its sentence right after a sentence of narrative
    in the same paragraph, is the words of that sentence's subject when it is a person's name or a personal pronoun (`Il
    doit quitter Europe 1. « Je n'ai pas été surpris … »`, `Smith arrived at the court. "I am innocent."`;
    nineteenth pass). Pronouns are resolved afterwards like any speaker."""
    for r in results:
        if r["type"] != "direct" or r["speaker"] is not None or r["cue"] is not None or r.get("continued"):
            continue
        lo, _ = d.sentence(r["start"])
        if d.text[lo : r["start"]].strip():
            continue  # (the quote does not open its sentence)
        prev = d.prev_sentence(lo)
        if prev is None:
            continue
        subj, named = d.subject(prev[0], prev[1])
        if subj is None:
            continue
        word = d.text[subj[0] : subj[1]].lower()
        if word not in d.g.singular and word.split()[0] in _FUNCTION_WORDS_ANY and not _person_title_np(d, word):
            continue  # `Die Auswertung`, `Para Alan`: a text in another language than its label
        if (named and (person_like(d, subj) or _GESTURE_AFTER.match(d.text, subj[1], prev[1]))) \
                or word in d.g.singular or _person_title_np(d, word):
            r["speaker"] = {"start": subj[0], "end": subj[1], "text": d.text[subj[0] : subj[1]]}


# a gesture or a sound only a person makes, right after a name (`Johnson smiled. "Never say never."`; thirty-second
# pass: a lone surname was not known as a person)
_GESTURE_AFTER = re.compile(
    r"\s+(?:smiled|smiles|laughed|laughs|shrugged|shrugs|nodded|nods|sighed|sighs|paused|pauses|grinned|grins|"
    r"frowned|frowns|chuckled|chuckles|hesitated|hesitates|winked|sourit|souriait|rit|riait|soupire|soupirait|"
    r"hésite|hésitait|acquiesce|acquiesçait)(?![\w'’-])"
)


_ADDITION_LEMMAS = frozenset(("ajouter", "poursuivre", "continuer", "add", "continue"))


def _said_before_an_addition(d: _Doc, results: list[dict[str, Any]]) -> None:
    """A floating direct quote nobody is found for, right before a sentence whose quote someone adds (`« … ». Il ajoute
    « … »`, `"…" He added: "…"`): the one who adds said it too (thirty-second pass)."""
    for i, r in enumerate(results[:-1]):
        if r["type"] != "direct" or r["speaker"] is not None or r["cue"] is not None:
            continue  # (a floating continuation has no speaker yet: the one who adds is nearer than its quote's)
        nxt = results[i + 1]
        cue, sp = nxt["cue"], nxt["speaker"]
        if nxt["type"] == "indirect" or cue is None or sp is None or cue["lemma"] not in _ADDITION_LEMMAS:
            continue
        lo, _ = d.sentence(nxt["start"])
        if lo < r["end"] or d.text[r["end"] : lo].strip(" \t\u00a0\u202f.»”\"’'") or sp["start"] < lo:
            continue  # (the addition's sentence must follow the quote at once, with its subject in it)
        r["speaker"] = dict(sp)
        r.pop("continued", None)


# the line of a page update before its headline in marks (Wikinews: `Page actualisée : 8 janvier 2015 — « … »`), a
# direct quote of nobody (check7's convention; thirty-seventh pass: scare)
_UPDATE_LINE = re.compile(r"[ \t]*(?:Page\s+actualisée|Page\s+updated|Updated)\s*:[^\n«“\"]{0,40}[—–-][ \t]*\Z")
_SIDE_BY_SIDE_GAP = " \t\u00a0\u202f.,"  # what may stand between two quotations side by side


def _said_with_the_next(d: _Doc, results: list[dict[str, Any]]) -> None:
    """Two quotations side by side in a paragraph with one cue after the second (`« A » , « B » , a confié X`,
    `"A." "B," witnesses said`): no attribution stands between them, so the one who said the second said the
    first too, whoever the first was given to from the sentences before it (thirty-seventh pass)."""
    for i, r in enumerate(results[:-1]):
        if r["type"] != "direct" or r["cue"] is not None:
            continue
        nxt = results[i + 1]
        cue, sp = nxt["cue"], nxt["speaker"]
        if nxt["type"] != "direct" or cue is None or sp is None or cue["start"] < nxt["end"]:
            continue  # (the second's cue must follow it: `« A » « B », a dit X`)
        if d.text[r["end"] : nxt["start"]].strip(_SIDE_BY_SIDE_GAP) or _STOP.search(d.text, nxt["end"], cue["start"]):
            continue  # (nothing but spaces and a comma or a period between them; the cue in the second's sentence)
        r["speaker"] = dict(sp)
        r.pop("continued", None)


def _person_title_np(d: _Doc, phrase: str) -> bool:
    """`the mayor`, `the senator`, `le ministre`: a determiner and a person's title (not a body: `the company`)."""
    words = phrase.split()
    return len(words) == 2 and words[0] in d.g.det and words[1] in _PERSON_TITLES


def _name_or_pronoun(d: _Doc, sp: dict[str, Any], body: bool = False) -> bool:
    """A speaker that is a pronoun or a name of up to four capitalised words (`Hussein`, `Terry Hicks`); with
    ``body``, also a determiner and a noun of people (`Le gouvernement chinois`: sure enough when no quotation
    before gives another speaker)."""
    words = sp["text"].split()
    if len(words) == 1 and (words[0].lower() in d.g.singular or words[0].lower() in d.g.plural):
        return True
    j = len(words)
    while j > 0 and words[j - 1][:1].isupper():
        j -= 1
    name, title = words[j:], words[:j]
    if body and not name and 2 <= len(words) <= 4 and words[0].lower() in d.g.det and is_speaker_noun(
        words[1], d.lang
    ):
        return True  # `Le gouvernement chinois`, `the prime minister`: a body or a function (nineteenth pass)
    # `RSPCA chief inspector David O'Shannessy`: a title of names and nouns of people before a full name (19th pass)
    return 0 < len(name) <= 4 and words[0].lower() not in d.g.det and (not title or len(name) >= 2 and len(
        title) <= 6 and all(w[:1].isupper() or is_speaker_noun(w, d.lang) for w in title))


_QUOTED_AUX = frozenset("a ont avait avaient has have had".split())


# the word before a French infinitive that a verb or a noun governs (`ordonne de`, `s'engage à`, `pour`)
_FR_INFINITIVE_LINK = re.compile(r"(?:(?<![\w'’-])(?:de|à|pour)\s*|(?<![\w'’-])d['’]\s*)\Z", re.IGNORECASE)
# what follows an infinitive's first word when it is a verb with its object or adverb (`soulager le poids`,
# `agir maintenant`), not a noun with its adjective (`injure publique`)
_FR_AFTER_INFINITIVE = re.compile(
    r"\s+(?:le|la|les|l['’]|des|du|un|une|de|d['’]|à|au|aux|en|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|"
    r"votre|vos|tout|tous|toutes|plus|davantage|maintenant|ou|et)(?![\w-])",
    re.IGNORECASE,
)


def _fr_infinitive_fragment(text: str, lo: int, q: Quotation) -> bool:
    """`Il ordonne notamment de « soulager le poids »`, `Les membres se sont engagés à « agir de concert »`: a
    fragment that opens with an infinitive and its object after `de`/`à`/`pour` is the aim of the clause's subject,
    in that subject's words (thirty-eighth pass, from check19: a scare quote, or a mixed one of nobody)."""
    if not _FR_INFINITIVE_LINK.search(text, max(lo, q.start - 8), q.start):
        return False
    first = _fr_infinitive_at(text, q.parts[0][0])
    return first is not None and _FR_AFTER_INFINITIVE.match(text, first.end()) is not None


def _fr_infinitive_at(text: str, pos: int) -> re.Match[str] | None:
    """The French infinitive opening ``text`` at ``pos`` (`prendre`, `ne pas laisser`, `n'avoir`), or None."""
    first = _FR_INFINITIVE_OPENING.match(text, pos)
    if first is None or not first.group("w").endswith(_INFINITIVE_ENDS) or first.group("w") in _FR_NOT_INFINITIVES:
        return None
    return first


def _subject_of_quoted_verb(d: _Doc, lo: int, q_start: int, content_start: int) -> Attribution | None:
    """The subject right before a quotation that opens with a reporting verb in lower case (`La première ministre,
    Theresa May, « félicite chaleureusement » Emmanuel Macron`, `Ce rapport « rappelle que … »`): the quoted words
    are the subject's, with no cue outside the marks. None when words stand between the subject and the quote."""
    first = next(d.iter_tokens(content_start, min(len(d.text), content_start + 40)), None)
    if first is None or not first[2] or first[0] != content_start:
        return None
    word = d.text[first[0] : first[1]]
    if word in _QUOTED_AUX:  # `Des témoins « ont évoqué une erreur »`, `Officials "have said that …"` (fifteenth pass)
        toks = d.tokens(first[1], min(len(d.text), first[1] + 30))
        word = d.text[toks[0][0] : toks[0][1]] if toks and toks[0][2] else ""
    if not word.islower():
        return None
    if d.lex.lemma(word) is None:
        if not (d.lang == "fr" and word.startswith(_FR_VERB_CLITICS) and len(word) > 4) or word.endswith(
                _INFINITIVE_ENDS):
            return None  # (`préconise de « s'attaquer … »`: an infinitive has no subject of its own)
        # `le pape François « s'associe à la douleur »`: a reflexive or negated verb opens the quote; its subject is
        # the noun phrase right before the marks (seventeenth pass, from check13)
        sp = d.speaker_before(lo, q_start)
        if sp is None or d.text[sp[1] : q_start].strip(" ,\t\u00a0\u202f"):
            return None
        return Attribution(Cue(sp[0], sp[0], "subject", False), sp, sp[1])
    subj, _ = d.subject(lo, q_start)
    if subj is None or d.text[subj[1] : q_start].strip(" ,\t\u00a0\u202f"):
        return None
    return Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])


def _closing_attribution(text: str, info: list, i: int, sent: Span) -> Attribution | None:
    """The attribution after a later quote of the same sentence that closes the sentence (`…, "…," the Mail
    said.`), with a verbal cue; None when there is none."""
    for _q, q_sent, after, _, _, _ in info[i + 1 : i + 6]:
        if q_sent != sent:
            return None
        if after is not None:
            # (only the final mark and the blank lines the sentence keeps may follow it; thirty-eighth pass: a
            # paragraph's last sentence, which keeps its `\n\n`, had none)
            ok = after.cue.verbal and (
                after.clause_end >= sent[1] - 1 or not text[after.clause_end : sent[1]].strip(_BLANKS + ".!?…")
            )
            return after if ok else None
    return None


def _colon_statement(text: str, pre_lo: int, q: Quotation) -> bool:
    """A quote right after a colon (only a colon since the previous quote or the sentence start) that opens in upper
    case and ends with terminal punctuation: a statement, even after a fragment in the same sentence."""
    if text[pre_lo : q.start].strip(" \t\u00a0\u202f") != ":":
        return False
    m = _WORDS.search(text, q.parts[0][0], q.parts[0][1])
    return m is not None and text[m.start()].isupper() and bool(_TERMINAL.search(text, q.parts[-1][0], q.end))


def _statement_after_colon(text: str, pre_lo: int, q: Quotation, s_hi: int) -> bool:
    """A quote after a colon that ends the words before it (`la question est la suivante : « Expliquez pourquoi …
    »`) and reads as a statement of its own: one part of five words or more that opens in upper case (or with an
    editor's bracket, `[S]evengill`) and ends its sentence, with its own final mark or with nothing but a mark after
    it. Looser than ``_colon_statement`` (words may stand before the colon), so it only types the quote direct."""
    if not text[pre_lo : q.start].rstrip(_BLANKS).endswith(":") or len(q.parts) != 1 or _n_tokens(text, q.parts) < 5:
        return False
    m = _WORDS.search(text, q.parts[0][0], q.parts[0][1])
    if m is None or not (text[m.start()].isupper() or text[m.start() - 1 : m.start()] == "["):
        return False
    return bool(_TERMINAL.search(text, q.parts[0][0], q.end)) or not _WORDS.search(text, q.end, s_hi)


# words that make the words between a cue and a quote a clause of their own (`said that`, `a dit qu'il`)
_CLAUSE_WORD = re.compile(r"(?<![\w'’])(?:that|which|who|when|as|if|que|qu['’]|qui|comme|si|che|dass)(?![\w'’])",
                          re.IGNORECASE)


# a prepositional adjunct between a verb of saying and a statement, with no comma (`said on Voice of America's
# programme "It is a great loss …"`; twenty-ninth pass)
_ADJUNCT_OPENING = re.compile(r"\s*(?:on|in|at|during|via|through|from|after|before|to|sur|dans|lors|à|au|pendant)\s",
                              re.IGNORECASE)


def _statement_after_adjunct(d: _Doc, pre_lo: int, q: Quotation, s_hi: int) -> bool:
    """`Ned Lamont said at a press conference after the incident, "My heart …."`, `told German broadcaster ARD
    "All that we know … ".`: a verb of saying, a short adjunct closed by a comma (or, after `tell`, its
    addressee), then a quote of five words or more that opens in upper case and ends its sentence: a statement,
    not a fragment of the writer's sentence (twenty-sixth pass: typed mixed)."""
    text = d.text
    m = _WORDS.search(text, q.parts[0][0], q.parts[0][1])
    if m is None or _n_tokens(text, q.parts) < 5:
        return False  # (the cheap tests first)
    cues = [c for c in d.cues_in(pre_lo, q.start) if c.verbal]
    if not cues or cues[-1].lemma not in d.lex.indirect:
        return False
    cue = cues[-1]
    gap = text[cue.end : q.start].rstrip(" \t\u00a0\u202f")
    if not gap or len(gap.split()) > 10 or _CLAUSE_WORD.search(gap) or not (
        gap.endswith((",", ":")) or cue.lemma in ("tell", "dire") or _ADJUNCT_OPENING.match(gap)
    ):
        return False
    if not text[m.start()].isupper() and not (
        (cue.lemma == "dire" and _ADDRESSEE_ONLY.fullmatch(text, cue.end, q.start))
        or told_addressee(text, cue, q.start)
    ):
        return False  # (lower case: only right after an addressee, `told Reuters "it almost appears …"`; not `se
        # dit prêt à « condamner … »`, `telling Wikinews the company "extends …"`)
    return bool(_TERMINAL.search(text, q.parts[-1][0], q.end)) or not _WORDS.search(text, q.end, s_hi)


def _object_of_cue(text: str, lex: Lexicon, intro: Attribution, q_start: int, q_end: int) -> bool:
    """`a condamné « l'attentat … »`, `described "a terrible day"`: a verbal cue right before the marks, with
    no colon or comma, and a quote opening in lower case is the verb's object (a mixed quote)."""
    if not intro.cue.verbal or text[intro.cue.end : q_start].strip(" \t\u00a0\u202f«»“”\"‘„'"):
        return False
    m = _WORDS.search(text, q_start, q_start + 20)
    if not m or not text[m.start()].islower():
        return False
    if lex.lang == "fr" and intro.cue.lemma in lex.indirect and _fr_infinitive_at(text, m.start()) is not None:
        return True  # `a assuré « ne pas laisser Christchurch … »`, `a annoncé « prendre toutes les mesures … . »`: an
        # infinitive has no subject of its own, so it is the cue's object, not a statement (twenty-ninth pass)
    if _TERMINAL.search(text, max(q_start, q_end - 6), q_end):
        return False  # `said "attempts will be made."` is a statement
    if intro.cue.lemma in OUTCRIES:
        return False  # `en criant « c'est pour la Syrie »`, `shouting "political persecution"`: what is shouted is a
        # statement, whatever its case (twenty-ninth pass: the dev golds annotate all nine so)
    if intro.cue.lemma not in lex.indirect or intro.cue.lemma in _INDIRECT_BUT_ADJACENT:
        return True  # `a condamné « … »`: no verb of saying takes a whole statement here; nor does a cue that frames
        # a fragment only as its object (`prévoit « plus de 1 000 annulations »`, thirty-second pass)
    if intro.cue.lemma in _NOUN_OBJECT_CUES and _ARTICLE_FIRST.match(text, m.start()):
        return True  # `réclame « des sanctions exemplaires »`: what is demanded is a noun phrase (thirty-first pass)
    # a verb of saying (`Hollande said "terrorists struck …"`) quotes a statement, unless the clause goes on
    # after the quote (`has promised "strong and decisive" action`)
    close = text.find("\n", q_end, q_end + 200)
    rest = text[q_end : close if close >= 0 else q_end + 200]
    words = _NARRATIVE_REST.match(rest)
    return bool(words and words.group(1))


def _empty_report(d: _Doc, prev: Span) -> Attribution | None:
    """`City Councilman David Ryu said in a statement. "…"`: a sentence whose last reporting verb reports nothing
    (only an adjunct after it) introduces the direct quote after it (seventeenth pass)."""
    cues = [c for c in d.cues_in(prev[0], prev[1]) if c.verbal]
    if not cues or cues[-1].lemma not in d.lex.indirect:
        return None
    c = cues[-1]
    text = d.text
    if d.clause_rest_ok(c.end, prev[1]) is None or text.find(",", c.end, prev[1]) >= 0 \
            or len(text[c.end : prev[1]].split()) > 6:
        return None  # (only a short adjunct after the cue: `in a statement`, `on Twitter`)
    if text.endswith(_INFINITIVE_ENDS, c.start, c.end) or text.endswith("to ", max(0, c.start - 3), c.start):
        return None  # (an infinitive reports nothing of its own: `qui devaient répondre à une enquête.`)
    sp = c.inv if c.inv is not None else d.speaker_before(prev[0], c.start)
    if sp is not None and sp[1] > c.end and len(text[sp[1] : prev[1]].split()) > 3:
        return None  # (an inverted subject, then more words: `ha affermato l'hotel dove …`)
    return Attribution(c, sp, c.end) if sp is not None else None


def _across(d: _Doc, typ: str, sent: Span, q_start: int, last: dict[str, Any] | None) -> Attribution | None:
    """A speaker for a quote with no cue in its clause, from the sentences around it.

    A mixed fragment is the words of the speaker of its sentence's earlier quote, else of the name that is
    the subject of its sentence (`Jean-Luc Laurent ( PS ), a cherché …, s'opposant à « … »`), else of the
    reported speech of the sentence before (`Le comité Nobel explique que … . … afin « d'élaborer … »`), else
    of the subject of its sentence (`Les députés veulent … limiter « … »`). A direct quote after a sentence
    naming a document's author (`… broadcast a message from X. "…"`) is that author's."""
    prev = d.prev_sentence(sent[0])
    if typ == "direct":
        if prev is None or (last is not None and last["end"] > prev[0]):
            return None
        said = _empty_report(d, prev)
        if said is not None:
            return said
        src = d.source_in(prev[0], prev[1])
        if src is None and last is not None and last["speaker"] is not None:
            subj, named = d.subject(prev[0], prev[1])
            words = d.text[subj[0] : subj[1]].split() if subj is not None and named else []
            if len(words) >= 2 and all(w[:1].isupper() for w in words) and is_first_name(words[0]) and (
                d.text[subj[0] : subj[1]] != last["speaker"]["text"] and "\n" not in d.text[prev[1] : q_start]
            ):
                # `Romain Degeer, un pilote belge présent, avait tenté de le prévenir. « … »`: a quote with no cue
                # after a sentence whose subject is a new person's full name speaks for that person (fifteenth pass)
                return Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])
        return src
    cleft = cleft_after(d, sent)
    if cleft is not None:
        return Attribution(cleft[0], cleft[1], cleft[0].end)  # `… afin de « revoir … » . C'est ce qu'a annoncé X`
    if last is not None and last["end"] > sent[0] and last["speaker"] is not None and last.get("cue"):
        sp = last["speaker"]
        c = last["cue"]
        return Attribution(Cue(c["start"], c["end"], c["lemma"], True), (sp["start"], sp["end"]), c["end"])
    subj, named = d.subject(sent[0], q_start)
    if subj is not None and named:
        return Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])
    if prev is not None and not opens_with_naming_noun(
        d.text, sent[0], d.quote_starts[bisect.bisect_left(d.quote_starts, sent[0])]
    ):  # (not `Son slogan, « … » — « … »`: the sentence's first quote is a name, the second its translation)
        att = d.reported_in(prev[0], prev[1]) or d.source_in(prev[0], prev[1])
        if att is not None:
            return att
    if subj is not None:
        return Attribution(Cue(subj[0], subj[0], "subject", False), subj, subj[1])
    return None
