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


US_SUBJECTS = ["Sen. Susan Collins, R-Maine,", "Rep. Adam Schiff, D-Calif.,", "Sen. Chuck Schumer, D-N.Y.,",
               "Senate Majority Leader Mitch McConnell, R-Ky.,"]


@pytest.mark.parametrize("subject", US_SUBJECTS)
def test_us_party_labels(subject):
    # a legislator's party and state between commas is no name of its own (twentieth pass)
    name = subject.split(",")[0]
    for text in (f"{subject} said the plan would fail.", f'{subject} said the plan was "a disaster."',
                 f'{subject} told reporters: "The plan will fail."', f'"The plan will fail," {subject} said.'):
        assert set(_speakers(text, "en")) == {name}, text
    text = f'"The plan will fail," said {subject} adding that the vote was close.'
    assert _speakers(text, "en") == [name, name], text
    assert _speakers("Doe, 45, said the plan would fail.", "en") == ["Doe"]


@pytest.mark.parametrize("source", ["two people familiar with the matter", "a person briefed on the talks",
                                    "sources close to the president", "the head of the agency", "a Trump aide",
                                    "the official familiar with the talks", "a senior administration official"])
def test_trailing_sources(source):
    # an inverted or trailing source at the sentence's end, with its modifiers (`familiar with …`) (twentieth pass)
    for text in (f"The review would take six months, according to {source}.",
                 f"According to {source}, the review would take six months.",
                 f"The review would take six months, said {source}.",
                 f"The review would take six months, said {source} on Tuesday."):
        got = [(q["type"], q["speaker"] and q["speaker"]["text"], text[q["start"] : q["end"]])
               for q in attribute(text, find_quotes(text), "en")]
        assert got and got[0][:2] == ("indirect", source), text
        assert "six months" in got[0][2], text


@pytest.mark.parametrize("addressee", ["reporters", "CNN", "The Associated Press on Tuesday",
                                       "reporters at the White House", "the newspaper", "NBC News in an interview"])
def test_told_at_sentence_end(addressee):
    # `<content>, X told reporters.`: the one told, then the end or an adjunct (twentieth pass)
    text = f"The review would take six months, the mayor told {addressee}."
    got = [(q["type"], q["speaker"] and q["speaker"]["text"]) for q in attribute(text, find_quotes(text), "en")]
    assert got == [("indirect", "the mayor")], text


def test_no_report_at_sentence_end_when_not_a_source():
    for text in ("The review would take six months, Doe told him to leave.",  # (an object and an infinitive)
                 "Ahmed-jan was shot four times with a pistol, Muhammad Haidar, who worked in her office told CNN.",
                 "However, criticism centred on the delays in the review, which Doe denies."):
        assert all(q["speaker"] is None or q["speaker"]["text"] not in ("Doe", "her office")
                   for q in attribute(text, find_quotes(text), "en")), text


@pytest.mark.parametrize("show", ["NBC's \"Meet the Press\"", "CBS' \"Face the Nation\"",
                                  "CNN's \"State of the Union\""])
