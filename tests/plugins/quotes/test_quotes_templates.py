"""Attribution over grids of news templates: every combination of a subject (name, surname, title, body, pronoun,
apposition), a cue and an adjunct of time, channel or addressee, in the usual positions (after the quote, inverted
or not; before it with a colon; before a reported clause), gets the expected speaker. The grids are the checks the
nineteenth pass wrote its English and French adjunct rules against (docs/quotes.md item 21)."""

from __future__ import annotations

import itertools

import pytest

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes

EN_SUBJECTS = ["Jane Doe", "Doe", "the mayor", "Mayor Jane Doe", "Toronto Mayor Jane Doe", "city spokesperson Jane Doe",
               "Doe's lawyer", "police", "officials", "the company", "Health Canada"]
EN_ADJUNCTS = ["", " on Tuesday", " Tuesday", " in a statement", " in an interview", " at a news conference",
               " in an email to CBC News"]
FR_SUBJECTS = ["Jeanne Dupont", "la maire", "la maire de Lyon", "un porte-parole de la ville",
               "l'avocat de Jeanne Dupont", "la police", "les autorités", "le ministère de la Santé"]
FR_ADJUNCTS = ["", " mardi", " dans un communiqué", " à l'AFP", " lors d'une conférence de presse", " sur Twitter"]
FR_CUES = [("a déclaré", "déclaré"), ("a indiqué", "indiqué"), ("a ajouté", "ajouté"), ("a estimé", "estimé")]


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q["speaker"] and q["speaker"]["text"] for q in attribute(text, find_quotes(text), lang)]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


@pytest.mark.parametrize("adjunct", EN_ADJUNCTS)
def test_english_grid(adjunct):
    for subject in EN_SUBJECTS:
        q = '"We will not back down,"'
        for text, speaker in (
            (f"{q} {subject} said{adjunct}.", subject),
            (f"{q} said {subject}{adjunct}.", subject),
            (f'{_cap(subject)} said{adjunct}: "We will not back down."', _cap(subject)),
            (f"{_cap(subject)} said{adjunct} the city would not back down.", _cap(subject)),
        ):
            assert _speakers(text, "en") == [speaker], text


@pytest.mark.parametrize("adjunct", FR_ADJUNCTS)
def test_french_grid(adjunct):
    for subject, (cue, participle) in itertools.product(FR_SUBJECTS, FR_CUES):
        q = "« Nous ne reculerons pas »"
        for text, speaker in (
            (f"{q}, {cue}{adjunct} {subject}.", subject),
            (f"{_cap(subject)} {cue}{adjunct} : {q}.", _cap(subject)),
            (f"{_cap(subject)} {cue}{adjunct} que la ville ne reculerait pas.", _cap(subject)),
        ):
            assert _speakers(text, "fr") == [speaker], text
        inverted = f"{q}, a-t-elle {participle}{adjunct}."
        assert _speakers(inverted, "fr") == ["elle"], inverted


EN_FRAMES = ['{S} tweeted that the plan was "a disaster."', '{S} said the plan was "a disaster" and "unworkable."',
             '{S} warned the plan could be "a disaster."', '{S} slammed the plan as "a disaster."',
             '{S} praised the plan as "a great step."', '"It is a disaster," {s} wrote on Twitter.',
             '{S} has repeatedly said the plan is "a disaster."', '{S} previously called the plan "a disaster."',
             'The plan is "a disaster," {s} said.']


@pytest.mark.parametrize("template", EN_FRAMES)
def test_english_fragments_grid(template):
    # a fragment framed by a cue before it, or a statement with its cue after it (nineteenth pass: `slam`, `decry`
    # frame a fragment; `praised the plan as "…"`)
    for subject in ["Jane Doe", "the mayor", "Toronto Mayor Jane Doe", "a spokesperson for the city", "police",
                    "the company", "Health Canada", "critics", "the minister's office"]:
        text = template.replace("{S}", _cap(subject)).replace("{s}", subject)
        speaker = _cap(subject) if template.startswith("{S}") else subject
        got = [q["speaker"] and q["speaker"]["text"] for q in attribute(text, find_quotes(text), "en")
               if q["type"] != "indirect"]
        assert got and all(sp == speaker for sp in got), text
