"""Scare quotes by context: a quotation used as a name, a term or a title rather than as someone's words.

Length alone cannot tell `le caractère « non lucratif »` (a term) from `l'« extrême gravité »` (someone's
words), but the words around the marks often can:

- a naming word right before the quote: `so-called`, `known as`, `dubbed`, `surnommé`, `baptisé`, `le terme`,
  `statut d'`, `the word`;
- a quote used as a modifier before a noun: `a "server connection has been reset" error message`;
- a quote alone in parentheses: `les convictions ( « Nos convictions … ? » )` (a title, an example);
- a capitalised name of a few words after a determiner, `dont`, `of` or a noun: `la faille de sécurité
  « EternalBlue »`, `la « Belle alliance populaire »` (not after `qualifie … de`, an evaluation).

Each check reads a bounded window around the marks: constant work per quote.
"""

from __future__ import annotations

import re

import regex

__all__ = ["TRAILING_NAME", "is_name_like", "is_named_by_noun", "opens_with_naming_noun"]

# two or more capitalised words that end a span: a person's full name after a title (`l'actuel président haïtien
# Jovenel Moïse`, `Center for Biological Diversity scientist Tierra Curry`)
TRAILING_NAME = regex.compile(r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+\Z")

# a naming word right before the quote (`so-called "…"`, `surnommé « … »`), or a naming noun with its
# determiner (`the term "…"`, `le mot « … »`) or with `de` (`statut d'« … »`, `la loi dite`)
_NAMING_WORD = frozenset(
    "so-called dubbed nicknamed named titled entitled labelled labeled branded soi-disant surnommé surnommée "
    "surnommés surnommées baptisé baptisée baptisés baptisées intitulé intitulée intitulés intitulées dite dites "
    "dits titré titrée titrés titrées alias aka".split()
)
# a title given by a vote or an appointment (`a été élu « Sportif du siècle »`, `voted "Player of the Year"`):
# a name when the quote is capitalised (`un élu « doit se tenir … »` is an elected official's words; seventeenth)
_TITLE_GIVEN = frozenset(
    "élu élue élus élues sacré sacrée sacrés sacrées proclamé proclamée proclamés proclamées voted crowned".split()
)
_NAMING_PAIR = frozenset(
    "so called|known as|also called|soi disant|the term|the word|the phrase|the expression|the slogan|the hashtag|"
    "the label|the title|the nickname|the motto|the headline|a term|a word|a phrase|a slogan|a hashtag|a label|a title|"
    "a nickname|le terme|le mot|le slogan|le hashtag|le label|le titre|le surnom|le sobriquet|le qualificatif|"
    "un terme|un mot|un slogan|un surnom|du terme|du mot|au terme|la formule|la devise|la mention|"
    "l'expression|la locution|une formule|une expression|de la formule".split("|")
)
# the nouns of the naming pairs (`the slogan`, `la devise`), and a few more: a sentence that opens with one of them
# apposed to its first quote names that quote (`Son slogan, « … »`, `Its motto, "…"`; twenty-sixth pass)
_NAMING_NOUNS = frozenset(
    p.split()[-1] for p in _NAMING_PAIR if p.split()[0] in ("the", "a", "le", "la", "un", "une", "du", "au", "de")
) | {"nom", "tagline", "catchphrase"}
_APPOSED_TO_NAMING_NOUN = re.compile(
    r"\s*(?:\w+(?:['’]|\s+)){0,3}?(?:" + "|".join(sorted(_NAMING_NOUNS, key=len, reverse=True)) + r")s?\s*[,:]?\s*\Z",
    re.IGNORECASE,
)
_NAMING_NOUN_DE = frozenset(
    "statut titre surnom rang label nom projet opération plan programme dispositif mouvement collectif "
    "association campagne émission film livre ouvrage roman album chanson série spectacle rapport".split()
)
_DE = frozenset("de d' d’ du des".split())


def _naming_before(pre: str) -> bool:
    words = pre.lower().replace("’", "'").replace("d'", "d' ").split()[-3:]
    if not words:
        return False
    if words[-1] in _NAMING_WORD:
        return True
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in _NAMING_PAIR:
        return True
    if len(words) == 3 and f"{words[0]} {words[2]}" in _NAMING_PAIR:
        return True  # an adjective between: `the Shakespearean phrase`, `le célèbre slogan` (seventeenth pass)
    # `le roman d'« … »` names a novel, but `a qualifié le roman d'« … »` evaluates it: someone's words
    return len(words) >= 2 and words[-1] in _DE and words[-2] in _NAMING_NOUN_DE and not _QUALIFY.search(
        pre.rstrip(" \t\u00a0\u202f")
    )


# a lower-case word after the quote that makes it a modifier of a noun: not a function word and not a verb
_NEXT_WORD = re.compile(r"[^\S\n]*([a-zà-ÿ][\w'’-]*)")
_EN_FUNCTION = frozenset(
    "and or but to in on at of for by with from as that which who is was are were be been has have had will "
    "would could should may might can do does did not than then so if when while after before into onto over "
    "under about since until because also it its this these those he she they we you i".split()
)
# (also after an elided article: `l'organisation « État islamique »`, thirteenth pass)
_NOUN_BEFORE = re.compile(r"(?:(?<![\w'’])|(?<=[\s(«][ld]['’])|(?<=\A[ld]['’]))([a-zà-ÿ][\w-]{2,})\s*\Z")
_FR_NOT_NOUN = frozenset(
    "le la les un une des du de au aux et ou à en par pour sur dans avec est sont a ont été était sans que qui "
    "ce cet cette ces son sa ses leur leurs d'un d'une comme dont selon".split()
)
# `qualifie cet acte de « Choc »`, `traité de`, `described as`: an evaluation, someone's word
_QUALIFY = re.compile(r"(?:qualifi|trait|décri|described|branded\s+it)\w*(?:\s+\S+){0,3}\s+(?:de|d['’]|as)\s*\Z",
                      re.IGNORECASE)
# the word before a capitalised quote that makes it a name or title: a determiner, `of`, `dont`
_NAME_SLOT = frozenset("le la les un une des du de au aux dont the a an of".split())
_OWNER_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w&.-]*(?:['’]s|[sS]['’])\s*\Z")  # `NBC's`, `CBS'`, `Fox News'`
_AUX = frozenset("a ont avait avaient est sont était has have had was were is are be been".split())
_EN_NOT_NOUN = _EN_FUNCTION | frozenset("the a an his her their our my your said says told called".split())