def test_show_titles_after_their_network(show):
    # a title in title case after its owner's possessive is a name; the report around it goes on (twentieth pass)
    for text in (f"Jane Doe told {show} that the plan would fail.",
                 f"Jane Doe said on {show} that the plan would fail.",
                 f'"The plan will fail," Jane Doe said Sunday on {show}.'):
        got = [(q["type"], q["speaker"] and q["speaker"]["text"]) for q in attribute(text, find_quotes(text), "en")]
        assert ("scare", None) in got and len(got) == 2, text
        assert [sp for typ, sp in got if typ != "scare"] == ["Jane Doe"], text
    # a split quote around its attribution is still one quote
    text = '"The plan will fail," Doe said. "We Will Win."'
    assert [(q["type"], len(q["parts"])) for q in attribute(text, find_quotes(text), "en")] == [("direct", 2)]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", 'The mayor spoke to reporters on Monday. "The plan will fail. We are ready."', "The mayor"),
    ("fr", "Le ministre s'est rendu à Lyon lundi. « Le plan va échouer. Nous sommes prêts. »", "Le ministre"),
    ("en", 'The company reported losses on Monday. "We are worried about the plan."', None),
])
def test_floating_quote_after_a_titled_subject(lang, text, speaker):
    # a floating quote after narrative whose subject is a person's title (twentieth pass), not a body
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", 'Stockwell Day described the attack as "horrific" according to Agence France-Presse.', "Stockwell Day"),
    ("en", 'Police said the attack was "horrific" and "planned," according to Reuters.', "Police"),
    ("fr", "Le ministre a qualifié l'attaque d'« horrible », selon l'AFP.", "Le ministre"),
    ("en", 'The attack was "horrific," according to Reuters.', "Reuters"),
])
def test_fragment_framed_before_a_trailing_source(lang, text, speaker):
    # a fragment framed by its sentence's cue keeps that cue's subject; `according to` after it only reports it
    found = attribute(text, find_quotes(text), lang)
    got = {q["speaker"] and q["speaker"]["text"] for q in found if q["type"] == "mixed"}
    assert got == {speaker}, text


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", 'The suspect, police said, "had no known address."', "police"),
    ("en", 'Ludwig Koch, her father said, "We are ready."', "Ludwig Koch"),
    ("fr", "Le plan, a dit Jeanne Dupont, était « un désastre ».", "Jeanne Dupont"),
    ("fr", "Le plan, estime le ministre, est « un désastre ».", "le ministre"),
    ("fr", "Le maire, a indiqué la préfecture, a démissionné « pour raisons de santé ».", "la préfecture"),
    ("fr", "Le chef de la police, Andrew Hughes, a annoncé son intention de « tout dire » aux juges.", "Andrew Hughes"),
])
def test_asides_inside_the_clause(lang, text, speaker):
    # an attribution between commas inside the clause it reports, before a quote that goes on with the clause
    # (English, the quote in lower case) or before the rest of the clause (French, the subject after the verb)
    assert _speakers(text, lang) == [speaker], text


def test_a_french_participle_alone_is_no_aside():
    text = "Il restait à chiffrer le montant dû, estimé par l'entreprise américaine à 1,5 milliard d'euros."
    assert attribute(text, find_quotes(text), "fr") == []


@pytest.mark.parametrize(("lang", "text", "channel"), [
    ("en", '"We will win," Doe said on Fox News.', "interview"),
    ("en", '"We will win," Doe said Sunday on CNN\'s "State of the Union."', "interview"),
    ("fr", "« Nous gagnerons », a déclaré Jeanne Dupont sur France Inter.", "interview"),
    ("en", '"We will win," Doe said on Tuesday.', "statement"),
    ("en", 'Trump called on Fox News to fire the reporter, saying she was "a disgrace."', "statement"),
    ("it", "Il sindaco ha dichiarato su Twitter: «Un incendio terribile è in corso.»", "tweet"),
    ("es", "«Es un día histórico», escribió la ministra en X.", "tweet"),
    ("de", "„Wir bauen Radwege“, schrieb die Ministerin auf X.", "tweet"),
])
def test_broadcast_channel(lang, text, channel):
    # said on a broadcaster (a programme, an interview on air) is an interview (twentieth pass); `called on` is not;
    # `su`/`en`/`auf` X or Twitter is a tweet, as `on X` and `sur X` are
    found = attribute(text, find_quotes(text), lang)
    assert found and found[0]["channel"] == channel, (text, found)


@pytest.mark.parametrize(("text", "speaker"), [
    ('"The plan will fail," Cruz (R-Texas) said.', "Cruz"),
    ('"The plan will fail," Nancy Pelosi (D-Calif.) said.', "Nancy Pelosi"),
    ('"The plan will fail," the mayor (a Democrat) said.', "the mayor"),
    ('"The plan will fail," Trump, in a tweet, said.', "Trump"),
    ("Artist Zachary Cole Fernandez surrendered himself, the Los Angeles Police Department (LAPD) said.",
     "the Los Angeles Police Department"),
])
def test_subject_with_parenthesis_or_adjunct_before_a_closing_cue(text, speaker):
    # a short parenthesis or an adjunct between commas after the subject of a cue that closes the sentence
    assert _speakers(text, "en") == [speaker], text


@pytest.mark.parametrize("subject", ["François Fillon", "Marine Le Pen", "Le président Macron", "Le maire de Lyon"])
def test_french_cue_coordinated_after_a_verb_and_its_object(subject):
    # the (titled) name opening the clause, not the verb and object the cue is coordinated with (twentieth pass)
    text = f"{subject} refuse de se laisser abattre par ces accusations et annonce vouloir se battre « jusqu'au bout »."
    assert set(_speakers(text, "fr")) == {subject}, text


