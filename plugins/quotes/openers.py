"""Opening phrases that stand before a clause's subject and are never a speaker themselves (eighth pass).

`De son côté, le directeur … a affirmé`, `Parmi les raisons …, figure …`, `Plus tard, il …`, `Même si …`,
`Among the dead, …`: the rules that look for a subject at the start of a clause or a segment skip them (before
this, `De son côté`, `Parmi` and `Plus tard` were read as speakers). A phrase is matched only at a capitalised
clause start, so `le plus tard possible` or `parmi eux` inside a noun phrase are untouched.

Adjuncts of time (twenty-fourth pass) are matched in either case, since a segment may start after a conjunction
(`but last year the report said`): `Yesterday police said`, `On Tuesday officials said`, `Hier la police a
indiqué`. Without a comma nothing else marks where the subject starts; before, `Yesterday police` was no speaker
(and the quote was lost) and `Last week officials` was the speaker.
"""

from __future__ import annotations

import re

__all__ = ["OPENING_FIRST", "opening_end", "time_opening_end"]

_OPENING = re.compile(
    r"(?:De\s+(?:son|sa|leur|mon|ma|notre|votre)\s+côté|De\s+plus|Pour\s+(?:sa|leur|ma|notre|votre|ma)\s+part"
    r"|Plus\s+tard|Peu\s+(?:après|avant|de\s+temps\s+après)|Parmi|Même\s+si|Même\s+s['’]|En\s+outre|Par\s+ailleurs"
    r"|D['’]autre\s+part|En\s+revanche|Quant\s+(?:à|aux?)|Il\s+convient\s+de|Entre-temps|Dans\s+la\s+foulée"
    r"|Among|In\s+turn|On\s+the\s+other\s+hand|For\s+(?:his|her|their|its|our|my)\s+part|Even\s+though|Even\s+if"
    # sentence connectors (twenty-fifth pass: `Nevertheless, psychiatric staff … have said` gave `Nevertheless`)
    r"|Nevertheless|Nonetheless|However|Meanwhile|Moreover|Furthermore|Néanmoins|Cependant|Toutefois|Pourtant)"
    r"(?![\w-])"
)

_DAYS = r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
_JOURS = r"(?:[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche)"
_MONTHS = (r"(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|"
           r"[Nn]ovember|[Dd]ecember)")
_TIME_OPENING = re.compile(
    r"(?:(?:[Oo]n\s+)?" + _DAYS + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:[Yy]esterday|[Tt]oday)(?:\s+(?:morning|afternoon|evening))?|[Tt]onight"
    r"|(?:[Ee]arlier|[Ll]ater)\s+(?:this|that|last)\s+(?:week|month|year)|(?:[Ee]arly|[Ll]ater)\s+on"
    r"|(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:week|weekend|month|year|night|morning|" + _DAYS + r")"
    r"|[Ii]n\s+(?:" + _MONTHS + r"(?:\s+\d{4})?|\d{4})|[Oo]n\s+" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|[Hh]ier(?:\s+(?:matin|soir))?|[Aa]ujourd['’]hui"
    r"|[Cc]e\s+(?:matin|soir|week-end|" + _JOURS + r"(?:\s+(?:matin|soir))?)"
    r"|[Cc]ette\s+(?:semaine|nuit|année)|[Cc]et\s+après-midi"
    r"|" + _JOURS + r"(?:\s+(?:matin|soir|dernier))?|[Ee]n\s+\d{4}"
    # the day after or before, with its comma only (`Le lendemain de l'attentat` is a noun phrase; 39th pass)
    r"|(?:Le\s+(?:lendemain|surlendemain)|La\s+veille|The\s+(?:next|following)\s+day|The\s+day\s+before)(?=\s*,))"
    r"(?=\s*,|\s+\S)(?![\w'’-])"
)
_TIME_FIRST = frozenset(("Yesterday", "Today", "Tonight", "Earlier", "Early", "Later", "Last", "This", "Next", "Monday",
                         "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Hier", "Aujourd'hui",
                         "Aujourd’hui", "Ce", "Cette", "Cet", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi",
                         "Samedi", "Dimanche"))
_TIME_CAPITALISED = frozenset(("Le", "La", "The"))  # (`Le lendemain,`: capitalised only; `le`, `the` skip the pattern)
_TIME_FIRST_ALL = (frozenset(w.lower() for w in _TIME_FIRST | {"In", "On", "En"}) | _TIME_FIRST | {"In", "On", "En"}
                   | _TIME_CAPITALISED)

# the first words of those phrases: a cheap test before the pattern (this runs for most candidate subjects)
_FIRST = frozenset(("De", "Pour", "Plus", "Peu", "Parmi", "Même", "En", "Par", "D'autre", "D’autre", "Quant", "Il",
                    "Entre-temps", "Dans", "Among", "In", "On", "For", "Even", "Nevertheless", "Nonetheless", "However",
                    "Meanwhile", "Moreover", "Furthermore", "Néanmoins", "Cependant", "Toutefois", "Pourtant"))
# the same, lower-cased: callers that already hold the word test it before calling
OPENING_FIRST = frozenset(w.lower() for w in _FIRST | _TIME_FIRST | _TIME_CAPITALISED) | {"même"}
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def time_opening_end(text: str, pos: int) -> int | None:
    """Where an adjunct of time that starts at ``pos`` ends (`Yesterday`, `last year`, `On Tuesday`), or None."""
    w = _FIRST_WORD.match(text, pos)
    if w is not None and w.group() in _TIME_FIRST_ALL and (t := _TIME_OPENING.match(text, pos)) is not None:
        return t.end()
    return None


def opening_end(text: str, pos: int) -> int | None:
    """Where an opening phrase that starts at ``pos`` ends, or None (a capitalised start only, but for time)."""
    end = time_opening_end(text, pos)
    if end is not None:
        return end
    if not text[pos : pos + 1].isupper():
        return None
    w = _FIRST_WORD.match(text, pos)
    if w is None or (w.group() not in _FIRST and not w.group().startswith(("D'autre", "D’autre", "Même"))):
        return None
    m = _OPENING.match(text, pos)
    return m.end() if m is not None else None
