"""Grammatical gender of a named speaker, for pronoun resolution (`she`/`elle` never points at a man).

Evidence, strongest first: a title right before the name (`M.`, `Mme`, `Mr`, `Mrs`, `la ministre`) or a French
article before a noun or an acronym opening it (`La BBC`, `le ministre`), a French agreement right after it (`X a
été élue`, `X, née …`), then the known first name nearest the surname (`Health Minister Sylvia Jones`) in
faker's gendered first-name lists (a name in both lists says nothing). Unknown gender is None: it never blocks a
resolution. Windows are bounded.
"""

from __future__ import annotations

import functools

import regex

from ..first_names import faker_first_names

__all__ = ["pronoun_gender", "name_gender"]

_PRONOUN = {"il": "m", "elle": "f", "he": "m", "she": "f"}
_ARTICLE_GENDER = {"Le": "m", "le": "m", "La": "f", "la": "f"}
_OF_WORDS = frozenset(("de", "du", "des", "of", "for", "at"))
# English nouns of people that say their gender, as the head of a common noun phrase (`The actress`; French says it
# with its article)
_NOUN_GENDER = {
    **dict.fromkeys("actress spokeswoman chairwoman congresswoman policewoman businesswoman woman girl mother "
                    "daughter sister wife widow queen princess".split(), "f"),
    **dict.fromkeys("actor spokesman chairman congressman policeman businessman man boy father son brother "
                    "husband widower king prince".split(), "m"),
}
# locales whose first names are in Latin script and common in fr/en news
_LOCALES = ("fr_FR", "fr_BE", "fr_CA", "en_US", "en_GB", "en_IE", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL",
            "pl_PL", "cs_CZ", "ro_RO", "sv_SE", "tr_TR")  # fmt: skip

_TITLE_BEFORE = regex.compile(
    r"(?:(?P<m>\b(?:M\.|Mr\.?|Monsieur|Sir|Lord|King|Prince|(?i:le|du|au)\s+(?:\p{L}+\s+){0,2}?"
    r"(?:ministre|président|sénateur|député|maire|porte-parole|juge|directeur|secrétaire|roi)))"
    r"|(?P<f>\b(?:Mme|Mmes|Mrs\.?|Ms\.?|Miss|Mlle|Madame|Mademoiselle|Lady|Dame|Queen|Princess|"
    r"(?i:la)\s+(?:\p{L}+\s+){0,2}?(?:ministre|présidente|sénatrice|députée|maire|porte-parole|juge|"
    r"directrice|secrétaire|reine))))"
    r"[\s,]*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\Z"
)
_AGREEMENT_AFTER = regex.compile(
    r"\A(?:\s*\([^()]{0,40}\))?\s*,?\s*(?:(?:a|avait|aurait)\s+été|est|était|sera|fut|,\s*née?)\s+"
    r"(?:\p{L}+ment\s+)?(?P<w>\p{Ll}+)"
)


@functools.cache
def _first_names() -> tuple[frozenset[str], frozenset[str]]:
    """Male and female first names, lower case, with names listed as both removed."""
    male = {n.lower() for n in faker_first_names("first_names_male", _LOCALES)}
    female = {n.lower() for n in faker_first_names("first_names_female", _LOCALES)}
    return frozenset(male - female), frozenset(female - male)


def pronoun_gender(word: str) -> str | None:
    """`m`/`f` for a gendered third-person singular pronoun, else None."""
    return _PRONOUN.get(word.lower())


def is_first_name(word: str) -> bool:
    """Whether ``word`` (any case; the first part of a hyphenated name counts) is a known first name."""
    male, female = _first_names()
    w = word.lower()
    return w in male or w in female or w.split("-")[0] in male or w.split("-")[0] in female


def name_gender(text: str, start: int, end: int, first: str | None = None) -> str | None:
    """`m`, `f` or None for the name at ``text[start:end]``; ``first`` is its first name when the span holds the
    surname only (`Honcharuk` named earlier as `Oleksiy Honcharuk`)."""
    m = _TITLE_BEFORE.search(text, max(0, start - 60), start)
    if m:
        return "m" if m.group("m") else "f"
    span = text[start:end]
    words = span.split()
    if words:
        w0 = words[0].rstrip(".")
        if w0 in ("M", "Mr", "Monsieur", "Sir"):
            return "m"
        if w0 in ("Mme", "Mrs", "Ms", "Madame", "Lady"):
            return "f"
        if w0 in _ARTICLE_GENDER and len(words) > 1 and (words[1].islower() or words[1].isupper()):
            # a French article before a noun or an acronym says the phrase's gender (`La BBC`, `le ministre`; not
            # the surnames `Le Pen`, `Le Maire`): `La BBC` is no antecedent of `il` (twenty-fifth pass)
            return _ARTICLE_GENDER[w0]
        if len(words) > 1 and words[-1].islower() and words[-1] in _NOUN_GENDER:
            return _NOUN_GENDER[words[-1]]  # `The actress`, `the party's spokesman` (twenty-sixth pass)
    a = _AGREEMENT_AFTER.match(text[end : end + 60])
    if a:
        w = a.group("w")
        if w.endswith(("ée", "ie", "ue", "ise")):  # élue, nommée, partie, élue, mise
            return "f"
        if w.endswith(("é", "i", "u")):  # élu, nommé, parti
            return "m"
    male, female = _first_names()
    # the first name: the given one, else the first known first name before the surname (`Premier Doug Ford`,
    # `Health Minister Sylvia Jones`: the title's words are no first names)
    head = words
    for k, w in enumerate(words):
        if w.lower() in _OF_WORDS or w.lower().startswith(("d'", "d’")):
            head = words[:k]  # `L'avocate de Benoît Hamon`: a name in the complement is not the head's (25th pass)
            break
    # the known first name nearest the surname: `Philippine Red Cross chair Richard Gordon` is Richard's (25th pass)
    for name in [first] if first else reversed(head[:-1]):
        name = name.lower()
        name = name.split("-")[0] if name not in male and name not in female else name
        if name in male or name in female:
            return "m" if name in male else "f"
    return None