@pytest.mark.parametrize("verb", ["tacle", "raille", "cingle", "s'agace", "s'emporte", "grince", "tempère", "s'amuse",
                                  "peste", "analyse", "riposte", "tranche", "sourit", "plaisante"])
def test_french_manner_verbs_right_after_a_quote(verb):
    # verbs of manner are cues right after a quote and its comma only (twentieth pass); elsewhere most are nouns
    text = f"« Nous ne reculerons pas », {verb} le ministre."
    assert _speakers(text, "fr") == ["le ministre"], text


@pytest.mark.parametrize("text", ["Une tranche d'âge « sensible » est concernée.",
                                  "Il a fait une analyse « sérieuse ».", "La riposte « graduée » a été votée."])
def test_french_manner_verbs_are_nouns_elsewhere(text):
    assert _speakers(text, "fr") == [None], text


@pytest.mark.parametrize("verb", ["snapped", "fumed", "chuckled", "deadpanned", "grumbled", "ventured", "countered",
                                  "summarized"])
def test_english_manner_verbs_closing_a_quote(verb):
    # past forms of verbs of manner close a quote (twentieth pass), inverted or not; `countered` too, which
    # elsewhere is a cue only before `that`
    for text in (f'"We will not back down," the mayor {verb}.', f'"We will not back down," {verb} the mayor.'):
        assert _speakers(text, "en") == ["the mayor"], text


@pytest.mark.parametrize("text", ['The ice cracked under "heavy" loads.',
                                  'The mayor snapped a photo of the "new" bridge.',
                                  'An analysis of memes showed "Dementia Joe" as a popular nickname.'])
def test_english_manner_verbs_elsewhere_report_nothing(text):
    assert _speakers(text, "en") == [None], text


def test_a_clause_after_an_aside_is_no_apposition():
    # `, the city will sue` after `Doe said` is the second part of the report, not the speaker's apposition
    text = "If the plan fails, Doe said, the city will sue."
    found = attribute(text, find_quotes(text), "en")
    assert [(q["type"], q["speaker"]["text"], len(q["parts"])) for q in found] == [("indirect", "Doe", 2)]
    assert text[found[0]["parts"][1][0] : found[0]["parts"][1][1]] == "the city will sue"


RANKS = ["Cpl.", "Pvt.", "Maj.", "Adm.", "Cmdr.", "Supt.", "Insp.", "Det.", "Cst.", "Const.", "Coun.", "Cllr.",
         "Ald.", "Atty.", "Rev.", "Hon.", "Msgr.", "Fr.", "Det. Const.", "Staff Sgt.", "Maj. Gen."]


@pytest.mark.parametrize("rank", RANKS)
def test_rank_abbreviations_end_no_sentence(rank):
    """`RCMP Cpl. Jane Doe said`: the period of a rank or title is no sentence end, so the name keeps its cue (the
    quote had become a scare quote with no speaker)."""
    for text in (f'"The investigation is ongoing," RCMP {rank} Jane Doe said.',
                 f'"The investigation is ongoing," said {rank} Jane Doe.',
                 f"{rank} Jane Doe said the investigation is ongoing."):  # fmt: skip
        assert _speakers(text, "en") == [("RCMP " if "RCMP" in text else "") + f"{rank} Jane Doe"], text


@pytest.mark.parametrize("title, name", [
    ("Ontario's chief medical officer of health", "Dr. David Williams"),
    ("the head of the World Health Organization", "Tedros Adhanom Ghebreyesus"),
    ("the director of the Centre for Disease Control in Atlanta", "Jane Doe"),
    ("the union's president", "Jane Doe"),
])  # fmt: skip
def test_name_in_apposition_to_a_long_title_before_the_cue(title, name):
    """`"…," Ontario's chief medical officer of health, Dr. David Williams, said`: a title headed by a noun of people,
    up to twelve words, then the name between commas (titles of more than five words gave no speaker)."""
    q = '"The numbers are going up,"'
    assert _speakers(f"{q} {title}, {name}, said Tuesday.", "en") == [name]
    if " for " not in title:  # (inverted, the speaker after the cue stops at `for`: `the director of the Centre`)
        assert _speakers(f"{q} said {title}, {name}.", "en") == [name]


