"""Per-language word classes the attribution rules need: pronouns, clause boundaries, complementizers.

Small closed classes, written by hand; the open classes (reporting verbs) live in ``cues.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Grammar", "grammar"]


@dataclass(frozen=True)
class Grammar:
    singular: frozenset[str]  # third-person singular subject pronouns (resolve to the last named speaker)
    plural: frozenset[str]  # third-person plural ones
    writer: frozenset[str]  # first person: outside quotes it is the writer, no speaker
    relative: frozenset[str]  # `qui`, `who`: the speaker is the noun phrase before it
    bounds: frozenset[str]  # words that start a clause: the subject noun phrase begins after them
    stops: frozenset[str]  # words that end a speaker after an inverted cue (prepositions, time words)
    complementizer: str  # regex of the word that opens reported speech (`que`, `that`)
    not_before_comp: frozenset[str]  # `avant que`, `so that`: a conjunction, not reported speech
    plural_det: frozenset[str]  # determiners of a plural noun phrase
    det: frozenset[str]  # determiners: a lower-case noun phrase starting with one can be a speaker
    impersonal: str = r"(?!)"  # regex at a subject pronoun: an impersonal verb (`il s'agit`, `il faut`), no speaker


def _s(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DAYS_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui demain"
_DAYS_EN = "monday tuesday wednesday thursday friday saturday sunday yesterday today earlier later"
# the days and day words of both lists, for rules that accept a time in either language (reported.py)
DAY_WORDS = frozenset((_DAYS_FR + " " + _DAYS_EN).split())

_GRAMMARS = {
    "fr": Grammar(
        singular=_s("il elle on celui-ci celle-ci"),  # (`Et celui-ci a annoncé : « … »`, 24th pass)
        plural=_s("ils elles ceux-ci celles-ci"),
        writer=_s("je j' j’ nous moi"),
        relative=_s("qui"),
        bounds=_s("et mais car donc que qu' qu’ lorsque quand puis où alors si comme dont puisque puisqu' puisqu’"),
        stops=_s("à au aux dans lors sur en y pendant après avant devant via par pour lorsque quand qui dont "
                 "mais et car alors selon avec contre chez auprès " + _DAYS_FR),
        complementizer=r"que(?!\w)|qu['’]",
        not_before_comp=_s("avant après sans pour afin parce alors tandis bien dès ainsi de ce même lors "
                           "jusqu'à jusqu’à pendant moins plus tant sorte si"),
        plural_det=_s("les des certains certaines plusieurs ces leurs nombreux quelques nombre"),
        det=_s("le la les l' l’ un une des certains certaines plusieurs ce cet cette ces son sa ses leur leurs "
               "notre nos quelques nombreux beaucoup nombre"),
        impersonal=(r"(?i)il\s+(?:ne\s+|n['’])?(?:(?:pourrai(?:t|en)|peu[tv]|devrai(?:t|en)|doi[tv]|va|semblerai(?:t|en))\s+)?"
                    r"(?:s['’]ag|fau[td]|fall|y\s+(?:a|av|aur|eu)|suffi|convien|import)"),
    ),
    "en": Grammar(
        singular=_s("he she"),
        plural=_s("they"),
        writer=_s("i we"),
        relative=_s("who which that"),
        bounds=_s("and but that when while as because so then if where although though whereas"),
        stops=_s("to in on at during after before via by from for when while who which and but as "
                 "according upon with through following outside inside " + _DAYS_EN),
        complementizer=r"that(?!\w)",
        not_before_comp=_s("so such now given except provided"),
        plural_det=_s("some many several these those few both"),
        det=_s("the a an some many several this that these those his her their its our one another both each most "
               "few"),  # (`both sides in the case say`, 24th pass)
    ),
    "de": Grammar(
        singular=_s("er sie"), plural=_s("sie"), writer=_s("ich wir"), relative=_s("der die das"),
        bounds=_s("und aber dass als wenn weil denn"), stops=_s("in im am an auf bei gegenüber nach vor zu und"),
        complementizer=r"dass(?!\w)", not_before_comp=_s("so ohne statt"),
        plural_det=_s("die einige mehrere viele"), det=_s("der die das ein eine einige mehrere viele sein ihr"),
    ),
    "es": Grammar(
        singular=_s("él ella"), plural=_s("ellos ellas"), writer=_s("yo nosotros nosotras"), relative=_s("que quien"),
        bounds=_s("y pero que cuando mientras porque"), stops=_s("a al en durante tras ante por para y que"),
        complementizer=r"que(?!\w)", not_before_comp=_s("antes después sin para aunque así ya hasta"),
        plural_det=_s("los las unos unas varios varias"),
        det=_s("el la los las un una unos unas varios varias su sus"),
    ),
    "it": Grammar(
        singular=_s("lui lei egli"), plural=_s("loro"), writer=_s("io noi"), relative=_s("che"),
        bounds=_s("e ma che quando mentre perché"), stops=_s("a al in nel durante dopo prima per e che"),
        complementizer=r"che(?!\w)", not_before_comp=_s("prima dopo senza perché affinché così anche"),
        plural_det=_s("i gli le alcuni diversi"),
        det=_s("il lo la i gli le un una uno alcuni diversi suo sua"),
    ),
    "pt": Grammar(
        singular=_s("ele ela"), plural=_s("eles elas"), writer=_s("eu nós"), relative=_s("que quem"),
        bounds=_s("e mas que quando enquanto porque"), stops=_s("a ao em no na durante após para por e que"),
        complementizer=r"que(?!\w)", not_before_comp=_s("antes depois sem para embora assim até"),
        plural_det=_s("os as uns umas vários várias"),
        det=_s("o a os as um uma uns umas vários várias seu sua"),
    ),
}


def grammar(lang: str) -> Grammar:
    """The word classes of ``lang`` (KeyError for an unsupported language)."""
    return _GRAMMARS[lang]
