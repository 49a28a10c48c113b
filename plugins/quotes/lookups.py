"""The document under attribution, and the lookups every rule layer uses.

``DocLookups`` holds the text, the quotations, the narrative gaps between them, the cues found once in those gaps
(``_find_cues``: verbal and non-verbal forms, filtered), the sentences (split when first asked) and the tokens of a
window (memoised). The rule layers stand on it: ``speakers.py`` (who is the subject of a cue), ``marked.py`` (the
attribution of a marked quotation), ``reported.py`` (reported speech without marks), assembled in
``attribution.py``."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .cues import AFTER_QUOTE_ONLY, Lexicon, lexicon
from .grammar import Grammar, grammar
from .marks import Quotation
from .sentences import Sentences
from .subjects import described_by

Span = tuple[int, int]

_TOKEN = re.compile(
    r"(?P<w>[^\W_#@&][\w'’\-&]*(?:\.(?=[^\W\d_])[^\W\d_][\w'’\-]*)*\.?|[#@&][\w'’\-&]*)|(?P<p>[,;:()\[\]«»“”\"—–!?])"
)
_LETTERS = re.compile(r"[^\W\d_]{2}")
_STOP = re.compile(r"[.!?;]")
# `is called "…"`, `was described as`, `I'm usually called`: a passive participle, whose subject is no speaker
_BE_PASSIVE = re.compile(
    r"(?:(?<![\w-])(?:is|are|was|were|be|been|being|am)|['’](?:s|re|m))\s+"
    r"(?:(?:\w+ly|also|further|first|later|now|then|still|already|even|since)\s+)?\w+(?:ed|en)\Z",
    re.IGNORECASE,
)
# a French past participle alone (no auxiliary): an adjective (`la loi dite`, `des propos rapportés`)
_FR_BARE_PARTICIPLE = ("ée", "ées", "és", "ite", "ites", "its")
# -er cues whose present ends like that participle (`traite`, eighteenth pass; `« … », se félicite X`, `« … », maugrée
# X`, thirty-second). Not `souhaite`: read as a cue, it changed 5 news articles' quotes, two for the worse (`qui
# souhaite en finir avec des réglementations qui vont selon lui « trop loin »` became direct)
_FR_PRESENT_LIKE_PARTICIPLE = frozenset(("traiter", "féliciter", "maugréer"))
_DET_BEFORE = re.compile(
    r"(?<!\w)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Nn]o|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|"
    r"recent|earlier|(?:un)?confirmed|media|news|press|"  # `press reports that`, not `Associated Press reports`
    # adjectives of documents (`The final report into the disaster found`: the noun; 24th pass)
    r"final|latest|initial|preliminary|annual|official|previous|separate|original|written|joint|interim|detailed|"
    r"leaked|internal|independent)\s+\Z"  # (not `weekly`, `daily`: `The weekly reported`)
)
# quantifiers and pronouns that stand alone for people (`Another added:`, `while others report`, `Some said that`;
# twenty-fourth pass: before a verb that is never an adjective or a noun, `Some said` is no `the alleged`; not `one`:
# `one could argue that`)
PEOPLE_WORDS = frozenset(("another", "some", "many", "several", "others", "most", "both",
                          # thirty-second pass: `beaucoup craignent que`, `Certains estiment que` (the dev golds'
                          # speakers)
                          "beaucoup", "certains", "certaines", "plusieurs"))
_NEVER_ADJECTIVES = frozenset(("said", "say", "told", "believe", "believed", "argue", "argued", "agree", "agreed",
                               "insist", "insisted", "warned", "think"))
# a capitalised word inside a sentence right before a cue form (`Maharashtra state`), not at its start (`Police
# state that …`)
_MID_NAME_BEFORE = re.compile(r"[\w,]\s+[A-Z][\w'’.-]*\s+\Z")
# a number or a quantifier right before `states` (the noun)
_COUNT_BEFORE = re.compile(
    r"(?:\d|(?<![\w'’])(?:two|three|four|five|six|seven|eight|nine|ten|dozen|many|several|other|all|some|both|"
    r"these|those|member|neighbouring|neighboring|southern|northern|western|eastern|arab|african|european|baltic))"
    r"\s+\Z", re.IGNORECASE
)
# a title noun and `of` right before `state` (`Secretary of State`, `head of state`, `Minister of State`): a title
_TITLE_OF_BEFORE = re.compile(
    r"(?<![\w-])(?i:heads?|secretar(?:y|ies)|ministers?|ministry|department|council|chiefs?|office)\s+of\s+\Z"
)
# `state media`, `state television`, `state-run`: the noun or adjective `state` before what it qualifies (sixteenth)
_STATE_NOUN_AFTER = re.compile(
    r"(?:\s+(?:media|television|TV|news|radio|agency|agencies|broadcaster|press|officials|department|capital|"
    r"level|government|governments|legislature|police|troopers|senator|election|elections|law|laws)\b|-)"
)
# eighth pass: `a été averti par le juge : « … »`: a passive cue with its agent right before a quote keeps its cue
# (the agent speaks: subjects.passive_agent); other passives stay no cue
_FR_AGENT_QUOTE = re.compile(r"\s+par\s+[^:;.!?«»\"“”\n]{1,60}?\s*:\s*[«“\"]")
_FR_NOUN_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?:par|de|à|pour|avec|sur|selon|contre|chez)\s+(?:(?:le|la|les)\s+|l['’]\s*)|"
    r"(?:du|au|aux|un|une)\s+)\Z",  # (`de l'annonce`: elided, fifteenth pass)
    re.IGNORECASE,
)
# a determiner right before a cue form, and the word before it: `a commenté l'annonce`, `après cette annonce` name the
# act (a noun); after a subject or another clitic the determiner is an object pronoun (`il l'annonce`, `qui le dit`)
_FR_DET_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?P<host>[\w'’]+)\s+)?(?:l['’]|(?:le|la|les|des|cette|ces|son|sa|ses)\s+)\Z", re.IGNORECASE
)
# an indefinite article (maybe with an adjective) right before a cue form: no verb follows `un`/`une`
_FR_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w'’])(?:une?|d['’]une?)\s+(?:(?:telle?|nouvelle?|nouvel|simple|vraie?|véritable|longue?|brève?|courte?|"
    r"grande?|petite?)\s+)?\Z", re.IGNORECASE  # (not `autre`: `un autre explique que`)
)
_NOUN_HOST_PREPS = frozenset(
    "après avant dès depuis malgré lors pendant dans sur sous suite contre avec par vers chez outre "
    "de".split()  # (`s'est étonné de cette demande`: thirty-second pass; an infinitive after `de` is never tested)
)
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "it", "is", "ert")


def _noun_host(host: str | None) -> bool:
    """Whether the word before `det + cue form` makes the form a noun: a preposition (`dès l'annonce`) or a
    participle (`a commenté l'annonce`); not a subject or a clitic host (`il l'annonce`, `Télérama le qualifiant`)."""
    if host is None:
        return False
    return host.lower() in _NOUN_HOST_PREPS or (host[0].islower() and len(host) > 3 and host.endswith(_PARTICIPLE_ENDS))


_FR_NOUN_ENDS = (" le ", " la ", " les ", "l'", "l’", " un ", " une ", " du ", " au ", " aux ", "Le ", "La ", "Un ",
                 "Une ", "Du ", "Au ", "Aux ")
_FR_BE = frozenset("été est sont était étaient fut furent sera seront être".split())
_BE_ENDS = tuple(w + " " for w in _FR_BE)
# adverbs between `être` and its participle besides the `-ment` ones (`Il est aussi décrit comme`; 37th pass)
_FR_PASSIVE_ADVERBS = frozenset("aussi souvent parfois toujours déjà encore ainsi même désormais plutôt".split())
_BE_OR_MENT = (*_BE_ENDS, "ment ", *(w + " " for w in _FR_PASSIVE_ADVERBS))


def _passive_before(text: str, lo: int, start: int) -> bool:
    """Whether a form of `être` (then maybe an adverb: `-ment`, `aussi`) ends ``text[lo:start]``: the cue after it is a
    passive participle (the caller tests the cheap ending first: this runs for few cues)."""
    words = text[lo:start].split()
    if not words:
        return False
    if words[-1] in _FR_BE:
        return True
    return len(words) >= 2 and (words[-1].endswith("ment") or words[-1] in _FR_PASSIVE_ADVERBS) and words[-2] in _FR_BE


def _be_passive(text: str, lo: int, end: int) -> bool:
    """Whether ``_BE_PASSIVE`` ends ``text[lo:end]`` (`is called`, `was described`): its last two letters
    (`ed`/`en`) are tested first, since the regex is tried at up to 40 positions and most cues end otherwise."""
    return text[end - 2 : end].lower() in ("ed", "en") and _BE_PASSIVE.search(text, lo, end) is not None
# a word right before (checked capitalised below), or an abbreviation in capitals and dots (`U.S. State Department`,
# `U.N. Report`: twenty-fourth pass)
_NAME_BEFORE_CUE = re.compile(r"(?:[^\W\d_][\w'’-]*|(?:[A-Z]\.){2,})\s+\Z")
# cues with a common other sense, kept only before what a report ends with or goes on with: `ruled that`,
# `", the court ruled.`, `the statement read: "…"` (and `rule` only as `ruled`: `the rules that …` is a noun)
_SUBJECT_ONLY = re.compile(r"[^\s,.;:!?\"“”«»]+(?:\s+[^\s,.;:!?\"“”«»]+){0,5}")  # a subject of a few words
_CLOSE_AFTER = re.compile(r"\s*(?:[.,;!?]|\Z)")  # the cue ends its clause (or the text)
_CLOSING_MARKS = frozenset("»”\"’'›」』")
# `"…," reads Judge Miller's statement`, `read UEFA's official statement`: inverted right after a quote, `read` before
# a possessor's document is a cue too, whose subject then holds its speaker (fortieth pass)
_READ_POSSESSIVE = re.compile(
    r"\s+(?:[^\W\d_][\w.'’-]*\s+){0,3}?[^\W\d_][\w.-]*['’]s?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|communiqué|communique|release|message|letter|post|tweet|summary|ruling|judgment|report)\b"
)
# a verb that takes the cue in the infinitive (`, a tenu à préciser X`, `, préférait rectifier X`), maybe with an
# adverb after its auxiliary (`, a cependant tenu à tempérer X`: thirty-second pass)
FR_INFINITIVE_CHAIN = (
    r"(?:(?:a|ont|avait|avaient)\s+(?:(?:cependant|toutefois|néanmoins|pourtant|aussi|également|encore|alors|ensuite|"
    r"enfin|[a-zé]{3,}ment)\s+)?)?(?:voulu|préféré|tenu\s+à|pu|dû|préfère|préférait|préfèrent|veut|voulait|"
    r"tient\s+à|tenait\s+à|vient\s+de|venait\s+de|s['’]est\s+empressée?\s+de)"
)
_CHAIN_ONLY = re.compile(FR_INFINITIVE_CHAIN)
_NARROW = {
    "rule": re.compile(
        r"\s*(?:[.,;:!?\"»”]|\Z|(?:\w+\s+){0,2}that\b|in\s+(?:favou?r|a\b|an\b|the\b|its\b|his\b|her\b)|on\s|against\b)"
    ),
    "read": re.compile(r"\s*(?:[.,;:!?\"»”“«]|\Z|in\s+part\b)"),
    # `parle de « boycottage »`: only right before a quote (the gap ends at the quote's mark)
    "parler": re.compile(r"\s+(?:de|d['’]|du|des)\s*(?:[^\W\d_][\w'’-]*\s+){0,3}?\Z"),
    # `a appelé à « l'unité nationale »`, `appelle le gouvernement à « revoir sa copie »` (thirty-second pass)
    "appeler": re.compile(r"(?:\s+[\w'’.-]+){0,4}?\s+(?:à|au|aux)(?:\s+[\w'’.-]+){0,4}?\s*\Z"),
    "traiter": re.compile(r"(?:\s+[\w'’.-]+){1,4}?\s+(?:de|d['’])\s*\Z"),  # `traite des journalistes de « … »`
    # `s'est engagée à développer …`: a pledge only with its infinitive (not `a engagé des poursuites`)
    # `labelled the attack "…"`, `deemed it a "…"`, `branded him a "…"`: only right before a quote (nineteenth pass)
    **dict.fromkeys(("label", "deem", "brand"), re.compile(r"(?:\s+[\w'’.-]+){0,4}?\s+(?:as\s+)?\Z")),
    "engager": re.compile(r"(?:\s+(?:également|aussi|ainsi|notamment))?\s+à\s+(?:ne\s+pas\s+)?(?:[a-zà-ÿ]+\s+){0,1}?"
                          r"[a-zà-ÿ]{2,}(?:er|ir|re|oir)(?!\w)"),
}
# the press words of `_DET_BEFORE`: before `reports` a noun phrase, before `report`/`reported` a subject and its verb
# (`"…," media report.`; thirteenth pass)
_PRESS = frozenset(("media", "news", "press"))
SPEAKER_WINDOW = 160  # a subject has at most MAX_SPEAKER_TOKENS words: read that far back, no further
MAX_COMP_GAP = 4  # tokens between a cue and its `que`/`that`


@dataclass(slots=True)
class Cue:
    """A cue match: ``start``/``end`` of the cue text, its ``lemma``, a fused pronoun (``dit-il``)."""

    start: int
    end: int
    lemma: str
    verbal: bool
    inv: Span | None = None


@dataclass(slots=True)
class Attribution:
    cue: Cue
    speaker: Span | None  # the raw speaker span (may be a pronoun)
    clause_end: int  # end of the attribution clause (after the quote) or the cue (before)
    addressee: bool = False


def _gaps(n: int, spans: list[Span], ignored: list[Span]) -> list[Span]:
    """The parts of ``[0, n)`` outside ``spans`` and ``ignored`` (both sorted)."""
    cuts = sorted(spans + ignored)
    out, pos = [], 0
    for a, b in cuts:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < n:
        out.append((pos, n))
    return out


def _name_span(text: str, m: regex.Match[str]) -> Span:
    """The span of an apposed name, without the period that ends its sentence (`…, M L Kumawat.`; an initial keeps
    its period: `John F.`)."""
    a, b = m.span("name")
    if text[b - 1] == "." and b - a > 2 and text[b - 2].islower():
        b -= 1
    return a, b


_CELA_DIT = re.compile(r"(?<![\w'’])(?:[Cc]ela|[Cc]eci)\s+\Z")
_DESCRIBING = frozenset(("décrire", "qualifier", "considérer", "juger"))
_DESCRIBED_ENDS = ("é", "ée", "és", "ées", "it", "ite", "its", "ites")
_APPOSED_PARTICIPLE = re.compile(r"(?:,|(?<![\w'’])et)\s*\Z")
_AS_OR_DE = re.compile(r"\s+(?:comme|de|d['’])")
_NOUN_BEFORE_PARTICIPLE = re.compile(r"(?<![\w'’-])(?P<w>[^\W\d_][\w'’-]*)\s+\Z")
# words before a participle that make it a verb's (an auxiliary, also `à` misspelt for `a`, a clitic, a pronoun)
_NOT_NOUNS_BEFORE = frozenset(
    "a à ai as avons avez ont avait avaient aura auront eu été est sont était étaient être se s' me m' te t' nous vous "
    "le la les l' lui leur il elle ils elles on qui que qu' ne n' y en et ou".split()
)
_PREP_BEFORE = re.compile(r"(?<![\w'’])(?:amid|amidst|over|of|with|about|despite|and|or|raising|raised)\s+\Z",
                          re.IGNORECASE)
# a preposition right before an English cue form that is also a plural noun: the noun
_EN_PREP_BEFORE = re.compile(
    r"(?<![\w'’])(?:at|amid|amidst|over|of|about|despite|following|after|to|in|on|by|with|from|against)\s+\Z",
    re.IGNORECASE,
)
_EN_PLURAL_NOUNS = frozenset(("reports", "claims", "tweets", "posts", "warnings", "denials", "statements",
                              "allegations"))  # (not `remarks`, `comments`: `In his remarks, X said` reads better so)
_VOULOIR_BEFORE = re.compile(r"(?<![\w'’])(?:veu[tx]|veulent|voul(?:ait|aient|ant|u)|voudr(?:ait|aient))\s+\Z")


# English cue forms that are nouns too, and what marks their noun use: a possessive right before (`Marty's report`; not
# a pronoun's `'s`, `he's said`), or, for a singular form, a determiner up to three lower-case words before with
# punctuation or a preposition after (`in its annual human rights report.`; `the rebels claim that` is the verb)
_NOUN_FORMS = frozenset("report reports claim claims comment comments tweet tweets post posts note notes remark "
                        "remarks statement warning warnings reply replies answer answers".split())
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])(?P<w>\w+)(?:['’]s|s['’])\s+\Z")  # (`The United Nations' report`: 25th)
_NOT_POSSESSORS = frozenset("he she it that there who what here where".split())
_DET_WORDS_BEFORE = re.compile(
    r"(?<![\w'’])(?i:the|a|an|its|his|her|their|our|this|these|those)\s+(?:[a-z0-9][\w-]*\s+|[A-Z][a-z]+\s+\d{1,2}\s+)"
    r"{0,3}\Z"  # (`The February 1 report found`: a date before the noun, 25th pass)
)
_NOUN_AFTER = re.compile(r"\s*[.,;:!?)]|\s+(?:of|in|on|by|from|for|with|about|and|or)\b")


def _noun_use(text: str, a: int, start: int, end: int, b: int) -> bool:
    """Whether the cue form ``text[start:end]`` (inside the gap ``[a, b)``) is used as a noun (see _NOUN_FORMS)."""
    if text[start:end] not in _NOUN_FORMS:
        return False
    m = _POSSESSIVE_BEFORE.search(text, max(a, start - 30), start)
    if m is not None and m.group("w").lower() not in _NOT_POSSESSORS:
        return True
    return text[end - 1] != "s" and bool(  # (`…, the Xinhua news agency reports.`: the verb)
        _DET_WORDS_BEFORE.search(text, max(a, start - 50), start) and _NOUN_AFTER.match(text, end, b + 1)
    )


def _after_quote(text: str, a: int, start: int, end: int) -> bool:
    """Whether the cue ``[start, end)`` closes the quote that ends at the gap start ``a``: right after it and its
    comma (`« … », tranche X`, `« … », s'agace X`, `"…," countered Doe`), or after a subject of a few words and
    before the sentence's end (`"…," the mayor snapped.`)."""
    if a <= 0 or text[a - 1] not in _CLOSING_MARKS:
        return False
    between = text[a:start].strip(" ,\u00a0\u202f")
    if between in ("", "s'", "s’", "se") or _CHAIN_ONLY.fullmatch(between):
        return True  # (`« … », a tenu à tempérer X`: thirty-second pass)
    return text[a - 2 : a - 1] != "." and _SUBJECT_ONLY.fullmatch(between) is not None and (
        _CLOSE_AFTER.match(text, end) is not None  # (not at the gap's end: a quote may open there)
    )