def test_long_phrase_before_a_name_without_a_noun_of_people_stays_no_speaker():
    text = '"The numbers are going up," in the middle of the worst week of the pandemic so far, Jane Doe said.'
    assert _speakers(text, "en") != ["in the middle of the worst week of the pandemic so far"]


@pytest.mark.parametrize("insertion", ["45", "whose son was killed in 2019", "who lost her son in 2019",
                                       "a mother of three", "the union's president"])
def test_bare_report_after_a_subject_and_its_insertion(insertion):
    """`Doe, 45, said the city needs more police.`: the clause after `said` is Doe's report (it had been read as
    `<content>, said <inverted subject>`, the content `Doe, 45` and the speaker `the city needs more police`)."""
    text = f"Doe, {insertion}, said the city needs more police."
    (q,) = attribute(text, find_quotes(text), "en")
    assert (q["type"], q["speaker"]["text"], text[q["start"] : q["end"]]) == (
        "indirect", "Doe", "the city needs more police")


def test_trailing_inverted_attribution_still_ends_the_sentence():
    text = "Two people died in the fire on Monday night, said the head of the agency."
    (q,) = attribute(text, find_quotes(text), "en")
    assert (text[q["start"] : q["end"]], q["speaker"]["text"]) == ("Two people died in the fire on Monday night",
                                                                   "the head of the agency")


@pytest.mark.parametrize("text, lang, speaker", [
    ("Doe's message was clear: \"We will not back down.\"", "en", "Doe"),
    ("The message from Jane Doe was clear: \"We will not back down.\"", "en", "Jane Doe"),
    ("The union's response was blunt: \"We will not back down.\"", "en", "The union"),
    ("Le message de Jeanne Dupont est clair : « Nous ne reculerons pas. »", "fr", "Jeanne Dupont"),
    ("The message was clear: \"We will not back down.\"", "en", None),  # (whose: not said)
])  # fmt: skip
def test_quote_after_a_clause_naming_whose_message_it_is(text, lang, speaker):
    """`Doe's message was clear: "…"`: the owner of the message speaks (the quote was a mixed one, with the
    speaker `Doe's` or none)."""
    (q,) = attribute(text, find_quotes(text), lang)
    assert (q["type"] if speaker else "direct", q["speaker"] and q["speaker"]["text"]) == ("direct", speaker)


@pytest.mark.parametrize("subject", ["one resident", "a local resident", "Doe", "the mayor"])
@pytest.mark.parametrize("cue", ["said", "told CBC News"])
def test_relative_clause_with_its_own_cue_before_the_quotes_cue(subject, cue):
    """`"…," one resident, who asked not to be named, told CBC News`: `asked` is the relative clause's, `told` the
    quote's cue (the quote had no attribution and became a scare quote)."""
    text = f'"We are scared," {subject}, who asked not to be named, {cue}.'
    assert _speakers(text, "en") == [subject]


@pytest.mark.parametrize(("lang", "text", "speaker", "lemma"), [
    ("en", '"You just keep going," Jane Doe laughs.', "Jane Doe", "laugh"),
    ("en", '"Why me?" he shrugged.', "he", "shrug"),  # (`?" Doe` would open a new sentence)
    ("en", '"We made it," Mr. Smith beamed.', "Mr. Smith", "beam"),
    ("en", '"Great," Doe smiled, "let us go."', "Doe", "smile"),
    ("en", '"It was nothing," Doe nodded.', "Doe", "nod"),
    ("fr", "Jeanne Dupont a perdu sa maison. « On continue », se désole-t-elle.", "Jeanne Dupont", "désoler"),
    ("fr", "Paul Martin a gagné. « On continue », rigole-t-il.", "Paul Martin", "rigoler"),
])
def test_incise_with_a_verb_outside_the_lexicon(lang, text, speaker, lemma):
    # an incise right after a quote says who speaks whatever its verb (twenty-second pass): a subject and one verb
    # form that ends the clause after `,"`, `?"`, `!"` in English; a verb with its inverted clitic in French
    found = attribute(text, find_quotes(text), lang)
    assert [(q["type"], q["speaker"] and q["speaker"]["text"], q["cue"]["lemma"]) for q in found] == [
        ("direct", speaker, lemma)], text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", '"Love Story," Swift released in 2008.'),  # (the verb does not end the clause: a title)
    ("en", '"We are ready." Doe smiled.'),  # (no comma: a new sentence)
    ("en", '"Done," The Times reports.'.replace("reports", "needs")),  # (not a verb of manner)
    ("fr", "« Le Monde », peut-on y lire."),  # (`on` cites a document; `peut` is a modal)
])
def test_no_incise_without_its_frame(lang, text):
    found = attribute(text, find_quotes(text), lang)
    assert all(q["cue"] is None or q["cue"]["lemma"] not in ("release", "smile", "need", "pouvoir", "peut")
               for q in found), (text, found)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", 'The mayor spoke. "We are here to stay." That\'s what Mayor Jane Doe told reporters Tuesday.',
     "Mayor Jane Doe"),
    ("en", '"We are here to stay. We will not leave." That was the message from union leader Jane Doe on Tuesday.',
     "union leader Jane Doe"),
    ("en", '"We are here to stay." Those were the words of Mayor Jane Doe.', "Mayor Jane Doe"),
    ("en", '"We need more nurses." That\'s how Jane Doe, a nurse in Regina, puts it.', "Jane Doe"),
    ("en", '"We need more nurses," is how Jane Doe puts it.', "Jane Doe"),
    ("en", '"We are working on it," was all Jane Doe would say.', "Jane Doe"),
    ("fr", "« Nous resterons. » C'est ce qu'a déclaré la maire Jeanne Dupont mardi.", "la maire Jeanne Dupont"),
])
def test_back_reference_after_a_quote(lang, text, speaker):
    # the sentence after a quotation names its speaker (twenty-second pass): it wins over a floating continuation
    assert _speakers(text, lang) == [speaker], text


