"""Which language's rules the matcher and the recall pass apply to a document: one object per language.

English support was first a boolean threaded through the matcher beside the language code that the word
lists of :mod:`.languages` read: two ways of saying one thing. A :class:`LangRules` says it once: the
switches of a language's rules and the frequent words they read, built once per language and process
(:func:`rules_for`) and passed where the matcher and the recall pass need to know the language.

French is the default: its own signals, no switch on and no list (a document with no known language that
does not read as English gets French's rules too, as before). English gets :mod:`.english`'s lists and the
openers; every other language the openers, German and Spanish/Italian/Portuguese their own rules on top.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .english import is_english
from .languages import OPENER_ZIPF, ROMANCE, frequent_words, lang_code

__all__ = ["LangRules", "rules_for", "rules_for_text", "FRENCH"]


@dataclass(frozen=True, slots=True)
class LangRules:
    """The rules of one language for mention detection and typing (see docs/entities-languages.md)."""

    code: str  # "fr", "en", "de", ...
    english: bool = False  # the lists of .english: titles, demonyms, months, possessives, dotted acronyms ...
    openers: bool = False  # .languages: a frequent word opening a sentence is no name; emoji end a sentence
    german: bool = False  # capitals mark every noun: Matcher._german
    romance: bool = False  # Spanish, Italian, Portuguese titles, offices and organisation heads: Matcher._romance
    # the language's frequent words (Zipf >= languages.ZIPF), and the wider list of sentence openers
    # (Zipf >= languages.OPENER_ZIPF); English's are .english's, not folded
    common: frozenset[str] = field(default=frozenset(), repr=False)
    opener_words: frozenset[str] = field(default=frozenset(), repr=False)


def rules_for(lang: str | None) -> LangRules:
    """The rules of language ``lang`` (``de``, ``de-AT``, ``pt_BR``); French's when it is None or empty."""
    return _rules(lang_code(lang) or "fr")


def rules_for_text(text: str, lang: str | None) -> LangRules:
    """The rules for a document of language ``lang`` (``doc.lang``, maybe None): English when
    :func:`.english.is_english` says so (``lang``, or a word count when there is none), else ``lang``'s."""
    return _rules("en") if is_english(text, lang) else rules_for(lang)


@lru_cache(maxsize=64)
def _rules(code: str) -> LangRules:
    if code == "fr":
        return LangRules(code)  # French keeps its own signals, exactly as before the other languages came
    return LangRules(code, english=code == "en", openers=True, german=code == "de", romance=code in ROMANCE,
                     common=frequent_words(code), opener_words=frequent_words(code, OPENER_ZIPF))


FRENCH = rules_for("fr")
