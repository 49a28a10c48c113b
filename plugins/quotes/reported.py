"""Reported speech without marks: ``X a affirmé que …``, ``X said the …``, ``selon X, …``, ``According to X,
…``, an infinitive after a vow or a request (``vowed to fight …``), and the clause at a sentence's edge around
a marked fragment (``the man was "heavily armed", police said``). Each content span ends at its sentence's end
or at the next quotation."""

from __future__ import annotations

import bisect
import re

import regex

from .channel import ADDRESSEE
from .lookups import _COMP_NOW, Attribution, Cue, Span
from .marked import _CONNECTIVE, _WORDS, EN_SUBJECT_PRONOUNS, FR_DET_ACRONYM, MarkedRules
from .nouns import is_speaker_noun
from .speakers import (
    _ASIDE,
    _CONTRACTED_PRONOUN,
    _COORD_ONLY,
    _FINITE_AUX,
    _RELATIVE_SUBJECT,
    _SOURCE_LINK,
    _TIME_TAIL,
    ASIDE_VERBS,
    SUBJECT_ONLY_PRONOUNS,
    WRITINGS,
    clause_verbs,
)
from .subjects import CONTRAST_SUBJECT

_CLAUSE_BOUND_BEFORE = re.compile(r"[,;]\s*(?:but|yet|mais)\s+\Z", re.IGNORECASE)  # (not an aside: `X, selon Y,`)
_COMMA_TWO_WORDS = re.compile(r",[^,]*?[^\W_][\w'’-]*[^\w'’-]+[^\W_]")  # a comma, then two words
_TWO_WORDS = re.compile(r"[^\W_][\w'’-]*[^\w'’-]+[^\W_]")  # two words (a content before a marked fragment)
_SOURCE_PARTICIPLE = re.compile(r"\s[a-zà-ÿ]+(?:é|ée|és|ées|ed)\Z")  # a source ending in a participle
_SOURCE_RELATIVES = frozenset(("qui", "which", "who"))
_COMPLEMENTIZERS = frozenset(("que", "qu'", "qu’", "that"))
# `Pour X, <clause>` opening a sentence: the view of X, reported speech when X can speak (fifteenth pass)
_POUR_VIEW = regex.compile(
    r"(?<!\w)[Pp]our\s+(?P<sp>(?:(?:le|la|les|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s+|l['’]\s*)(?P<head>\p{Ll}[\p{L}'’-]*)"
    r"(?:\s+\p{Ll}[\p{L}'’-]*){0,4}(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|"
    r"(?P<pron>certains|d['’]autres|beaucoup|lui|elle|eux|elles)|"
    + FR_DET_ACRONYM + r")\s*,"  # (an acronym: `Pour la CGT,`)
)
_INCISE_START = re.compile(r"(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*\s*,|")  # `au contraire,`, `en revanche,`
_NOT_VIEW_NAMES = frozenset(
    "Noël Pâques janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "Paris France Europe".split()
)
# the source prepositions whose noun phrase ends at a clause opener (not after a verb: `said Javel Cheema a
# spokesman`, `a déclaré X le ministre des Transports` are appositions without commas)
# a dateline opening an article's first sentence (`29 mars 2017 . – `): no part of the reported clause
# (the date is optional: the sentence splitter cuts after `2017 .`, so the sentence may start at the dash; 24th pass)
_DATELINE = re.compile(r"\s*(?:\d{1,2}(?:er)?\s+\w+\s+\d{4}\s*\.?\s*)?[–—-]\s*")
# a sentence naming the source of the one before (`That's according to X.`, `C'est ce qu'a annoncé X.`)
_BACK_REFERENCE = re.compile(
    r"(?:(?:That|This)(?:['’]s|\s+(?:is|was))\s+(?:(?P<acc>according\s+to)\s|what\s)"
    r"|C['’]est\s+(?:en\s+tout\s+cas\s+|du\s+moins\s+)?ce\s+qu(?:e\s|['’]\s*))"
)
# the same right after a quotation, which may also name its speaker's words (`"…" That was the message from X.`,
# `"…" Those were the words of X.`) or the way they were said (`"…" That's how X put it.`; twenty-second pass)
_QUOTE_BACK_REFERENCE = re.compile(
    r"[^\S\n]+(?:" + _BACK_REFERENCE.pattern + r"|(?:That|This)(?:['’]s|\s+(?:is|was))\s+how\s"
    r"|(?:That|This|Those|These|Such)\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+)?(?P<noun>message|words?|view|"
    r"verdict|assessment|reaction|response|warning|answer|argument|position)\s+(?:of|from)\s)"
)
# `attaquée par l'UNHCR, qui affirme`, `selon la police, qui précise`: the antecedent of `qui` (eighth pass)
# function titles that is_speaker_noun does not list (apposed after a source: `D'après X, gouverneur de …,`)
_TITLES = frozenset("gouverneur gouverneure directeur directrice président présidente secrétaire responsable chef "
                    "governor director president secretary head chief chairman chairwoman".split())