@pytest.mark.parametrize("addressee", ["CBC News Network's Power and Politics", "CBC's Power & Politics",
                                       "the Standing Committee of Finance and Economic Affairs"])
def test_told_a_long_name_that(addressee):
    # a name that goes on through `&`, `and`, `of` before `that` is the one told (twenty-second pass)
    text = f"Doe told {addressee} on Wednesday that the budget was a mistake."
    got = [(q["type"], q["speaker"]["text"], text[q["start"] : q["end"]]) for q in attribute(text, [], "en")]
    assert got == [("indirect", "Doe", "that the budget was a mistake")], text
    text = "Justice Bromberg told the court Bolt's articles would have offended a reasonable member of the community."
    assert [text[q["start"] : q["start"] + 6] for q in attribute(text, [], "en")] == ["Bolt's"]


@pytest.mark.parametrize(("text", "speaker", "lemma"), [
    ("« Ça fait mal », laisse tomber M. Tremblay.", "M. Tremblay", "laisser tomber"),
    ("Marie Tremblay a tout perdu. « On verra », a-t-elle laissé tomber.", "Marie Tremblay", "laisser tomber"),
    ("« C'est une question de temps », croit le professeur Jean Roy, de l'Université Laval.",
     "le professeur Jean Roy", "croire"),
    ("« Tout est possible », a soutenu en point de presse la ministre Geneviève Guilbault.",
     "la ministre Geneviève Guilbault", "soutenir"),
    ("« Tout est possible », a déclaré en entrevue le maire Bruno Marchand.", "le maire Bruno Marchand", "déclarer"),
    ("« Il faut agir », estime le directeur de santé publique, le Dr Horacio Arruda.", "Dr Horacio Arruda",
     "estimer"),
])
def test_quebec_news_incises(text, speaker, lemma):
    # Quebec dailies' incises (twenty-second pass): `laisse tomber X`, `croit X`, an adjunct of a press briefing or
    # an interview before the inverted subject, a doctor's title after its article in an apposition
    found = attribute(text, find_quotes(text), "fr")
    assert [(q["type"], q["speaker"]["text"], q["cue"]["lemma"]) for q in found] == [("direct", speaker, lemma)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Aux yeux du syndicat, cette entente est « historique ».", "syndicat"),
    ("Aux yeux de Marie Tremblay, la décision est « incompréhensible ».", "Marie Tremblay"),
    ("Aux yeux des experts, c'est « une erreur ».", "experts"),
    ("Pour Marie Tremblay, la décision est « incompréhensible ».", "Marie Tremblay"),
])
def test_french_view_frames(text, speaker):
    # `Aux yeux de X,` frames a view as `Pour X,` does (twenty-second pass): the fragment is X's
    found = attribute(text, find_quotes(text), "fr")
    assert [(q["type"], q["speaker"]["text"], q["cue"]["lemma"]) for q in found] == [("mixed", speaker, "pour")]