def _find_cues(text: str, gaps: list[Span], lex: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    fr = lex.lang == "fr"
    for a, b in gaps:
        if b - a > 64 and not _LETTERS.search(text, a, b):
            continue  # a run of marks or digits: no cue there (and scanning it letter by letter is slow)
        for start, end, lemma, inv, verbal in lex.find_cues(text, a, b):
            if not verbal:
                cues.append(Cue(start, end, lemma, False))
                continue
            if (
                lex.lang == "en"
                and _be_passive(text, max(a, end - 40), end)
                and not described_by(text, end, b)
            ):
                continue  # `is called "mods"`, `it was announced that`: the subject is no speaker
            if inv is None and (
                (lex.lang == "en" and (det := _DET_BEFORE.search(text, max(a, start - 8), start))
                 and not (det.group().rstrip() in _PRESS and text[end - 1] in "dt")  # (`media reported`)
                 and not (det.group().rstrip().lower() in PEOPLE_WORDS and text[start:end] in _NEVER_ADJECTIVES)
                 and not (det.group().rstrip() in ("her", "Her") and text.endswith("ing", start, end)
                          and end >= b - 3))  # (`heard her saying "…"`: her is its subject, before the quote)
                or (lex.lang == "fr" and text[start:end].lower().endswith(_FR_BARE_PARTICIPLE) and " " not in
                    text[start:end].strip() and "-" not in text[start:end]
                    and not described_by(text, end, b)  # (`considérées par la police comme`: an agent; 18th)
                    and lemma not in _FR_PRESENT_LIKE_PARTICIPLE)
            ):
                continue  # `the alleged mastermind`, `la loi dite « … »`: an adjective, not a cue
            if inv is None and lex.lang == "en" and text[start].islower() and _noun_use(text, a, start, end, b):
                continue  # `Marty's report "…"`, `in its annual human rights report.`: the noun (nineteenth pass)
            if (
                inv is None and lex.lang == "en" and lemma == "state" and text[start] == "s" and end - start == 5
                and (m := _MID_NAME_BEFORE.search(text, max(a, start - 40), start)) is not None
            ):
                continue  # `the chief minister of Maharashtra state.`, `Washington state`: the noun
            if (
                inv is None and lemma == "state" and end - start == 5 and lex.lang == "en"
                and (_TITLE_OF_BEFORE.search(text, max(a, start - 16), start) or _STATE_NOUN_AFTER.match(text, end, b))
            ):
                continue  # `Secretary of State`, `heads of state`, `state media said`: part of a name, no verb
            if (
                inv is None and lemma == "state" and lex.lang == "en" and text.startswith("states", start)
                and _COUNT_BEFORE.search(text, max(a, start - 16), start)
            ):
                continue  # `found in 36 states most of …`, `all 50 states`: the noun after a number (24th pass)
            if inv is None:
                if fr and text.startswith("dit", start) and end - start == 3 and _CELA_DIT.search(
                    text, max(a, start - 6), start
                ):
                    continue  # `La bataille devrait cela dit être longue`: `cela dit` (that said), no cue
                if fr and lemma in _DESCRIBING and " " not in text[start:end] and text.endswith(
                    _DESCRIBED_ENDS, start, end
                ) and _APPOSED_PARTICIPLE.search(text, max(a, start - 5), start) and _AS_OR_DE.match(text, end, b) \
                        and not described_by(text, end, b):
                    continue  # `âgé de 59 ans et décrit comme « expérimenté »`: a participle with no agent describes
                    # its noun; nobody speaks (eighteenth pass)
                if fr and lemma in _DESCRIBING and " " not in text[start:end] and text.endswith(
                    ("é", "it"), start, end
                ) and (noun := _NOUN_BEFORE_PARTICIPLE.search(text, max(a, start - 30), start)) is not None \
                        and noun.group("w").lower().replace("’", "'").split("'")[-1] not in _NOT_NOUNS_BEFORE \
                        and _AS_OR_DE.match(text, end, b) and not described_by(text, end, b):
                    continue  # `Le bloc qualifié de « réformiste »`: the same, right after its noun (37th pass)
                if fr and lemma == "dire" and text.startswith("dire", start) and _VOULOIR_BEFORE.search(
                    text, max(a, start - 12), start
                ):
                    continue  # `ce qui veut dire que`: `vouloir dire` (to mean), no cue (eighteenth pass)
                if fr and " " not in text[start:end] and _FR_INDEFINITE_BEFORE.search(text, max(a, start - 24), start):
                    continue  # `d'une telle demande`, `un nouvel appel`: an indefinite article makes a noun (32nd pass)
                if fr and text[start - 2 : start] in ("d'", "d’") and not text.endswith(("er", "ir", "re"), start, end):
                    continue  # `un bulletin du Centre d'alerte`: after an elided `de` only an infinitive is a verb
                    # (`Et X d'ajouter`; thirty-second pass)
                if lemma == "communiquer" and " " not in text[start:end] and "-" not in text[start:end]:
                    continue  # `dans son communiqué`, `un nouveau communiqué`: the noun; only `a communiqué` speaks
                if (
                    fr and text.endswith(_BE_OR_MENT, a, start) and " " not in text[start:end]
                    and _passive_before(text, max(a, start - 30), start)
                    and not _FR_AGENT_QUOTE.match(text, end, b + 1) and not described_by(text, end, b)
                ):
                    continue  # `ce qui a été critiqué`, `est considéré comme`: a passive, no speaker
                if (
                    fr and text.endswith(_FR_NOUN_ENDS, max(a, start - 5), start) and " " not in text[start:end]
                    and _FR_NOUN_BEFORE.search(text, max(a, start - 12), start)
                ):
                    continue  # `par le juge`, `du juge`: after a preposition and a determiner, a noun (eighth pass)
                if fr and " " not in text[start:end] and text[start].islower() and not text.endswith(
                    ("er", "ir", "re"), start, end
                ) and (det := _FR_DET_BEFORE.search(text, max(a, start - 30), start)) and _noun_host(det.group("host")):
                    continue  # `a commenté l'annonce dans ces termes`: the noun (eighteenth pass)
                if text[start].isupper() and not any(c.isspace() for c in text[start:end]) and (
                    (m := _NAME_BEFORE_CUE.search(text, max(a, start - 30), start)) is not None
                    and m.group()[0].isupper()
                ):
                    continue  # `the National Post`, `The Washington Post`: a capitalised form inside a name
            if lemma in AFTER_QUOTE_ONLY and not _after_quote(text, a, start, end):
                continue  # `une tranche d'âge`, `la riposte`: only `« … », tranche X`, `"…," X snapped` (20th pass)
            if lemma in _NARROW and (
                not (_NARROW[lemma].match(text, end, b) or (
                    lemma == "read" and _READ_POSSESSIVE.match(text, end, b) and _after_quote(text, a, start, end)
                ))
                or (lemma == "rule" and text[end - 2 : end] != "ed")
                or (lemma == "read" and text[max(a, start - 3) : start].lower() == "to ")
                or (lemma == "parler" and b >= len(text))
            ):
                continue  # `who ruled Chad`, `modified to read "Hollyweed"`: no speech
            if lemma == "fear" and _PREP_BEFORE.search(text, max(a, start - 8), start):
                continue  # `amid fears that …`: the noun (eighteenth pass)
            if inv is None and lex.lang == "en" and text[start:end] in _EN_PLURAL_NOUNS and _EN_PREP_BEFORE.search(
                text, max(a, start - 12), start
            ):
                continue  # `disappointment at reports Trump hid`, `amid claims that`: the plural noun (32nd pass)
            if lemma in lex.that_only and not _COMP_NOW.match(text, end, b) and not (
                text.endswith("ed", start, end) and _after_quote(text, a, start, end)
            ):  # (`"…," Doe countered.`, `"…," the report found.`: a closing cue in the past, twentieth pass)
                continue  # `montre ses papiers`, `was found dead`: only `montre que`, `found that` report (tenth pass)
            cues.append(Cue(start, end, lemma, True, inv))
    cues.sort(key=lambda c: c.start)
    out: list[Cue] = []
    for c in cues:
        prev = out[-1] if out else None
        if (
            prev is not None and c.verbal and not prev.verbal and c.inv is None
            and len(text[prev.end : c.start].split()) <= 2 and not _STOP.search(text, prev.end, c.start)
            and "," not in text[prev.end : c.start]
        ):
            continue  # `according to state television`: `state` names the source, it is no verb
        if (
            prev is not None and c.verbal and prev.verbal and prev.inv is None and lex.lang == "en"
            and text.endswith("s", prev.start, prev.end) and " " not in text[prev.start : prev.end]
            and text[prev.end : c.start].isspace()
        ):
            out[-1] = c  # `and reports say that`, `Statements indicate`: a plural noun before the verb, its subject
            continue  # (twenty-fourth pass)
        out.append(c)
    return out


@functools.cache
def _comp_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """The complementizer of ``lang`` as a word, and as `cue … que` right after a cue (compiled once)."""
    comp = grammar(lang).complementizer
    word = re.compile(rf"(?:{comp})\w*", re.IGNORECASE)
    after_cue = re.compile(
        rf"\s*,?\s*(?P<mid>(?:[^\s.;!?«»“”\"]+\s+){{0,{MAX_COMP_GAP}}}?)(?P<comp>(?:{comp}))", re.IGNORECASE
    )
    return word, after_cue
_COMP_NOW = re.compile(
    r"(?:\s+(?:à\s+ce\s+sujet|en\s+outre|par\s+ailleurs|notamment|également|aussi|cependant|toutefois|néanmoins|"
    r"surtout|also|further|on\s+(?:Mon|Tues|"
    r"Wednes|Thurs|Fri|Satur|Sun)day))?"  # (`a établi à ce sujet que`, `ordered on Thursday that`: 18th pass)
    r"\s+(?:que(?!\w)|qu['’]|that(?!\w))", re.IGNORECASE
)


def _last_in(cues: list[Cue], starts: list[int], a: int, b: int) -> Cue | None:
    """The last of ``cues`` (sorted by start) that starts at ``a`` or later and ends by ``b``."""
    i = bisect.bisect_left(starts, a)
    j = bisect.bisect_left(starts, b, i)
    while j > i:
        j -= 1
        if cues[j].end <= b:
            return cues[j]
    return None


def _first_in(cues: list[Cue], starts: list[int], a: int, b: int) -> Cue | None:
    """The first of ``cues`` (sorted by start) that starts at ``a`` or later and ends by ``b``."""
    i = bisect.bisect_left(starts, a)
    j = bisect.bisect_left(starts, b, i)
    while i < j:
        if cues[i].end <= b:
            return cues[i]
        i += 1
    return None


class DocLookups:
    """One document under attribution: text, quotes, sentences and cues, with the lookups the rules use."""

    def __init__(self, text: str, quotes: list[Quotation], lang: str, ignored: list[Span]) -> None:
        self.text = text
        self.quotes = quotes
        self.lang = lang
        self.g: Grammar = grammar(lang)
        self.lex = lexicon(lang)
        spans = [(q.start, q.end) for q in quotes]
        self.gaps = _gaps(len(text), spans, ignored)
        self.gap_starts = [a for a, _ in self.gaps]
        self.cues = _find_cues(text, self.gaps, self.lex)
        self.cue_starts = [c.start for c in self.cues]
        self.quote_starts = [q.start for q in quotes]
        self.sentence = Sentences(text, spans).at  # split when a rule first asks
        self.comp_word, self.comp = _comp_patterns(lang)
        self._tokens: dict[Span, list[tuple[int, int, bool]]] = {}  # rules ask for the same windows again
        self._before: dict[tuple[int, int, bool], Span | None] = {}  # speaker_before's memo
        # opening_participle's memo: where a sentence's leading spaces and dashes end, and whether they are plain
        self._lead_end: dict[int, tuple[int, bool]] = {}
        self.name_end: dict[str, int | None] = {}  # resolve._ends_name_before's memo

    # -- lookups ---------------------------------------------------------------------------------------
    def cues_in(self, a: int, b: int) -> list[Cue]:
        i = bisect.bisect_left(self.cue_starts, a)
        j = bisect.bisect_left(self.cue_starts, b, i)
        if i == j:
            return []  # half the calls on news: no cue there, so no slice to copy and filter
        return [c for c in self.cues[i:j] if c.end <= b]

    def last_cues_in(self, a: int, b: int, k: int) -> list[Cue]:
        """``cues_in(a, b)[-k:]`` without building the whole list: a run-on sentence holds cues to its end, and a
        rule that reads only the nearest ones must not visit them all for each quote (quadratic time)."""
        i = bisect.bisect_left(self.cue_starts, a)
        j = bisect.bisect_left(self.cue_starts, b, i)
        last: list[Cue] = []
        while j > i and len(last) < k:
            j -= 1
            if self.cues[j].end <= b:
                last.append(self.cues[j])
        last.reverse()
        return last

    def first_cue_in(self, a: int, b: int) -> Cue | None:
        """``cues_in(a, b)[0]`` (None when empty) without building the whole list: a rule that reads the first cue of
        a sentence must not visit every cue to the quote for each quote of a run-on sentence (quadratic time)."""
        return _first_in(self.cues, self.cue_starts, a, b)

    @functools.cached_property
    def _verbal(self) -> tuple[list[Cue], list[int]]:
        """The verbal cues and their starts, in order: the verbal lookups below bisect them."""
        verbal = [c for c in self.cues if c.verbal]
        return verbal, [c.start for c in verbal]

    @functools.cached_property
    def _inverted(self) -> tuple[list[Cue], list[int]]:
        """The verbal cues with an inverted subject (`dit-il`, `a annoncé X`) and their starts, in order."""
        inverted = [c for c in self.cues if c.verbal and c.inv is not None]
        return inverted, [c.start for c in inverted]

    def last_verbal_cue_in(self, a: int, b: int) -> Cue | None:
        """The last verbal cue of ``cues_in(a, b)`` (None when none): a rule that asks whether a sentence holds a
        verbal cue before a point, or for the nearest one, must not visit every cue of a run-on sentence for each
        quote (quadratic time). Only cues that straddle ``b`` are passed over."""
        return _last_in(*self._verbal, a, b)

    def first_verbal_cue_in(self, a: int, b: int) -> Cue | None:
        """The first verbal cue of ``cues_in(a, b)`` (None when none), as ``last_verbal_cue_in``."""
        return _first_in(*self._verbal, a, b)

    def last_inverted_cue_in(self, a: int, b: int) -> Cue | None:
        """The last verbal cue with an inverted subject of ``cues_in(a, b)`` (None when none), as
        ``last_verbal_cue_in``."""
        return _last_in(*self._inverted, a, b)

    def verbal_cue_at(self, start: int) -> Cue | None:
        """The verbal cue that starts at ``start``, if any (`cues_in(start, start + 1)` would drop it: it ends
        later)."""
        i = bisect.bisect_left(self.cue_starts, start)
        while i < len(self.cues) and self.cues[i].start == start:
            if self.cues[i].verbal:
                return self.cues[i]
            i += 1
        return None

    def tokens(self, a: int, b: int) -> list[tuple[int, int, bool]]:
        """``(start, end, is_word)`` tokens of ``text[a:b]`` (a final period of a word is not part of it)."""
        key = (a, b)
        got = self._tokens.get(key)
        if got is not None:
            return got
        text = self.text
        # group `w` is group 1 (`lastindex` is cheaper than comparing `lastgroup`); one comprehension, then the
        # final periods, only when the window has a period at all
        out = [m.span() + (m.lastindex == 1,) for m in _TOKEN.finditer(text, a, b)]  # 15 % cheaper than (*span, …)
        if text.find(".", a, b) >= 0:
            out = [(s, e - 1, w) if w and e - s > 2 and text[e - 1] == "." else (s, e, w) for s, e, w in out]
        self._tokens[key] = out
        return out

    def iter_tokens(self, a: int, b: int) -> Iterator[tuple[int, int, bool]]:
        """The tokens of ``tokens(a, b)``, one at a time: for rules that stop after the first few words of a long
        window (the speaker after a cue reads at most ``MAX_SPEAKER_TOKENS`` words of the rest of its sentence),
        so the rest is never tokenised. The same tokens: the final-period fix is per token."""
        got = self._tokens.get((a, b))
        if got is not None:
            yield from got
            return
        text = self.text
        for m in _TOKEN.finditer(text, a, b):
            s, e = m.span()
            w = m.lastindex == 1
            if w and e - s > 2 and text[e - 1] == ".":
                e -= 1
            yield s, e, w

    def low(self, s: int, e: int) -> str:
        return self.text[s:e].lower()

    def _in_quotation(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation (its marks included)."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i].end