# eighth pass: `a annoncé plus tard dans la journée qu'…`: a French adjunct of time or place (up to seven words)
# between a cue and its `que`; `dénonce (notamment) le fait que …`: `le fait que` opens the reported clause
_FR_ADJUNCT_COMP = re.compile(
    r"\s*,?\s*(?P<mid>(?:plus\s+tard|peu\s+après|hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|dans|lors|au\s+cours|ce|cette|à\s+la\s+presse|devant)\s*,?\s+(?:[^\s.;!?«»“”\"]+\s+){0,6}?)"
    r"(?P<comp>que(?!\w)|qu['’])",
    re.IGNORECASE,
)
# seventeenth pass: an addressee or a date between the cue and its infinitive (`a déclaré à l'AFP avoir vu`, `a
# confirmé le 25 mars être à l'origine`)
_FR_INF_ADJUNCT = (
    r"(?:(?:(?:à|au|aux)\s+(?:l['’]\s*)?[A-ZÀ-Ý][\w.-]*(?:\s+[A-ZÀ-Ý][\w.-]*)?|le\s+\d{1,2}(?:er)?\s+(?:janvier|"
    r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|(?:lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|hier)(?:\s+(?:matin|midi|soir))?|aujourd['’]hui|"
    # nineteenth pass: the channel (`a indiqué dans un communiqué être déçue`, `a assuré sur Twitter vouloir …`)
    r"(?:dans|lors\s+d['’]\s*|par)\s*(?:un|une|le|la|son|sa|leur)\s+(?:communiqué|entretien|interview|message|lettre|"
    r"courrier|conférence\s+de\s+presse|déclaration|vidéo|tweet|publication)|"
    r"sur\s+(?:Twitter|Facebook|Instagram|X|les\s+réseaux\s+sociaux|son\s+compte\s+\w+))\s*,?\s+){1,2}"
)
# ninth pass: `Les autorités avaient déclaré avoir ordonné ce black-out …`, `il a annoncé avoir parlé à X`: a French
# past infinitive (avoir/être and a participle) after a cue of indirect speech reports what the subject says it did
_FR_PAST_INF = re.compile(
    r"\s+(?P<mid>" + _FR_INF_ADJUNCT + r")?"
    r"(?P<comp>(?:ne\s+pas\s+|n['’]\s*(?:pas\s+)?)?(?:avoir|être)\s+(?:(?:déjà|bien|pas|jamais|"
    r"\w+ment)\s+)?[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|int|eint)(?![\w'’-]))",
    re.IGNORECASE,
)
# fifteenth pass: `Ce dernier indique vouloir profiter de …`, `expliquant être favorable à …`, `affirme avoir le
# sentiment de …`: a French infinitive of being, having or wanting after a cue reports the subject's own state (a
# quotation right after it is the mixed quote alone: `a affirmé être « … »`); and any negated infinitive (`explique
# ne plus arriver à se verser un salaire`, `assure ne pas comprendre`; thirty-first pass)
_FR_INF = re.compile(
    r"\s+(?P<mid>" + _FR_INF_ADJUNCT + r")?"
    r"(?P<comp>(?:ne\s+(?:pas|plus|jamais)\s+|n['’]\s*(?:(?:pas|plus|jamais)\s+)?)?(?:être|avoir|vouloir|"
    r"pouvoir|devoir|souhaiter|espérer|ignorer|regretter|craindre|préférer|savoir|rester)(?![\w'’-])|"
    r"ne\s+(?:pas|plus|jamais|rien)\s+(?:s['’]\s*|se\s+)?[^\W\d_]{2,}(?:er|ir|re|oir)(?![\w'’-]))",
    re.IGNORECASE,
)
# seventeenth pass: a reflexive infinitive after a verb that declares (`a annoncé se rendre en Italie`, `ayant déclaré
# s'attendre à`), not after a wish (`espérait se relégitimer`: the check13 convention gives wishes no entry)
_FR_SE_INF = re.compile(
    r"\s+(?P<mid>" + _FR_INF_ADJUNCT + r")?(?P<comp>(?:se\s+|s['’]\s*)[^\W\d_]{2,}(?:er|ir|re)(?![\w'’-]))",
    re.IGNORECASE,
)
_FR_DECLARE = frozenset("annoncer déclarer affirmer confier indiquer dire expliquer assurer reconnaître".split())
_FR_FAIT_QUE = re.compile(r"\s+(?P<mid>(?:\w+\s+)?le\s+fait\s+)(?P<comp>que(?!\w)|qu['’])", re.IGNORECASE)
_FR_FAIT_QUE_LEMMAS = frozenset(("dénoncer", "critiquer", "mentionner", "saluer", "souligner", "rappeler", "évoquer"))
# the writer's own voice, right before a verb of saying: `Il faut dire que …`, `it must be said that …`, `needless to
# say, …`: nobody is reported
_WRITER_VOICE_BEFORE = re.compile(
    r"(?:(?<![\w'’])il\s+(?:faut|fallait|faudra|faudrait)\s+(?:bien\s+|aussi\s+|quand\s+même\s+|tout\s+de\s+même\s+)?"
    r"(?:le\s+|l['’]\s*)?|(?<![\w'’])faut-il\s+(?:le\s+)?|(?<![\w'’])it\s+(?:must|should|can|could|has\s+to|needs\s+to)"
    r"\s+(?:also\s+|still\s+)?be\s+|(?<![\w'’])(?:needless|suffice\s+it)\s+to\s+"
    r"|(?<![\w'’])force\s+est\s+de\s+)\Z", re.IGNORECASE)  # (`Or, force est de rappeler que`: 25th pass)
# the last words ``_WRITER_VOICE_BEFORE`` can end with (a test in C first: the search costs ~6 µs a cue)
_WRITER_VOICE_ENDS = ("faut", "fallait", "faudra", "faudrait", "bien", "aussi", "même", "le", "l'", "l’", "-il", "be",
                      "to", "de")
# `Early reports state that …`, `Police reports indicate that …`: after a capitalised word, a plural noun the lexicon
# reads as a verb, then the verb of its clause (the subject is `Early reports`, the cue `state`)
_EN_NOUN_THEN_VERB = re.compile(
    r"s\s+(?:state|stated|suggest|suggested|indicate|indicated|say|said|show|showed|claim|claimed|reveal|revealed"
    r"|confirm|confirmed|allege|alleged|note|noted|add|added)(?![\w'’-])")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s+\Z")  # `Early [reports]`, `Police [reports]`
# cues that report speech only with their complementizer right after them (`évoquent qu'…`, `commented that …`)
_COMP_ONLY = frozenset(("évoquer", "comment", "demander"))  # (`demande que …`: a request; not `à la demande de`)
_EN_BARE_LEMMAS = frozenset(("say", "tell", "argue", "add", "write"))  # not claim: `claimed the lives of`
# a vow, an appeal or a request with its infinitive (`vowed to fight`, `urged lawmakers not to place …`, `asked
# Carrie Lam, who …, to resign`, `called on X to`, `called for the bill to be dropped`; fifteenth pass); not `to`
# before a noun phrase (`pledged to the crowd`)
_EN_TO_LEMMAS = frozenset(("vow", "pledge", "promise", "urge", "ask", "call", "encourage"))
# French: `a promis de …`, `menacent de faire sauter …`, `lui a proposé de travailler …`, `a demandé à X de …`
_FR_DE_LEMMAS = frozenset("promettre jurer menacer proposer demander exhorter recommander suggérer".split())
_FR_REFLEXIVE_BEFORE = re.compile(r"(?<![\w'’])(?:se\s+|s['’]\s*)\Z", re.IGNORECASE)
_FR_DE_INF = regex.compile(
    r"(?P<mid>\s+(?:(?:à|au|aux)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}?)?)(?P<comp>(?:de\s+|d['’]\s*)(?:ne\s+(?:pas|plus|jamais)\s+|"
    r"n['’]\s*(?:pas|plus|jamais)?\s*)?(?:se\s+|s['’]\s*)?\p{Ll}{2,}(?:er|ir|re|oir))(?![\w'’-])"
)
_FR_A_INF = regex.compile(
    r"(?P<mid>\s+(?:(?:également|aussi|ainsi|notamment)\s+)?)(?P<comp>à\s+(?:ne\s+pas\s+)?(?:se\s+|s['’]\s*)?"
    r"\p{Ll}{2,}(?:er|ir|re|oir))(?![\w'’-])"
)
# an announced intention, plan or decision with its infinitive, the content opening at the possessive
_INTENT = regex.compile(
    r"(?P<mid>\s+(?:(?:officiellement|publiquement|également|aussi|officially|publicly|also)\s+)?)"
    r"(?P<comp>(?:sa|son|leur|ses|his|her|their|its)\s+(?:intention|volonté|souhait|désir|décision|refus|"
    r"détermination|plan|plans|desire|decision|refusal|determination|wish|willingness|readiness|intent)\s+"
    r"(?:de\s|d['’]|to\s)\s*\p{Ll})",
    regex.IGNORECASE,
)
# a doubt, a fear or a hope expressed with its clause (`expressed doubts that …`, like check13's `expressed outrage
# that`; `a exprimé sa crainte que …`): reported speech (eighteenth pass)
_EXPRESS = frozenset(("express", "exprimer"))
_EXPRESSED = regex.compile(
    r"(?P<mid>\s+(?:(?:his|her|their|its|the|some|serious|grave|deep|strong|sa|son|ses|leur|leurs|sa\s+profonde|"
    r"son\s+profond)\s+){0,2}(?:doubts?|outrage|concerns?|fears?|hopes?|confidence|regret|surprise|crainte|craintes|"
    r"espoir|inquiétude|conviction|doute|doutes|colère)\s+)(?P<comp>that(?!\w)|que(?!\w)|qu['’])",
    regex.IGNORECASE,
)
_EN_VOWS = frozenset(("vow", "pledge", "promise"))  # their infinitive follows them; the others' follows an object
# `and` (maybe after a comma, maybe with an adverb) right before a coordinated cue: `, and claimed`, `et a ajouté`
_REPORT_REACH = 600  # characters of a content read for a report inside it (`, and claimed`, `, but police said`)
# what may follow an inverted subject at a sentence's end: nothing, or a time (`, said the agency on Tuesday.`)
_TAIL_END = re.compile(r"[\s.!?;]*|(?:" + _TIME_TAIL.pattern + r")[.!?;]*\s*", re.IGNORECASE)
# modal and future forms: a clause, no apposition (`If the plan fails, Doe said, the city will sue.`; twentieth pass)
_MODALS = frozenset("will would can could should must may might shall does do va vont sera seront doit doivent peut "
                    "peuvent pourrait pourraient devrait devraient".split())
_RELATIVE_OPENING = re.compile(r"\s*(?:who|which|qui|lequel|laquelle)\s", re.IGNORECASE)  # a relative clause opens
# an age, a relative clause or an apposition between a subject and its cue (`Doe, 45, said`, `Doe, whose son …, said`)
_SUBJECT_INSERTION = re.compile(r"\s*,\s*(?:\d{1,3}|(?:who|whose|a|an|the)\s)[^,]{0,80},\s*")
_COMMA_BEFORE = re.compile(r",\s*(?:en\s+)?\Z")  # a participle's comma: `, stating that`, `, en ajoutant que`
_COORD_CUE_BEFORE = re.compile(
    r"[\s,]+(?:and|et)\s+(?:(?:also|later|then|further|aussi|également|ensuite)\s+)?\Z", re.IGNORECASE
)
# a contrast with another reporter before a cue: `, but police later`, `, mais la police` (a subject of 1-4 words)
_CONTRAST_BEFORE = regex.compile(
    r"(?:,\s+(?:but|while|whereas|mais|alors\s+que|tandis\s+que)|\s(?:while|whereas|tandis\s+que))\s+"
    r"(?!(?:he|she|it|they|il|elle|ils|elles|on)\s)(?:[\p{L}\p{N}'’.-]+\s+){1,5}\Z",  # (no comma: `while`, 25th)
    regex.IGNORECASE,
)
_POSSESSIVES = frozenset("his her their its our son sa ses leur leurs".split())
# a stated position before its copula and `that`/`que` (`X's opinion is`, `la position … est`), read backwards from
# each complementizer: the pattern runs on a short window only where one stands (most documents have a few)
_POSITION_BEFORE = regex.compile(
    r"(?<![\w'’-])(?P<head>opinion|view|position|answer|argument|counter-argument|belief|conviction|avis|réponse)"
    r"(?P<rest>(?:\s+(?!(?:is|was|est|était)\s)[\w'’-]+){0,5}?)"
    r"\s+(?:is|was|remains|est|était|reste|demeure)\s+\Z",
    regex.IGNORECASE,
)
_COPULA_COMP = re.compile(r" (?:is|was|remains|est|était|reste|demeure) (?P<comp>(?:that|que)(?!\w)|qu['’])")
_AND_END = re.compile(r"[\s,]+(?:and|but|or|et|mais|ou|en(?:\s+(?:se|s['’]))?)?\s*\Z")
_BE_BEFORE = re.compile(r"(?<![\w'’])(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE)
_EN_TO_VERB = (
    r"(?P<comp>(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|him|them|me|us|you|my|our|"
    r"your|be\s+(?:held|released|published)|date|day|\d)\b)\p{Ll}{2,})"
)
_EN_TO_INF = regex.compile(
    r"(?P<mid>\s+(?:(?!(?:that|who|which|and|but|as|when|if|for|about|with)\b)[\p{L}\p{N}'’.-]+\s+){0,6}?"
    r"(?:[\p{L}\p{N}'’.-]+,[^,.;:!?\"“”«»]{1,100},\s+)?)" + _EN_TO_VERB
)
_EN_CALL_TO = regex.compile(
    r"(?P<mid>\s+(?:for|on|upon)\s+(?:(?!(?:that|who|which|and|but|as|when|if|about|with)\b)[\p{L}\p{N}'’.-]+\s+)"
    r"{1,6}?)" + _EN_TO_VERB
)
# a cue whose subject is a relative pronoun (`X, qui a précisé que …,`), and the comma that closes the relative clause
# before the main clause's finite verb (nineteenth pass)
_RELATIVE_SUBJECT_BEFORE = re.compile(r"(?<![\w'’])(?:qui|who|which)\s+\Z", re.IGNORECASE)
_MAIN_VERB_AFTER = re.compile(
    r",\s+(?=(?:a|ont|est|sont|avait|avaient|sera|seront|has|have|had|was|were|is|are|will|would)\s)"
)
_SPACES = re.compile(r"[^\S\n]*")
_SOURCE_AND = frozenset(("and", "or", "et", "ou"))
_TITLE_LINK = frozenset(("for", "at", "with", "pour", "chez", "auprès"))  # a title's body: `a spokesman for the …`
_CONTENT_END = frozenset(" \t\n\r\u00a0\u202f.!?;:,…")


def _back_references(text: str) -> list[re.Match[str]]:
    """The ``_BACK_REFERENCE`` matches of ``text``, tried only where its first word is (``str.find`` is about ten
    times faster than the pattern's own scan, which tries its alternatives at every character)."""
    found = []
    for word in ("That", "This", "C'est", "C’est"):
        i = text.find(word)
        while i >= 0:
            m = _BACK_REFERENCE.match(text, i)
            if m is not None:
                found.append(m)
            i = text.find(word, i + 1)
    return sorted(found, key=lambda m: m.start())


def _rstrip_end(text: str, lo: int, hi: int) -> int:
    """``hi`` moved back over spaces and final punctuation (not below ``lo``)."""
    while hi > lo and text[hi - 1] in _CONTENT_END:
        hi -= 1
    return hi


# nineteenth pass: adjuncts of time and channel between an English cue and its bare clause (`said Tuesday it was`,
# `said in a statement the company`, `wrote on Twitter he would`, `said at a news conference Monday the`): news wires
# put them there, before the clause, and a `that` is rarer after them than in the Wikinews dev texts
_EN_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EN_ADJUNCT = (
    r"(?P<adj>(?:(?:(?:on\s+)?" + _EN_DAY + r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|"
    r"last\s+(?:week|month|year|night)|earlier\s+(?:this|that)\s+(?:week|month|year)|this\s+(?:week|morning)|"
    r"(?:in|on|at|during|via|through|over|after)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:statement|release|email|e-mail|interview|conference|briefing|letter|post|tweet|video|speech|message|call|"
    r"meeting|hearing|update|broadcast|appearance|address|tweets|posts)"
    # (`in an email to CBC News`)
    r"(?:\s+to\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}.&'’-]*(?:\s+(?-i:\p{Lu})[\p{L}.&'’-]*){0,3})?|"
    r"on\s+(?:Twitter|Facebook|Instagram|X|social\s+media|television|radio)(?![\p{L}'’-]))"
    r"(?:\s*,)?\s+){1,3})?"
)
# `said in an interview with CBC Radio that`, `told reporters at a news conference Tuesday that`: an English adjunct
# of time or place, up to seven words, between a cue and its `that` (the French `_FR_ADJUNCT_COMP`)
_EN_ADJUNCT_COMP = re.compile(
    r"\s*,?\s*(?P<mid>(?:on|in|at|during|via|through|over|after|earlier|later|last|this|yesterday|today|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:(?:[^\s.;!?«»“”\"]+|[“\"][^“”\"\n.;!?]{1,40}[”\"])\s+){0,6}?)(?P<comp>that(?!\w))",
    re.IGNORECASE,
)
_EN_BARE_PRONOUN = regex.compile(
    r"(?P<mid>\s+" + _EN_ADJUNCT + r")(?P<comp>(?:he|she|they|it|we|there)\s+[“\"]?(?!to\b)\w+)", regex.IGNORECASE
)
# simple past forms that are no participle, and past forms of verbs with no object (so no reduced relative:
# `announced the measures intended to …` is a noun phrase, `said 18 people died` a clause; fifteenth pass)
_EN_PAST = (
    r"began|became|broke|came|did|drew|drove|ate|fell|flew|froze|grew|knew|rose|sank|saw|spoke|stole|swore|threw|"
    r"took|went|woke|wore|wrote|died|occurred|happened|arrived|remained|existed|appeared|emerged|collapsed|"
    r"dissipated|exploded|erupted|disappeared|resigned|escaped|continued|increased|declined|failed|refused|agreed|"
    r"tried|hoped|stayed|struggled|"
    r"hid|gave|chose|shook|forgot|tore"  # (irregular pasts unlike their participles: `alleges the firm hid`; 32nd)
)
# `which state media said were`, `who they say fled`: a relative pronoun, then the reporter right before the cue
_RELATIVE_REPORTER = regex.compile(
    r"(?<![\p{L}'’-])(?:which|who)\s+(?P<np>(?:[\p{L}'’.-]+\s+){0,2}?[\p{L}'’.-]+)\s+\Z"
)
# the verb of the relative clause right after the cue (a finite form, not a complementizer or a determiner)
_RELATIVE_VERB = regex.compile(
    r"\s+(?P<comp>(?:was|were|is|are|had|has|have|would|will|could|may|might|amounts?|fled|\p{Ll}{3,}ed|"
    + _EN_PAST + r")\b)"
)
_CLAUSE_STOP = re.compile(r"[,;:.!?]\s")
# a quantity opening a noun phrase (`many areas`, `three of the four pirates`, `77% of voters`)
_EN_QUANTITY = (
    r"many|some|several|most|all|no|few|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
    r"\d[\d,.]*%?"
)
# words that are no bare noun subject (`said nothing was`, `say whom they would`, `should voters expect`)
_NOT_BARE_NOUN = (
    r"(?!(?:yesterday|today|tomorrow|this|that|there|here|it|nothing|something|everything|who|whom|whose|which|when|"
    r"where|why|how|whether|if|they|he|she|we|you|i|should|would|could|will|can|may|might|must|shall|do|does|did|"
    r"have|has|had|was|were|is|are|be|been|not|also|only|just|still|then|now)\b)"
)
# a word inside a noun phrase before its verb: no relative pronoun, coordinator or clause opener (`recalling the case
# of X who was`, `would not confirm the identity of the suspect but have said` are no clauses)
_NP_WORD = r"(?!(?:who|whom|whose|which|that|and|but|or|when|where|while|if)\b)[\p{L}'’-]+"
# a date or a day, then an adjunct of time or channel, between a cue and its bare clause
_EN_BARE_MID = (
    r"(?P<mid>\s+(?:on\s+(?:(?-i:[A-Z][a-z]+)\s+\d{1,2}(?:,\s*\d{4})?|(?-i:[A-Z][a-z]+day))\s+)?" + _EN_ADJUNCT + r")"
)
_EN_BARE_FINITE = regex.compile(
    _EN_BARE_MID +
    r"(?P<comp>(?:(?:a|an)\s+(?:(?!(?:before|after|when|while|as|if|because|since|until|for|to|in|on|"
    r"at|with|and|but|or|of|from|by|that|which|who)\b)[\p{L}\p{N}'’-]+\s+){1,5}?(?:would|will|had|has|was|is|could|"
    r"should|might|must|\p{Ll}{3,}ed(?=\s+(?:the|a|an|his|her|their|its|this|that|\d))|" + _EN_PAST + r")\s|"
    r"(?:the|his|her|their|its|this|these|those)\s+(?:" + _NP_WORD + r"\s+){0,7}?"
    r"(?:would|will|had|has|have|was|were|is|are|could|should|might|must|did|does|may|can)|"
    r"(?:the|his|her|their|its|this|these|those)\s+(?:" + _NP_WORD + r"\s+){1,4}?(?:" + _EN_PAST
    + r"|\p{Ll}{3,}ed(?=\s+(?:the|a|an|his|her|their|its|this|that|on|at|\d)\s))|"  # (`the gunman fired on police`)
    # a gerund opening the clause (`said continuing to run the service would`, 24th pass; not a preposition in -ing)
    r"(?!(?:during|including|regarding|according|concerning|following|nothing|something|anything|everything|"
    r"being|morning|evening|spring|king|thing|wedding|building|meeting|funding|training|spending)\b)"
    r"\p{Ll}{3,}ing\s+(?:" + _NP_WORD + r"\s+){1,6}?(?:would|will|may|might|could|can|is|was|has|had)\s|"
    r"\p{Lu}[\p{L}.-]*\s+\p{Ll}{3,}s\s+(?:would|will|had|have|were|are|could|might|\p{Ll}{3,}ed|held|" + _EN_PAST
    + r")|"
    r"\p{Lu}[\p{L}.-]*['’]s\s+(?:" + _NP_WORD + r"\s+){0,3}?(?:would|will|had|has|have|was|were|is|are|could|might|"
    + _EN_PAST + r")|"
    r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:bin|al|de|van|von|da|del|\p{Lu}[\p{L}'’.-]*)){0,3}"
    r"(?:,\s+(?:[\p{L}\p{N}'’.-]+\s+){1,10}?[\p{L}\p{N}'’.-]+,)?\s+"
    r"(?:(?:only|also|still|never|reportedly|allegedly|previously|already|personally)\s+)?"  # (`Biden only became`)
    r"(?:would|will|had|has|have|was|were|is|are|could|"
    r"should|might|must|did|does|\p{Ll}{3,}ed|" + _EN_PAST + r")|"
    r"(?:(?:around|about|nearly|almost|over|approximately|roughly|more\s+than|at\s+least|up\s+to)\s+"
    r"(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b))?"
    r"(?:" + _EN_QUANTITY + r")\s+(?:(?:[\p{L}\p{N}'’-]+|\([^()\n]{1,60}\))\s+){0,7}?(?:would|will|had|has|have|was|"
    r"were|are|could|might|"
    r"do|did|can|may|must|should|"
    r"\p{Ll}{3,}ed|lost|left|fell|took|made|came|went|got|found|gave|saw|kept|held|led|ran|struck|hit|"
    + _EN_PAST + r")|"
    r"(?:" + _NOT_BARE_NOUN + r"\p{Ll}{3,}\s+)?" + _NOT_BARE_NOUN
    + r"\p{Ll}{4,}\s+[“\"]?(?:(?:was|were|would|will|had|has|have|is|are|could|might|may|can|must|should)"
    r"\s+[“\"]?\p{Ll}+|"
    r"(?:believe|say|think|fear|expect)\s+\p{Ll}+|(?:" + _EN_PAST + r"|led|killed|caused)(?=\s)))\b)",
)  # (seventh pass; `the` + lower-case words + an auxiliary, or a name + an auxiliary or a past form; eighth pass:
# a quantified noun phrase (`many areas lost`), a bare noun and an auxiliary (`security was tightened`); ninth pass:
# `have`/`are` after a bare noun (`revealed police have been unable`); fifteenth pass: the past forms of _EN_PAST,
# an approximate quantity (`around 700 thousand students are`), a bare noun after an adjective (`safety standards
# are`) and a bare plural with a verb of belief (`police believe`); seventeenth pass: `may`/`can` after `the` …, a name
# with its particles and an apposition between commas (`said Hamza bin Laden, son of …, has been killed`), a capitalised
# word and a plural (`said IRA dissidents held`), a possessive name (`indicated Dorian's maximum sustained winds were`),
# a past form after `a`/`an` (`says a 911 call reported`), an approximate number word (`about eight or nine shots
# were`), five words between `the` and its auxiliary (`the fine of violating the law is`), numbers in a
# quantified noun phrase (`said some 60 thousand people are`))
# after `say` only, a bare plural (maybe after one word) and a past form: `Police said officers found the body`,
# `He said officials responded quickly`, `said local residents reported`; a reduced relative there still opens the
# clause (`said people injured in the attack were`). Not after `tell` (`told reporters gathered outside`: its
# addressee) nor `add` (`added charges related to`: its object); no adverb or adjective in -s (thirtieth pass); the
# verb may open a marked fragment (`said officers "did everything they could" to`; thirty-first pass, also for a bare
# noun and an auxiliary above); a few present verbs of stance and need (`said nurses deserve a raise`; thirty-first)
_EN_SAID_PLURAL_PAST = regex.compile(
    _EN_BARE_MID + r"(?P<comp>(?:" + _NOT_BARE_NOUN + r"\p{Ll}{3,}\s+)?" + _NOT_BARE_NOUN
    + r"(?!(?:always|perhaps|sometimes|afterwards|towards|nevertheless|regardless|besides|unless|whereas|various|"
    r"\p{Ll}*(?:ss|ous|us|is))\b)(?:\p{Ll}{3,}s|people|police|children|men|women)\s+[“\"]?"
    r"(?:\p{Ll}{3,}ed|found|lost|left|took|made|came|went|got|gave|saw|kept|held|"
    r"led|ran|struck|hit|began|became|fell|grew|knew|rose|spoke|told|thought|brought|caught|sent|spent|built|paid|met|"
    r"fled|shot|won|sold|felt|heard|stood|wrote|drove|chose|broke|stole|threw|sought|fought|taught|"
    r"deserve|need|want|agree|believe|fear|expect|remain|face|support|oppose)(?=\s))"
)
# a lower-case title before a name, then an auxiliary or a past form: `The Oilers say captain Connor McDavid will
# miss`, `said defence lawyer Jane Doe had`; the title's last word must be a noun of people (thirty-first pass)
_EN_TITLED_NAME_CLAUSE = regex.compile(
    _EN_BARE_MID + r"(?P<comp>(?P<title>(?:\p{Ll}[\p{Ll}-]*\s+){1,2}?)"
    r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+"
    r"(?:would|will|had|has|have|was|were|is|could|should|might|must|did|does|may|can|\p{Ll}{3,}ed|" + _EN_PAST
    + r")\s)"
)
# cues whose person addressee may stand before a bare clause, as after `tell` (`warned residents the water would
# rise`, `assured voters the plan was`); only when no other reading of the clause was found (thirty-first pass)
_EN_TELL_LIKE = frozenset(("tell", "warn", "remind", "assure", "reassure", "inform", "notify", "advise", "caution"))
# cues that take an addressee: a noun phrase right after them is that addressee, not a clause's subject
_EN_ADDRESSEE_LEMMAS = _EN_TELL_LIKE | {"promise", "show", "guarantee"}
# a preposition, particle or time word: after a past form it makes that form a reduced relative (`gathered
# outside`), and it opens no subject of a clause
_EN_PARTICLE = (
    r"(?:in|on|at|to|for|with|from|by|during|after|before|about|through|over|under|outside|inside|near|via|of|as|"
    r"up|out|down|off|away|back|into|onto|upon|around|across|against|along|between|last|earlier|later|"
    + _EN_DAY + r")\b"
)
# a clause before a `that`: `alleges officers ignored evidence that pointed to …`, `said the report was so damning
# that …`: a noun phrase right after the cue, then its finite verb (a past form with an object, not a reduced
# relative: `told reporters gathered outside the court that` is an addressee), so the `that` is inside the clause
# and the clause opens at the noun phrase (thirty-first pass); not after a cue that takes an addressee
_EN_CLAUSE_BEFORE_THAT = regex.compile(
    r"(?P<mid>)\s+(?P<comp>(?:(?:the|a|an|his|her|their|its|this|these|those|some|many|several|most|all|"
    r"\d[\d,.]*)\s+|" + _NOT_BARE_NOUN + r"(?!" + _EN_PARTICLE + r"|\p{L}+ly\b|(?:again|once|twice|however|"
    r"then)\b))(?:" + _NP_WORD + r"\s+){0,3}?" + _NP_WORD + r"\s+"
    r"(?:(?:would|will|had|has|have|was|were|is|are|could|should|might|must|did|does|may|can)\s|"
    r"(?:\p{Ll}{3,}ed|" + _EN_PAST + r"|knew|found|made|gave|kept|held|lost|left|sent|told|paid|sold|built|"
    r"brought|caught|bought)\s+(?!" + _EN_PARTICLE + r")))",
    regex.IGNORECASE,
)
# `told the court on Monday he was`, `told the Associated Press four victims were`, `told us the new owners have`,
# `told German daily Die Welt this is`: the addressee (an object pronoun, or up to five words that are no
# determiner, pronoun or preposition, maybe after a determiner), maybe a short adjunct, then `that` or a word that
# can open a clause (fifteenth pass); `told the press on Tuesday.` and `told the public via Twitter, "…"` have none;
# a name goes on through up to three capitalised words after a capitalised one, maybe after `&`, `and`, `of`
# before `that` (`told CBC's Power & Politics that`, `told the Standing Committee of Finance and Economic Affairs
# that`; twenty-second pass), or through a station number (`told Sportsnet 590 The Fan that`; thirty-first pass);
# a place preposition ends the addressee and opens an adjunct (`told reporters outside the courthouse he was`;
# thirty-first pass)
_EN_PLACE_PREPS = "outside|inside|near|across|behind|around|beside"  # they end an addressee and open an adjunct
_NOT_ADDRESSEE = (
    r"(?!(?i:about|of|for|to|with|from|that|on|in|at|by|the|a|an|his|her|their|its|this|these|those|him|them|me|us|you|"
    r"it|he|she|they|we|i|there|and|or|but|as|when|while|after|before|during|via|over|into|through|under|following|"
    r"last|since|until|which|who|" + _EN_PLACE_PREPS + r"|beyond|against)\b)"
)
# the one told at the end of a trailing attribution (`<content>, Doe told reporters.`, `…, Doe told The Associated
# Press on Tuesday.`): a name or a lower-case audience, then the sentence's end or an adjunct (twentieth pass)
_EN_TOLD_TAIL = regex.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:reporters|journalists|lawmakers|supporters|(?:the\s+)?press|crowd|audience|"
    r"(?:news)?paper|newspaper|station|network|magazine|outlet|committee|court|jury|judge|"
    r"(?-i:\p{Lu})[\p{L}.&'’-]*(?:\s+(?-i:\p{Lu})[\p{L}.&'’-]*){0,3})(?=\s*[.!?;]|\s+(?:on|in|at|during|last|this|"
    r"earlier|late|(?-i:\p{Lu}[a-z]+day))\b)", regex.IGNORECASE
)
_EN_TOLD_CLAUSE = regex.compile(
    r"(?P<mid>\s+(?:to\s+)?(?:(?i:him|her|them|me|us|you)\s+|(?:(?i:the|his|her|their|its|a|an)\s+)?"
    r"(?:" + _NOT_ADDRESSEE + r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*\s+){1,5}"
    r"(?:(?:(?<=(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\d{2,4})\s+)(?:(?:&|and|of)\s+)?(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\d{2,4})\s+)"
    r"{1,3}"
    r"(?=(?:[\p{L}\p{N}'’.-]+\s+){0,4}?that\b|(?-i:the|a|an|his|her|their|its|he|she|they|it|we|there)\s))?"
    r"(?:[“\"][^“”\"\n.;!?]{1,40}[”\"]\s+)?)"
    r"(?:(?:on|in|after|during|at|via|over|last|this|by|" + _EN_PLACE_PREPS + r")\s+"
    r"(?:[\p{L}\p{N}'’.-]+\s+){1,3}?)??"
    r"(?:" + _EN_DAY + r"\s+)?)"
    r"(?P<comp>that\b|(?:(?i:he|she|they|it|we|i|there)\s+(?!to\b)\w+|"
    r"(?:the|a|an|his|her|their|its|this|these|those|" + _EN_QUANTITY + r")\s+\w|"
    r"(?!" + _EN_DAY + r")\p{Lu}[\p{L}'’.-]*\s+(?!(?:on|in|at|about|of|for|with|from|by|to|after|before|during|"
    r"last|this)\b)\p{Ll}))",  # (`told CTV News on Tuesday.`: the addressee's name goes on, no clause)
)
# the clause after say, tell, claim, argue, add, write: maybe after a name (`told Reuters the`) or an adverb (`said
# publicly the`); the capital is case-sensitive inside this case-insensitive pattern (`said of the outbreak` is none;
# sixteenth pass: `\p{Lu}` alone matched any letter under IGNORECASE)
_EN_BARE = regex.compile(
    r"(?P<mid>\s+" + _EN_ADJUNCT  # (no `to` after an adjunct: `said in a statement to the parliament`)
    + r"(?(adj)|(?:to\s+)?)(?:(?-i:\p{Lu})[\p{L}.'’-]*\s+|\p{L}+ly\s+|only\s+|also\s+){0,2}?)"
    r"(?P<comp>(?:he|she|they|it|we|i|there|the|his|her|their|its|"
    r"this|these|those)\b)",
    regex.IGNORECASE,
)


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last `;` or `:` of ``[lo, pos)``, else ``lo``."""
    k = max(text.rfind(";", lo, pos), text.rfind(":", lo, pos))
    return k + 1 if k >= 0 else lo


class ReportedRules(MarkedRules):
    """The reported-speech rules, on top of the attribution searches of marked quotations."""

    def indirect_edges(self, taken: list[Span]) -> list[tuple[Attribution, int, int, Span]]:
        """Reported speech whose attribution stands at an edge of its sentence, with no quote marks in it:
        `Selon X, <content>.`, `According to X, <content>.`, `<content>, X said.`, `<content>, said X.`,
        `<content>, a déclaré X.`, `<content> selon X.` (``taken``: spans already found, left alone)."""
        out = []
        text = self.text
        taken = sorted(taken)
        starts = [a for a, _ in taken]
        indirect = self.lex.indirect
        # sentences holding a cue that can stand at an edge (non-verbal, or a verb of indirect speech): the rules
        # below need one as the first or the last cue, so a sentence without any gives nothing
        for lo, hi in dict.fromkeys(self.sentence(c.start) for c in self.cues if not c.verbal or c.lemma in indirect):
            k = bisect.bisect_right(self.gap_starts, lo) - 1
            if k < 0 or hi - lo < 20:
                continue
            marked = self._marked_in(lo, hi) if self.gaps[k][1] < hi else []
            if marked is None or (marked and not _TWO_WORDS.search(text, lo, marked[0][0])):
                continue  # a quotation that is no fragment inside: its own attribution covers it
            k = bisect.bisect_right(starts, hi) - 1
            if k >= 0 and taken[k][1] > lo:
                continue
            cues = self.cues_in(lo, hi)
            if not cues or (marked and not (
                (not cues[0].verbal and cues[0].start < marked[0][0]) or cues[-1].start > marked[-1][1]
            )):
                continue  # (fragments: the source opens the sentence or the attribution closes it)
            e = _rstrip_end(text, lo, hi)
            first = cues[0]
            if not first.verbal and (not _WORDS.search(text, lo, first.start) or (
                text[first.start].islower()
                and _CLAUSE_BOUND_BEFORE.search(text, max(lo, first.start - 12), first.start)
            )):  # (or after a clause and its comma: `She was arrested, but according to NPR, …`; 24th pass)
                # `Selon X, …`, `D'après X, …`, `According to X, …`: the content follows the source's comma
                if marked and not _COMMA_TWO_WORDS.search(text, first.end, marked[0][0]):
                    continue  # `Selon X, « … »`: a quote right after the source is its own (cheap test first)
                sp, sp_end = self.speaker_after(first.end, hi)
                comma = text.find(",", sp_end if sp is not None else first.end, min(hi, first.end + 120))
                nxt = text.find(",", comma + 1, min(hi, comma + 100)) if comma > 0 and sp is not None else -1
                body = comma
                if nxt > 0 and self._apposed_title(text[comma + 1 : nxt].split()):
                    body = nxt  # `D'après X, gouverneur de la Banque centrale, <content>` (eighth pass)
                words = text[body + 1 : e].split()
                tail = text[sp_end:comma].split() if comma > 0 else []
                if sp is not None and tail and (
                    (len(tail) <= 5 and tail[0].lower() in _SOURCE_LINK)
                    or (tail[0].lower() in _SOURCE_AND and len(tail) <= 4 and is_speaker_noun(tail[-1], self.lang))
                    or (tail[0].lower() in _TITLE_LINK and len(tail) <= 8
                        and is_speaker_noun(text[sp[0] : sp[1]].split()[-1], self.lang))
                ):
                    # `Selon les éléments donnés par son journal, …`; (twenty-fifth pass) `According to police and
                    # county officials, …`, `According to a spokesman for the ministry, …`
                    sp, sp_end = (sp[0], sp_end + len(text[sp_end:comma].rstrip())), comma
                if sp is not None and tail and len(tail) <= 8 and (
                    participle := _SOURCE_PARTICIPLE.search(text, sp[0], sp[1])
                ) is not None:
                    # `Selon les résultats officiels tombés dans la nuit, …`: a participle's adjunct; the source is
                    # the noun phrase before the participle, as the golds draw it (thirty-first pass: `un sondage
                    # Ifop publié` was the speaker of `D'après un sondage Ifop publié dimanche, …`)
                    sp, sp_end = (sp[0], participle.start()), comma
                elif sp is not None and tail and len(tail) <= 4 and _TIME_TAIL.fullmatch(text, sp_end, comma):
                    sp_end = comma  # `According to officials on Saturday, …`, `Selon la police samedi, …` (sixteenth)
                elif sp is not None and tail and (aside := _ASIDE.match(text, sp_end, comma)) is not None \
                        and not text[aside.end() : comma].strip():
                    # `Selon l'United States Geological Survey (USGS), …`: the acronym is part of the source's name
                    sp, sp_end = (sp[0], text.rindex(")", sp_end, comma) + 1), comma
                if sp is not None and (t := next(self.iter_tokens(sp_end, min(hi, sp_end + 30)), None)) is not None \
                        and t[2] and not text[sp_end : t[0]].strip() and len(text[t[0] : e].split()) >= 3 \
                        and self.low(t[0], t[1]) in SUBJECT_ONLY_PRONOUNS.get(self.lang, ()) \
                        and self._fragments_inside(marked, t[0], e):
                    # `According to his account he was approached …`, `Selon le jugement ils ne doivent …`: no comma,
                    # the subject pronoun opens the content (twenty-fifth pass; the clause was read into the source)
                    out.append((Attribution(first, sp, sp_end), t[0], e, (lo, hi)))
                    continue
                if (
                    sp is not None and comma > 0 and len(words) >= 3
                    and not text[sp_end:comma].strip()  # `According to his account he was approached …, and`
                    and words[0].lower() not in self.g.relative  # `According to X, who is …`
                    and self._fragments_inside(marked, body + 1, e)
                ):
                    out.append((Attribution(first, sp, comma), self._content_start(body + 1, e), e, (lo, hi)))
                continue
            last = cues[-1]
            att = None
            comma = text.rfind(",", lo, last.start)
            while comma > lo and text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
                comma = text.rfind(",", lo, comma)  # (`approximately £60,000 was in … notes`: a thousands separator)
            if marked and (comma < marked[-1][1] or not self._fragments_inside(marked, lo, comma)):
                comma = -1  # the fragments must stand in the content before the attribution
            if comma > lo and (last.lemma in self.lex.indirect or not last.verbal) and not (
                last.verbal and text[last.start].isupper()  # `…, United States`
            ):
                # `<content>, X said.`, `<content>, said X on Monday.`, `<content>, selon X.`
                att = self.after(comma, hi)
                if att is not None and (_RELATIVE_OPENING.match(text, comma + 1, last.start)
                                        or self._lone_participle(att.cue)):
                    att = None  # `…, Muhammad Haidar, who worked in her office told the NYT.`: the relative's noun
                if att is None and last.verbal and not text[comma + 1 : last.start].strip():
                    # `<content>, Jane Doe, a spokesperson for the ministry, said.`: the subject and its apposition
                    # stand between the two commas before the cue (nineteenth pass)
                    mid = text.rfind(",", max(lo, comma - 120), comma)
                    before = text.rfind(",", max(lo, comma - 160), mid) if mid > lo else -1
                    att = self.after(before + 1, hi) if before > lo else None
                    if att is not None and att.cue.start == last.start and att.speaker[1] <= comma:
                        comma = before
                    else:
                        att = None
                if att is not None:
                    rest_at = max(att.speaker[1], att.cue.end) if att.speaker else -1
                    if rest_at == att.cue.end and att.cue.lemma == "tell" and (
                        told := _EN_TOLD_TAIL.match(text, rest_at, hi)
                    ) is not None:
                        rest_at = told.end()  # `<content>, Doe told reporters.`: the one told, then the end
                    rest = text[rest_at:hi].split() if att.speaker else ["-"] * 9
                    named_source = not att.cue.verbal and (tail_end := self._source_tail_end(rest_at, hi)) is not None
                    if named_source:  # `…, according to a new report from Statistics Canada.`
                        att = Attribution(att.cue, (att.speaker[0], tail_end), att.clause_end, att.addressee)
                        rest = []
                    if rest and rest[0].startswith(",") and self._apposition(rest):
                        rest = []  # `…, selon Xavier Bertrand, ministre de la Santé.` (eighth pass)
                    elif not att.cue.verbal and len(rest) > 1 and rest[0] == "," \
                            and rest[1].lower() in _SOURCE_RELATIVES:
                        rest = []  # `…, selon EDF, qui a mobilisé 1 500 agents.`: a relative about the source (18th)
                    if att.cue.start != last.start or len(rest) > 4 or (
                        rest and _WORDS.search(rest[0]) and rest[0].lower().strip(".,;:!?…") not in self.g.stops
                    ) or (att.speaker[0] > att.cue.start and not (named_source or self._speakerish(att.speaker)) and (
                        self.low(*att.speaker) not in self.g.singular | self.g.plural  # (`, indiquent-ils.`)
                    )):
                        att = None  # `Depuis 10 ans, les rumeurs ne cessaient d'annoncer à tort sa mort.`
            if att is None and not last.verbal and _WORDS.search(text, lo, last.start) and (
                not marked or last.start > marked[-1][1]
            ):
                # `<content> selon X.` without a comma
                sp, sp_end = self.speaker_after(last.end, hi)
                tail = text[sp_end:hi].split() if sp is not None else []
                if sp is not None and (not _WORDS.search(text, sp_end, hi) or (
                    tail and tail[0].startswith(",") and self._apposition(tail)
                )):
                    att, comma = Attribution(last, sp, sp_end), last.start
            if (att is None or len(text[lo:comma].split()) < 4) and not marked and len(cues) == 1:
                middle = self._parenthetical(lo, e, cues[0])
                if middle is not None:
                    att, head_end = middle
                    start = (m_date.end() if (m_date := _DATELINE.match(text, lo, head_end)) is not None else lo)
                    out.append((att, start, e, (lo, hi)))
                    continue
            if att is None or len(text[lo:comma].split()) < 4 or not self._fragments_inside(marked, lo, comma):
                continue
            if att.speaker is not None and att.speaker[0] > att.cue.start and self._titled_name_only(lo, comma):
                # `Le ministre de l'Intérieur, Gérald Darmanin, a annoncé sur Twitter l'interpellation de …`: a title
                # and its name are the cue's subject, not a content; what follows the cue is its object (30th pass)
                continue
            first_word = text[lo:comma].split()[0].lower()
            if first_word in self.g.writer:
                continue
            start = (m_date.end() if (m_date := _DATELINE.match(text, lo, comma)) is not None else lo)
            out.append((att, start, comma if text[comma] == "," else comma - 1, (lo, hi)))
        return [(a, s, max(s, _rstrip_end(self.text, s, e)), sent) for a, s, e, sent in out]

    def _source_tail_end(self, pos: int, hi: int) -> int | None:
        """The end of `from Statistics Canada.` right after a source (`according to a new report`): whose document it
        is, a capitalised name of up to four words after a source link (``_SOURCE_LINK``, as the leading `Selon X
        de Y, …` reads it) to the sentence's end; else None."""
        rest = self.text[pos:hi].split()
        if 2 <= len(rest) <= 5 and rest[0].lower() in _SOURCE_LINK and all(w[:1].isupper() for w in rest[1:]):
            return _rstrip_end(self.text, pos, hi)
        return None

    def aside_parts(self, att: Attribution, start: int, end: int) -> list[list[int]] | None:
        """The two parts of reported speech ``[start, end)`` whose attribution stands inside it, between commas
        (`The review, Doe said, would take six months`), else None."""
        a = min(att.cue.start, att.speaker[0]) if att.speaker else att.cue.start
        b = max(att.cue.end, att.speaker[1]) if att.speaker else att.cue.end
        if not start < a < end:
            return None
        c1, c2 = self.text.rfind(",", start, a), self.text.find(",", b, end)
        if c1 < 0 or c2 < 0:
            return None
        return [[start, _rstrip_end(self.text, start, c1)], [self._content_start(c2 + 1, end), end]]

    def _lone_participle(self, cue: Cue) -> bool:
        """A French past participle with no auxiliary (`estimé par X`; `écrit par X`, whose present is spelt alike,
        only before `par`: twenty-sixth pass): a passive or an adjective, no attribution."""
        return self.lang == "fr" and cue.verbal and " " not in self.text[cue.start : cue.end] and (
            self.text.endswith(("é", "ée", "és", "ées"), cue.start, cue.end)
            or self.text.startswith(" par ", cue.end)
        )

    def _parenthetical(self, lo: int, e: int, cue: Cue) -> tuple[Attribution, int] | None:
        """`The review, Doe said, would take six months.`, `La révision, selon Doe, prendra six mois.`: the only cue
        of the sentence ``[lo, e)`` in an attribution set between two commas inside the reported clause. Returns
        the attribution and where the clause's first part ends (its comma; ``aside_parts`` gives both parts)
        (nineteenth pass)."""
        text = self.text
        if cue.verbal and (cue.lemma not in ASIDE_VERBS or text[cue.start].isupper()):
            return None  # (`, les forces de police ont répondu,`, `, Qaboos bin Said,`: no attribution)
        if self._lone_participle(cue):
            return None  # `…, estimé par l'entreprise à 1,5 milliard`: a participle alone is a passive, no aside
        c1 = text.rfind(",", max(lo, cue.start - 80), cue.start)
        c2 = text.find(",", cue.end, min(e, cue.end + 80))
        if c1 < 0 or c2 < 0 or not _WORDS.search(text, lo, c1) or len(text[c2 + 1 : e].split()) < 3:
            return None
        att = self.after(c1, c2)
        if att is None or att.cue.start != cue.start or att.speaker is None or text[att.clause_end : c2].strip():
            return None
        words = self.low(*att.speaker).split()
        if any(w in self.g.writer or w in self.g.relative for w in words) or words[0] in ("like", "as", "comme"):
            return None  # `…, I said, …`, `…, like I said, …` are the writer's; `…, which said, …` no speaker
        if cue.verbal and self.lang != "en" and att.speaker[0] < cue.start:
            return None  # (French and the others set the speaker after the verb: `, a précisé Doe,`)
        if cue.verbal and text.startswith(("dit ", "dite ", "dits "), cue.start):
            return None  # `Eugene Cernan, dit Gene Cernan, …`: a nickname
        if cue.lemma == "selon" and not self._speakerish(att.speaker):
            return None  # `…, selon le jour, …`: depending on, not according to
        if text.endswith(("ing", "ant"), att.speaker[0], att.speaker[1]):
            return None  # `, d'après des photographies montrant, …`: the participle's clause goes on
        tail = self._content_start(c2 + 1, e)
        first = next(self.iter_tokens(tail, e), None)
        if first is None or self.low(first[0], first[1]) in self.g.relative or (
            text.endswith(("ing", "ant"), first[0], first[1])
        ):
            return None  # `…, Doe said, who …`, `…, Doe said, citing …`: the clause does not go on after it
        return att, c1

    def indirect_views(self, taken: list[Span]) -> list[tuple[Attribution, int, int, Span]]:
        """`Pour X, <clause>.` opening a sentence (French): the clause is the view of X, reported speech when X
        can speak (a name, a noun of people, `certains`, `lui`); not `Pour la première fois, …`, nor a clause that
        is a quotation or a frame around one (`Pour lui, il s'agit d'« … »`: the mixed quote alone)."""
        out: list[tuple[Attribution, int, int, Span]] = []
        if self.lang != "fr" or "our " not in self.text:
            return out
        text = self.text
        taken = sorted(taken)
        for m in _POUR_VIEW.finditer(text):
            lo, hi = self.sentence(m.start())
            para = max(lo, text.rfind("\n", lo, m.start()) + 1)
            if _WORDS.search(text, para, m.start()) and not _CONNECTIVE.fullmatch(text, para, m.start()) and not (
                text[max(0, m.start() - 4) : m.start()].rstrip().endswith(";")
            ):
                continue  # not at the sentence start (`Mais, pour X,` and `… ; pour d'autres,` are)
            if m.group("pron") is None and (
                m.group("head") is not None and (
                    not is_speaker_noun(m.group("head"), "fr") or "fois" in m.group("sp").split())
                or m.group("head") is None and m.group("sp").split()[0] in _NOT_VIEW_NAMES
            ):
                continue  # (`Pour la première fois, …`, `Pour l'année en cours, …`, `Pour Noël, …`)
            comma = m.end() - 1
            nxt = text.find(",", comma + 1, min(hi, comma + 100))
            body = nxt if nxt > 0 and self._apposed_title(text[comma + 1 : nxt].split()) else comma
            semi = text.find(";", body + 1, hi)  # (`Pour certains, … ; pour d'autres, …`: one view each)
            start, e = self._content_start(body + 1, hi), _rstrip_end(text, lo, semi if semi > 0 else hi)
            g = bisect.bisect_right(self.gap_starts, lo) - 1
            marked = self._marked_in(lo, hi) if g >= 0 and self.gaps[g][1] < hi else []
            i = bisect.bisect_left(self.quote_starts, start)
            if marked is None or start >= e or (i < len(self.quote_starts) and self.quote_starts[i] == start):
                continue  # (`Pour X, « … »`: a quotation, attributed by ``for_whom``)
            unquoted = text[start:e]
            for a, b in reversed(marked or []):
                if a >= start:
                    unquoted = unquoted[: a - start] + " " + unquoted[b - start :]
            words = unquoted.split()
            if len(words) < 4 or words[0].lower() in self.g.relative or not self._fragments_inside(marked, start, e):
                continue
            frame = len(words) - len(_INCISE_START.match(unquoted).group().split())  # (`au contraire, il s'agit …`)
            if marked and (frame <= 6 or len(text[start : marked[0][0]].split()) > 7):
                # `Pour lui, il s'agit d'« … »`: a frame around the fragment, the mixed quote alone; `Pour X, la
                # ville a dépensé … dans ce qu'elle appelle « … »`: the fragment is far from X (as ``for_whom``)
                continue
            if any(c.verbal and c.lemma in self.lex.indirect for c in self.cues_in(start, e)):
                continue  # (`Pour le journal, … et X estime qu'…`: a speaker of its own inside)
            k = bisect.bisect_right(taken, (e, e)) - 1
            if k >= 0 and taken[k][1] > start:
                continue
            sp = (m.start("sp"), m.end("sp"))
            out.append((Attribution(Cue(m.start(), m.start() + 4, "pour", False), sp, comma), start, e, (lo, hi)))
        return out

    def indirect_back_references(self, taken: list[Span]) -> list[tuple[Attribution, int, int, Span]]:
        """`Unemployment rose in May. That's according to Statistics Canada.`, `That's what police said Tuesday.`,
        `C'est ce qu'a annoncé l'Insee.`: a sentence that only names the source of the sentence before it, whose
        content is that sentence (in the same paragraph, with no quotation and no reporting verb of its own)."""
        out: list[tuple[Attribution, int, int, Span]] = []
        text = self.text
        taken = sorted(taken)
        for m in _back_references(text):
            lo, hi = self.sentence(m.start())
            if text[lo : m.start()].strip() or (prev := self.prev_sentence(lo)) is None:
                continue
            start, e = self._content_start(prev[0], prev[1]), _rstrip_end(text, prev[0], prev[1])
            if len(text[start:e].split()) < 4 or any(c.verbal for c in self.cues_in(start, e)):
                continue  # (a content of its own words: not `He agreed. That's what he said.`)
            k = bisect.bisect_right(taken, (e, e)) - 1
            if k >= 0 and taken[k][1] > start:
                continue
            att = self._back_reference_source(m, hi)
            if att is not None:
                out.append((att, start, e, (prev[0], hi)))
        return out

    def _back_reference_source(self, m: re.Match[str] | regex.Match[str], hi: int) -> Attribution | None:
        """The source a back-reference names, up to ``hi``: after `according to` (`That's according to a report from
        Statistics Canada`) or a noun of words (`That was the message from X`), else the subject of the reporting verb
        after it (`That's what police said`, `C'est ce qu'a annoncé l'Insee`)."""
        text = self.text
        named_source = False
        if m.group("acc") is not None or m.groupdict().get("noun") is not None:
            g = "acc" if m.group("acc") is not None else "noun"
            cue = Cue(m.start(g), m.end(g), "according to" if g == "acc" else m.group(g).lower(), False)
            sp, sp_end = self.speaker_after(m.end(), hi)
            if sp is not None and (tail_end := self._source_tail_end(sp_end, hi)) is not None:
                sp, sp_end, named_source = (sp[0], tail_end), tail_end, True  # `a report from Statistics Canada`
        else:
            verbs = [c for c in self.cues_in(m.end(), min(hi, m.end() + 60)) if c.verbal]
            manner = m.group().rstrip().endswith("how")  # (`"…" That's how X put it`: the quote path only)
            if not verbs or verbs[0].lemma not in self.lex.indirect and not (
                manner and verbs[0].lemma in ("put it", "describe")
            ):
                return None
            cue = verbs[0]
            if text[m.end() : cue.start].strip():
                sp, sp_end = self.speaker_before(m.end(), cue.start), cue.end  # `That's what police said`
            else:  # `C'est ce qu'a annoncé l'Insee`: the subject after the verb
                sp, sp_end = (cue.inv, cue.end) if cue.inv is not None else self.speaker_after(cue.end, hi)
        if sp is None or not (named_source or self._speakerish(sp)) or self.low(*sp) in self.g.writer:
            return None
        return Attribution(cue, sp, self.sentence_end_or(sp_end, hi))

    def quote_back_reference(self, q_end: int, hi: int) -> Attribution | None:
        """The source named by the sentence right after a quotation that ends its own sentence (`"…" That's what
        Mayor Jane Doe told reporters.`, `"…" That was the message from X.`), in the same paragraph, up to ``hi``."""
        m = _QUOTE_BACK_REFERENCE.match(self.text, q_end, hi)
        if m is None:
            return None
        return self._back_reference_source(m, self.sentence_end_or(m.end(), hi))

    def indirect_positions(self, taken: list[Span]) -> list[tuple[Attribution, int, int, Span]]:
        """`Matti Nikki's opinion is that …`, `His answer was that …`, `la position officielle des autorités est que
        …`: a stated position and its clause, with the noun phrase of the position as speaker (the check10 and
        check13 convention; seventeenth pass)."""
        out: list[tuple[Attribution, int, int, Span]] = []
        text = self.text
        taken = sorted(taken)
        for m, comp_end in self._positions():
            lo, hi = self.sentence(m.start())
            np_lo = max(lo, text.rfind(",", lo, m.start()) + 1, text.rfind(";", lo, m.start()) + 1)
            sp = self._valid(self.tokens(np_lo, m.end("rest")))
            start = self._content_start(comp_end, hi)
            e = _rstrip_end(text, start, hi)
            words = text[sp[0] : sp[1]].lower().split() if sp is not None else []
            if sp is None or e - start < 3 or not words or not (
                any(w in _POSSESSIVES or w.endswith(("'s", "’s")) or is_speaker_noun(w, self.lang) for w in words)
                or any(c.isupper() for c in text[sp[0] + 1 : m.start("head")])
            ):
                continue  # (whose position: a person, a body or a possessive; not `Le problème est que`)
            k = bisect.bisect_right(taken, (e, e)) - 1
            if k >= 0 and taken[k][1] > start:
                continue
            cue = Cue(m.start("head"), m.end("head"), m.group("head").lower(), False)
            out.append((Attribution(cue, sp, comp_end), start, e, (lo, hi)))
        return out

    def _positions(self) -> list[tuple[regex.Match[str], int]]:
        """Each ``_POSITION_BEFORE`` match right before a copula and its `that`/`que`, with the complementizer's end:
        the copula and complementizer are found by one ``re`` scan (in C), and the pattern runs on a short window
        before each."""
        text = self.text
        found = []
        for c in _COPULA_COMP.finditer(text):
            m = _POSITION_BEFORE.search(text, max(0, c.start() - 100), c.start("comp"))
            if m is not None:
                found.append((m, c.end()))
        return found

    def _marked_in(self, lo: int, hi: int) -> list[Span] | None:
        """The quotations inside the sentence ``[lo, hi)``, or None when one of them is no short fragment (more
        than two, or one crossing the sentence's edges): reported speech may hold a marked fragment
        (`Selon ses proches, l'arme était « un moyen de se protéger »`, eighth pass), not a statement."""
        i = bisect.bisect_left(self.quote_starts, lo)
        spans = []
        for q in self.quotes[i : i + 3]:
            if q.start >= hi:
                break
            spans.append((q.start, q.end))
        if not spans or len(spans) > 2 or spans[-1][1] > hi or (i and self.quotes[i - 1].end > lo):
            return None
        return spans

    def _fragments_inside(self, marked: list[Span], s: int, e: int) -> bool:
        """Whether the quotations ``marked`` lie inside the content ``[s, e)`` after at least two words of
        narrative (`l'arme était « … »`, not `« … »` alone, which is a direct quote)."""
        if not marked:
            return True
        q0 = marked[0][0]
        if not (s <= q0 and marked[-1][1] <= e + 2 and _TWO_WORDS.search(self.text, s, q0)):
            return False
        before = self.text[max(s, q0 - 8) : q0].rstrip(" \t\u00a0\u202f")
        if not before or not (before[-1].isalnum() or before[-1] in "'’"):
            return False  # `…, l'une des chercheuses, « Ces résultats … »`, `the colonel said: "…"`: a statement
        return not any(c.verbal for c in self.cues_in(s, q0))  # `the colonel said "…"`: its own attribution

    def _titled_name_only(self, lo: int, end: int) -> bool:
        """``text[lo:end]`` is a title and its name between commas, no clause: `Le ministre de l'Intérieur, Gérald
        Darmanin`."""
        head, comma, name = self.text[lo:end].rpartition(",")
        words = name.split()
        return bool(comma) and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
            and "," not in head and self._apposed_title(head.split())

    def _apposed_title(self, words: list[str]) -> bool:
        """`gouverneur de la Banque centrale du Soudan`, `le porte-parole du ministère`: an apposition naming a
        function (a noun of people first, maybe after a determiner), with no verb."""
        if not words or len(words) > 9:
            return False
        k = 1 if words[0].lower() in self.g.det and len(words) > 1 else 0
        head = words[k].lower()
        return (is_speaker_noun(head, self.lang) or head in _TITLES) and self._apposition(words)

    def _apposition(self, words: list[str]) -> bool:
        """Whether the words after a comma that ends an attribution read as an apposition of its speaker
        (`, ministre de la Santé français.`, `, un organisme de surveillance en ligne.`): short, no verb, no
        relative."""
        if len(words) > 9:
            return False
        low = [w.strip(",.;:!?…").lower() for w in words]
        head = words[0].strip(",") or (words[1] if len(words) > 1 else "")
        if not (head[:1].isupper() or head.lower() in self.g.det or is_speaker_noun(head.lower(), self.lang)
                or head.lower() in _TITLES):
            return False  # `, selon le jour, peuvent circuler`: no apposition
        verbs = clause_verbs(self.lang)
        return not any(w in verbs or w in _RELATIVE_SUBJECT or w in self.g.bounds or w in _MODALS for w in low)

    def _infinitive_after(self, cue: Cue) -> regex.Match[str] | None:
        """The infinitive of a vow, an appeal or a request right after ``cue`` (`vowed to fight`, `urged lawmakers not
        to`, `a promis de …`, `menacent de faire sauter …`, `a demandé à X de …`), if any (fifteenth pass)."""
        if self.lang == "en" and cue.lemma in _EN_TO_LEMMAS:
            return (_EN_CALL_TO if cue.lemma == "call" else _EN_TO_INF).match(self.text, cue.end)
        if self.lang == "fr" and cue.lemma in _FR_DE_LEMMAS:
            return _FR_DE_INF.match(self.text, cue.end)
        if self.lang == "fr" and cue.lemma == "engager":
            return _FR_A_INF.match(self.text, cue.end)  # `s'est engagée à développer …` (eighteenth pass)
        return None

    def _infinitive_report(self, cue: Cue, to_inf: regex.Match[str]) -> tuple[Attribution, int, int, Span] | None:
        """`vowed to fight …`, `urged lawmakers not to …`, `called for the bill to be dropped`, `menacent de faire
        sauter des machines`: a vow, an appeal or a request with its infinitive is reported speech, as the gold
        annotates it; not after a passive, in a question, or when no one who speaks stands before the cue."""
        sent = self.sentence(cue.start)
        lo = max(sent[0], self.gaps[bisect.bisect_right(self.gap_starts, cue.start) - 1][0])
        lo = _clause_start(self.text, lo, cue.start)  # (`Burundi : la Chine promet de …`)
        if self.lang == "fr" and (self.text.endswith("ant", cue.start, cue.end) or (
            cue.lemma not in self.lex.reflexive and _FR_REFLEXIVE_BEFORE.search(self.text, max(lo, cue.start - 4),
                                                                                 cue.start)
        )):
            return None  # (`…, menaçant de provoquer …`: a participle's subject; `se propose de`: an intention)
        end = _rstrip_end(self.text, cue.end, sent[1])
        nxt = self.first_verbal_cue_in(to_inf.end("comp"), end)  # (not every cue to the end: a run-on sentence)
        nxt = nxt.start if nxt is not None else end
        end = _rstrip_end(self.text, cue.end, nxt)  # (`… to do, admitted that …`: the next cue's clause)
        if (tail := _AND_END.search(self.text, cue.end, end)) is not None:
            end = tail.start()  # (`to ensure that the accord is implemented and` + the next cue)
        if (
            self.text[max(sent[0], sent[1] - 4) : sent[1]].rstrip()[-1:] == "?"
            or _BE_BEFORE.search(self.text, max(lo, cue.start - 40), cue.start)  # (a window: no quadratic search)
            or (self.lang == "en" and (cue.lemma in _EN_VOWS) == bool(to_inf.group("mid").strip()))
            or len(self.text[to_inf.start("comp") : end].split()) < 3
            or not _WORDS.search(self.text, lo, cue.start)
        ):
            return None  # (`Should students be asked to play chess?`, `asked to remain anonymous`)
        sp = cue.inv if cue.inv is not None else self.speaker_before(lo, cue.start)
        last = self.tokens(sp[0], sp[1])[-1] if sp is not None else None
        if last is None or not (
            (self.text[last[0]].isupper() and self.low(last[0], last[1]) not in self.g.stops)
            or is_speaker_noun(self.low(last[0], last[1]).split("'")[-1], self.lang)
            or self.low(last[0], last[1]) in self.g.singular | self.g.plural
            or (self.low(last[0], last[1]).removesuffix("s") in WRITINGS.get(self.lang, ())
                and self.text.endswith(("ing", "ant"), cue.start, cue.end))
        ):
            return None  # (`our findings support efforts to encourage …`, `Should elementary students be`; but a
            # writing speaks through its participle: `placards asking the government to …`, twenty-ninth pass)
        if to_inf.end("comp") > end:
            return None
        return Attribution(cue, sp, cue.end, False), to_inf.start("comp"), end, sent

    def _relative_report(self, cue: Cue) -> tuple[Attribution, int, int, Span] | None:
        """`…, which state media said were under control`, `the perpetrator, who they say fled the scene`: a
        reporter inside a relative clause whose verb follows the cue; the content is that verb's clause, up to the
        next comma (sixteenth pass, the check11 convention)."""
        found = self._relative_reporter(cue)
        if found is None:
            return None
        sp, start = found
        text = self.text
        sent = self.sentence(cue.start)
        stop = _CLAUSE_STOP.search(text, start, sent[1])
        end = _rstrip_end(text, start, stop.start() if stop else sent[1])
        if end - start < 6:
            return None
        return Attribution(cue, sp, cue.end), start, end, sent

    def _relative_reporter(self, cue: Cue) -> tuple[Span, int] | None:
        """The reporter of `which state media said were …`, `who they say fled …` (the noun phrase between the
        relative pronoun and the cue: `critics`, `they`, `his wife Bernadette`) and where the relative's verb after
        the cue starts; None for any other cue."""
        text = self.text
        lo = max(0, cue.start - 40)
        if not text.startswith(" ", cue.end) or text.find("wh", lo, cue.start) < 0:
            return None  # (no `which`/`who` before the cue: most cues, at the cost of one `find`)
        rel = _RELATIVE_REPORTER.search(text, lo, cue.start)
        if rel is None:
            return None
        verb = _RELATIVE_VERB.match(text, cue.end)
        if verb is None:
            return None
        words = text[rel.start("np") : rel.end("np")].lower().split()
        if words[0] in self.g.stops or words[0] in self.g.bounds or words[-1] in self.g.det:
            return None  # (`who live in that state have`: `state` is a noun after a determiner)
        contracted = _CONTRACTED_PRONOUN.fullmatch(text, *rel.span("np"))
        if contracted is not None:
            return (rel.start("np"), contracted.end("pron")), verb.start("comp")  # `which they've said`: they
        return rel.span("np"), verb.start("comp")

    def _coordinated_cue(self, start: int, end: int) -> Cue | None:
        """A reporting verb coordinated with the cue of the content ``[start, end)`` and reporting a clause of its
        own: `…, and claimed he faces …`, `… et a ajouté que …` (sixteenth pass)."""
        found = self._report_inside(start, end, _COORD_CUE_BEFORE, 16)
        participle = self._report_inside(start, end, _COMMA_BEFORE, 4)
        if participle is not None and self.text.endswith(("ing", "ant"), participle[0].start, participle[0].end) and (
            found is None or participle[0].start < found[0].start
        ):
            return participle[0]  # `…, stating that …`, `…, adding that …` (eighteenth pass)
        return found[0] if found is not None else None

    def _attributed_quote_inside(self, start: int, end: int) -> int | None:
        """Where the content ``[start, end)`` ends before a quotation inside it that an inverted cue right after it
        (no comma, no participle) attributes to someone (`Plant officials state that the plant never received a
        threat "…" said Lars Thuring`): the quotation and its attribution are no part of the first report
        (twenty-fifth pass)."""
        i = bisect.bisect_left(self.quote_starts, start)
        while i < len(self.quotes) and self.quotes[i].start < end:
            q_end = self.quotes[i].end
            after = _SPACES.match(self.text, q_end).end()
            cue = self.verbal_cue_at(after) if q_end < after < end else None
            if cue is not None and cue.inv is None and self.quotes[i].start > start and not self.text.endswith(
                ("ing", "ant"), cue.start, cue.end
            ) and self.speaker_after(cue.end, end)[0] is not None:
                return _rstrip_end(self.text, start, self.quotes[i].start)
            i += 1
        return None

    def _contrasted_report(self, start: int, end: int) -> int | None:
        """Where the content ``[start, end)`` ends before a report of someone else set against it (`…, but police
        later confirmed he had died`, `…, mais la police a affirmé que …`): the comma before the conjunction, when
        a short subject and a reporting verb with a clause of its own follow it (seventeenth pass)."""
        found = self._report_inside(start, end, _CONTRAST_BEFORE, 60)
        return found[1].start() if found is not None else None

    def _report_inside(self, start: int, end: int, before: regex.Pattern[str] | re.Pattern[str],
                       reach: int) -> tuple[Cue, re.Match[str]] | None:
        """The first reporting verb inside the content ``[start, end)`` that ``before`` matches right before (within
        ``reach`` characters) and that reports a clause of its own, with that match."""
        for c in self.cues_in(start + 1, min(end, start + _REPORT_REACH)):  # (bounded: linear on run-on text)
            if not c.verbal or c.lemma not in self.lex.indirect or c.inv is not None:
                continue
            m = before.search(self.text, max(start, c.start - reach), c.start)
            if m is not None and (self.comp.match(self.text, c.end, end) or (self.lang == "en" and (
                _EN_BARE_PRONOUN.match(self.text, c.end, end) or _EN_BARE_FINITE.match(self.text, c.end, end)
            ))):
                return c, m
        return None

    def _tell_like(self, cue: Cue) -> bool:
        """Whether the cue may have a person addressee before a bare clause: `tell`, or a finite form of a verb like
        it (`warned residents the water would rise`; not the noun `a flood warning covering …`)."""
        return cue.lemma == "tell" or (cue.lemma in _EN_TELL_LIKE and not self.text.endswith("ing", cue.start, cue.end))

    def _wholly_marked(self, pos: int, end: int) -> bool:
        """Whether ``[pos, end)`` (a clause after `que`/`that`) is one marked quotation: `a expliqué que
        « malheureusement, … »` is the mixed quote alone, not reported speech around it (ninth pass)."""
        i = bisect.bisect_left(self.quote_starts, pos)
        if i == len(self.quotes) or self.text[pos : self.quotes[i].start].strip(" \t\u00a0\u202f'’:"):
            return False
        return self.quotes[i].end >= end - 1  # (to the sentence end, or past it when the splitter cut inside)

    def _content_start(self, pos: int, end: int) -> int:
        while pos < end and self.text[pos].isspace():
            pos += 1
        return pos

    def indirect(self) -> list[tuple[Attribution, int, int, Span]]:
        """Reported speech without marks: ``(attribution, content_start, content_end, sentence)``."""
        out = []
        consumed = -1
        fr = self.lang == "fr"
        shared: dict[int, Span] = {}  # a coordinated cue's start -> the subject of the cue it is coordinated with
        for cue in self.cues:
            to_inf = self._infinitive_after(cue) if cue.verbal and cue.start >= consumed else None
            if to_inf is not None:
                entry = self._infinitive_report(cue, to_inf)
                if entry is not None:
                    out.append(entry)
                    consumed = entry[2]
                continue
            if self.lang == "en" and cue.start >= consumed and cue.verbal and cue.lemma in self.lex.indirect:
                entry = self._relative_report(cue)
                if entry is not None:
                    out.append(entry)
                    consumed = entry[2]
                    continue
            if cue.start < consumed or not cue.verbal or (
                cue.lemma not in self.lex.indirect and not (fr and cue.lemma in _FR_FAIT_QUE_LEMMAS)
                and cue.lemma not in _COMP_ONLY and cue.lemma not in _EXPRESS
            ):
                continue
            if cue.lemma not in self.lex.indirect and not (
                (fr and _FR_FAIT_QUE.match(self.text, cue.end))
                or (cue.lemma in _COMP_ONLY and _COMP_NOW.match(self.text, cue.end))
                or (cue.lemma in _EXPRESS and _EXPRESSED.match(self.text, cue.end))
            ):
                continue  # `dénonce le fait que …`, `évoquent qu'il y aurait …`, `commented that …` only (eighth)
            if (self.text[max(0, cue.start - 12) : cue.start].rstrip().endswith(_WRITER_VOICE_ENDS)
                    and _WRITER_VOICE_BEFORE.search(self.text, max(0, cue.start - 40), cue.start)) or (
                self.lang == "en" and _EN_NOUN_THEN_VERB.match(self.text, cue.end - 1)
                and _CAPITALISED_WORD_BEFORE.search(self.text, max(0, cue.start - 30), cue.start)
            ):
                continue  # `Il faut dire que …`; `Early reports state that …` (the next cue is the verb)
            bare = self.lang == "en" and cue.lemma in _EN_BARE_LEMMAS
            if (self.comp.match(self.text, cue.end) is None and not (bare and _EN_BARE.match(self.text, cue.end))
                    and not (fr and (_FR_ADJUNCT_COMP.match(self.text, cue.end)
                                     or _FR_FAIT_QUE.match(self.text, cue.end)  # `plus tard … qu'`, `le fait que`
                                     or _FR_PAST_INF.match(self.text, cue.end)  # `a déclaré avoir ordonné`
                                     or _FR_INF.match(self.text, cue.end)  # `indique vouloir profiter`
                                     or (cue.lemma in _FR_DECLARE and _FR_SE_INF.match(self.text, cue.end))))
                    and not (self.lang == "en" and (_EN_BARE_PRONOUN.match(self.text, cue.end)
                                                    or _EN_ADJUNCT_COMP.match(self.text, cue.end)))
                    and not _INTENT.match(self.text, cue.end)
                    and not (cue.lemma in _EXPRESS and _EXPRESSED.match(self.text, cue.end))
                    and not (self.lang == "en" and (_EN_BARE_FINITE.match(self.text, cue.end)
                                                    or (cue.lemma == "say"
                                                        and _EN_SAID_PLURAL_PAST.match(self.text, cue.end))
                                                    or _EN_TITLED_NAME_CLAUSE.match(self.text, cue.end)
                                                    or (self._tell_like(cue)
                                                        and _EN_TOLD_CLAUSE.match(self.text, cue.end))))):
                # no complementizer even without the sentence bound, so none within it (a sentence ends
                # after a space, where no complementizer can end): skip the sentence lookup
                continue
            sent = self.sentence(cue.start)
            m = self.comp.match(self.text, cue.end, sent[1])
            if m is None and fr:
                m = (_FR_ADJUNCT_COMP.match(self.text, cue.end, sent[1])
                     or _FR_FAIT_QUE.match(self.text, cue.end, sent[1])
                     or _FR_PAST_INF.match(self.text, cue.end, sent[1])
                     or _FR_INF.match(self.text, cue.end, sent[1])
                     or (_FR_SE_INF.match(self.text, cue.end, sent[1]) if cue.lemma in _FR_DECLARE else None))
            elif m is None and self.lang == "en":
                m = _EN_ADJUNCT_COMP.match(self.text, cue.end, sent[1])
            bare_match = told = False
            if (m is not None and self.lang == "en" and m.group("mid") and cue.lemma not in _EN_ADDRESSEE_LEMMAS
                    and (c := _EN_CLAUSE_BEFORE_THAT.match(self.text, cue.end, m.start("comp"))) is not None
                    and not any(x.verbal for x in self.cues_in(c.start("comp"), c.end("comp")))):
                m, bare_match = c, True  # (`alleges officers ignored evidence that …`: the clause opens earlier)
            if m is None and bare:
                m = _EN_BARE.match(self.text, cue.end, sent[1])
                bare_match = m is not None
            elif m is None and self.lang == "en":
                m = _EN_BARE_PRONOUN.match(self.text, cue.end, sent[1])  # `indicated he would`, `warned it was`
            if m is None and self.lang == "en":
                # `the National Hurricane Center reported the depression had sustained winds`, `Protesters claim
                # Nkurunziza violated a peace deal`: a noun phrase, then a finite verb, with no `that`
                m = _EN_BARE_FINITE.match(self.text, cue.end, sent[1])
                if m is None and cue.lemma == "say":
                    m = _EN_SAID_PLURAL_PAST.match(self.text, cue.end, sent[1])
                if m is None and (t := _EN_TITLED_NAME_CLAUSE.match(self.text, cue.end, sent[1])) is not None and (
                    is_speaker_noun(t.group("title").split()[-1], "en")
                    and not any(w in self.g.stops for w in t.group("title").split())  # (`announcing to journalists`)
                ):
                    m = t
                bare_match = m is not None
            if (m is None and self.lang == "en" and self._tell_like(cue)
                    and self.text[sent[1] - 1 : sent[1]] != "?"):
                m = _EN_TOLD_CLAUSE.match(self.text, cue.end, sent[1])  # `told reporters the United States is`
                told = m is not None
            if m is None:
                # `a annoncé sa volonté de poursuivre Airbus`, `announced his plan to choose a woman`: an intention
                # with its infinitive (sixteenth pass, the check9 convention)
                m = _INTENT.match(self.text, cue.end, sent[1])
            if m is None and cue.lemma in _EXPRESS:
                m = _EXPRESSED.match(self.text, cue.end, sent[1])  # `expressed doubts that …`
            if m is None:
                continue
            if bare_match and cue.lemma == "tell" and m.group("comp").lower() not in EN_SUBJECT_PRONOUNS:
                # `told the press on Tuesday.`, `told his wife the car had been stolen`: the noun phrase after
                # `told` is the addressee; the reported clause, if any, opens after it (fifteenth pass)
                m = _EN_TOLD_CLAUSE.match(self.text, cue.end, sent[1])
                if m is None:
                    continue
                bare_match, told = False, True
            mid = self.tokens(m.start("mid"), m.end("mid")) if m.group("mid") else []
            if mid and self.low(mid[-1][0], mid[-1][1]) in self.g.not_before_comp:
                continue
            if "adj" in m.re.groupindex and m.end("adj") > m.start("mid"):
                mid = self.tokens(m.end("adj"), m.end("mid"))  # (the adjunct's prepositions are no adjunct clause)
            if bare_match and any(t[2] and self.low(t[0], t[1]) in self.g.stops and self.low(t[0], t[1]) != "to"
                            for t in mid):
                continue  # `Ağca said upon his release`: a preposition, so an adjunct, not reported speech
            if bare_match and not mid and _COMMA_BEFORE.search(self.text, max(0, cue.start - 3), cue.start) and not (
                (sb := self.speaker_before(sent[0], cue.start)) is not None and self.text[sb[0]].isupper()
                and _SUBJECT_INSERTION.fullmatch(self.text, sb[1], cue.start)
            ):  # (not after a subject and its insertion: `Doe, 45, said the city needs …`, `Doe, whose son …, said`)
                sp_after, sp_end = self.speaker_after(cue.end, sent[1])
                if sp_after is not None and self._speakerish(sp_after) and _FINITE_AUX["en"].isdisjoint(
                    self.low(*sp_after).split()
                ) and _TAIL_END.fullmatch(self.text, sp_end, sent[1]):
                    # `<content>, said the head of the agency.`: an inverted subject to the sentence's end, no
                    # reported clause of its own (the trailing attribution's; twentieth pass)
                    continue
            if any(c.verbal and c.lemma not in self.lex.indirect for c in self.cues_in(cue.end, m.start("comp"))):
                continue
            # the subject is read in the narrative since the last quote; a cue right after a quote is that
            # quote's attribution (`"…," said his father`), not reported speech of its own
            gap_lo = self.gaps[bisect.bisect_right(self.gap_starts, cue.start) - 1][0]
            lo = max(sent[0], gap_lo)
            if gap_lo > sent[0] and not _WORDS.search(self.text, lo, cue.start):
                continue
            if gap_lo > sent[0] and _COORD_ONLY.fullmatch(self.text, gap_lo, cue.start):
                lo = sent[0]  # `The proclamation said "…" and said the emergency began …`: the shared subject
            sp = shared.get(cue.start) or (cue.inv if cue.inv is not None else self.speaker_before(lo, cue.start))
            if sp is None:
                continue
            start = m.start("comp")
            end = sent[1]
            if _RELATIVE_SUBJECT_BEFORE.search(self.text, max(lo, cue.start - 6), cue.start) and (
                close := _MAIN_VERB_AFTER.search(self.text, start, end)
            ) is not None:
                end = close.start()  # `Le ministre, qui a précisé que …, a quitté la salle`: the relative clause ends
            elif self.lang == "en" and (bare_match or told) and _RELATIVE_SUBJECT_BEFORE.search(
                self.text, max(lo, cue.start - 6), cue.start
            ) and (main := next((c for c in self.cues_in(start, min(end, start + _REPORT_REACH))
                                 if c.verbal and c.inv is None and (
                c.lemma in ("say", "tell") or self.text[max(start, c.start - 3) : c.start].rstrip().endswith(",")
            )), None)):  # (bounded: linear on run-on text)
                # `The man who reported the crime said he was scared`, `Smith, who told reporters the plan failed,
                # said`: `say`, `tell` or a cue after a comma following the relative clause's bare object is the
                # main clause's verb; the relative's content ends before it (twenty-fourth pass; before, `the crime
                # said he was scared`; not `who claimed Biden commented on …`)
                end = _rstrip_end(self.text, start, main.start)
            attributed = self._attributed_quote_inside(start, end)
            if attributed is not None:
                end = attributed  # `… received a threat "…" said President of OKG, Lars Thuring.` (25th pass)
            contrast = self._contrasted_report(start, end)
            if contrast is not None:
                end = contrast  # `He added the boy was taken to hospital, but police later confirmed he had died`
            coord = self._coordinated_cue(start, end)
            if coord is not None and self.lang == "en" and self.text.endswith("ing", coord.start, coord.end) and (
                against := CONTRAST_SUBJECT.search(self.text, start, coord.start)
            ):
                # `she had been hired …, but Chief Khalid disputed this, saying`: the content ends before the clause
                # set against it, whose own subject the participle's is (twenty-fourth pass)
                end, coord = against.start(), None
            if coord is not None:
                # `He said no officers were injured and confirmed special forces were still there`: the content
                # ends before the coordinated cue, which reports a clause of its own with the same subject
                end, shared[coord.start] = coord.start, sp
            if coord is not None and (before := _AND_END.search(self.text, start, end)) is not None:
                end = before.start()  # (the `and` before the coordinated cue)
            while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".!?;"):
                end -= 1
            if end - start < 3 or (
                (m.group("comp").lower() in _COMPLEMENTIZERS or m.re is _FR_INF or m.re is _FR_SE_INF)
                and self._wholly_marked(m.end("comp"), end)
            ) or ((bare_match or told) and len(self.text[start:end].split()) < 3):
                continue  # (`told the public.`: an addressee, no reported clause)
            addr = bool(ADDRESSEE.match(self.text, cue.end, start))
            out.append((Attribution(cue, sp, cue.end, addr), start, end, sent))
            consumed = end
        return out