def opens_with_naming_noun(text: str, lo: int, q_start: int) -> bool:
    """Whether the words from ``lo`` (a sentence's start) to the quote at ``q_start`` are a naming noun with a few
    words before it (`Son slogan, « … »`): the quote is that name, not the words of an earlier report."""
    return q_start - lo < 60 and _APPOSED_TO_NAMING_NOUN.match(text, lo, q_start) is not None


def is_name_like(text: str, start: int, end: int, content: tuple[int, int], lang: str, framed: bool = False) -> bool:
    """Whether the quote ``[start, end)`` (content ``content``) reads as a name, term or title in its
    context (see the module doc). ``lang`` picks the word lists (fr or en; others use both). ``framed``: the
    sentence reports someone's speech (`described the military as a "horrible" use`): a quote used as a
    modifier is then that speaker's word, not a term."""
    pre = text[max(0, start - 40) : start]
    if _naming_before(pre):
        return True
    before = pre.rstrip(" \t\u00a0\u202f")
    after = text[end : end + 40]
    if before.endswith(("(", "[")) and after.lstrip(" \t\u00a0\u202f").startswith((")", "]")):
        return True  # alone in parentheses: a title or an example
    c0, c1 = content
    n_words = len(text[c0:c1].split())
    if lang != "fr" and n_words <= 6 and not framed:
        m = _NEXT_WORD.match(after)
        w = m.group(1).lower() if m else ""
        if m and w not in _EN_FUNCTION and not w.endswith(("ed", "ing", "ly")) and not text[end - 1 : end] == ",":
            # `a "server connection has been reset" error message`: but not `"…" said`, `"…" and`
            prev = before.split()[-1].lower() if before.split() else ""
            if prev in ("a", "an", "the", "normal", "usual", "same", "new", "its", "their", "his", "her"):
                return True
    inner = text[c0:c1].strip()
    if inner[:1].isupper() and before.split()[-1:] and before.split()[-1].lower() in _TITLE_GIVEN:
        return True
    if n_words <= 6 and inner[:1].isupper() and not inner.endswith("!") and not _QUALIFY.search(before):
        last = before.split()[-1].lower().replace("’", "'") if before.split() else ""
        if last in _NAME_SLOT or (last[:2] in ("l'", "d'") and len(last) == 2):
            return True  # `la « Belle alliance populaire »`, `dont « Voyage en enfer »`, `the "Day of the Sun"`
    return is_named_by_noun(text, start, end, content, lang)


def owned_title(text: str, start: int, content: tuple[int, int], lang: str | None) -> bool:
    """`NBC's "Meet the Press"`, `CBS' "Face the Nation"`: an English title in title case (up to five words) right
    after its owner's possessive names a show, a book or a slogan; nobody says it there (twentieth pass)."""
    if lang != "en" or not _OWNER_BEFORE.search(text, max(0, start - 30), start):
        return False
    inner = text[content[0] : content[1]].split()
    return 0 < len(inner) <= 5 and all(w[:1].isupper() for w in inner if len(w) > 3) and inner[0][:1].isupper()


def is_named_by_noun(text: str, start: int, end: int, content: tuple[int, int], lang: str) -> bool:
    """A capitalised name of up to five words right after a common noun (`la faille de sécurité « EternalBlue »`,
    `l'organisation « État islamique »`, `the malware "WannaCry"`; not after an auxiliary: `a tweeté « X »`, nor
    an evaluation: `qualifié de`). The strongest clue of ``is_name_like``: it holds inside reported speech too
    (thirteenth pass)."""
    before = text[max(0, start - 40) : start].rstrip(" \t\u00a0\u202f")
    c0, c1 = content
    inner = text[c0:c1].strip()
    if len(inner.split()) > 5 or not inner[:1].isupper() or inner.endswith(("!", "?")) or _QUALIFY.search(before):
        return False
    if owned_title(text, start, content, lang):
        return True
    m = _NOUN_BEFORE.search(before)
    not_noun = _FR_NOT_NOUN if lang == "fr" else _EN_NOT_NOUN
    if m is None or "\n" in before[m.end(1) :]:
        return False  # (`Le conseil vote le budget\n\n« Nous avons … »`: a title's last word names nothing)
    prev = before[: m.start(1)].split()[-1:]
    return m.group(1).lower() not in not_noun and not (prev and prev[0].lower() in _AUX)
