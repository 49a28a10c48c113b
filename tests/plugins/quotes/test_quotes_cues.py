"""Cues: the reporting verbs of the lexicons (``cues.py``), the complement each takes, and words spelt like a cue
that are none.

- reporting verbs of news: a that/que clause for every one; a direct quote for those that also report a statement
  (`a fait savoir le ministre`, `the senator reaffirmed`); and only a that/que clause for verbs whose other sense is
  common (`found that` but `was found dead`, `montre que` but `montre ses papiers`: flag "t", ``Lexicon.that_only``);
  `hail` and `plead` frame a fragment;
- narrow cues are no cues in their other sense (`rule`, `read`); the lemmas taken from the GenderGapTracker/textacy
  lists (`cite`, `notify`, `ensure`, …) report no speech without a clause or a quote; `parler de` is a cue only
  right before a quote, and `faire état` needs its object;
- `state` inside a title is no cue (`Secretary of State`, `head of state`), nor after a capitalised word inside a
  sentence; `media`, `news`, `press` before `report`/`reported` are a subject and its verb (`"…," media report.`),
  while `media reports` is a noun phrase.

Offsets and linear time: test_quotes_robustness.py."""

from __future__ import annotations

import pytest
from quote_rows import indirect_rows, quote_rows, speakers

from plugins.quotes.attribution import attribute
from plugins.quotes.cues import lemma_of, lexicon
from plugins.quotes.marks import find_quotes


# -- reporting verbs and their complements ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, content, speaker, lemma",
    [
        ("The inquiry found that the pilots had ignored two warnings.", "en",
         "that the pilots had ignored two warnings", "The inquiry", "find"),
        ("Figures released on Monday show that unemployment fell for a third month.", "en",
         "that unemployment fell for a third month", "Figures released on Monday", "show"),
        ("The defendant swore that he had never met the witness.", "en",
         "that he had never met the witness", "The defendant", "swear"),
        ("The minister hinted that taxes could rise next year.", "en", "that taxes could rise next year",
         "The minister", "hint"),
        ("The coach countered that his players had been tired.", "en", "that his players had been tired",
         "The coach", "counter"),
        ("The bank recognized that its forecasts had been wrong.", "en", "that its forecasts had been wrong",
         "The bank", "recognize"),
        ("The senator reaffirmed that the bill would pass this week.", "en", "that the bill would pass this week",
         "The senator", "reaffirm"),
        ("Economists speculated that the central bank would cut rates.", "en",
         "that the central bank would cut rates", "Economists", "speculate"),
        ("The governor underlined that the curfew remains in force.", "en", "that the curfew remains in force",
         "The governor", "underline"),
        ("La préfecture a fait savoir que la route resterait fermée jusqu'à lundi.", "fr",
         "que la route resterait fermée jusqu'à lundi", "La préfecture", "faire savoir"),
        ("Les syndicats font valoir que les salaires n'ont pas suivi l'inflation.", "fr",
         "que les salaires n'ont pas suivi l'inflation", "Les syndicats", "faire valoir"),
        ("Le ministre a laissé entendre qu'il pourrait démissionner.", "fr", "qu'il pourrait démissionner",
         "Le ministre", "laisser entendre"),
        ("L'étude montre que les abeilles reconnaissent les visages.", "fr",
         "que les abeilles reconnaissent les visages", "L'étude", "montrer"),
        ("La direction conteste que des salariés aient été menacés.", "fr",
         "que des salariés aient été menacés", "La direction", "contester"),
        ("Le maire a objecté que le budget ne le permettait pas.", "fr", "que le budget ne le permettait pas",
         "Le maire", "objecter"),
    ],
)  # fmt: skip
def test_reporting_verbs_report_a_that_clause(text, lang, content, speaker, lemma):
    assert (content, speaker, lemma) in indirect_rows(text, lang, cue="lemma")


@pytest.mark.parametrize(
    "text, lang, quote, speaker, lemma",
    [
        ("« Nous ne céderons rien », a fait savoir le ministre.", "fr", "« Nous ne céderons rien »", "le ministre",
         "faire savoir"),
        ("« Le dossier est clos », assène la procureure.", "fr", "« Le dossier est clos »", "la procureure",
         "asséner"),
        ('"The party stands united," the senator reaffirmed.', "en", '"The party stands united,"', "the senator",
         "reaffirm"),
    ],
)  # fmt: skip
def test_statement_verbs_attribute_a_direct_quote(text, lang, quote, speaker, lemma):
    assert ("direct", quote, speaker, lemma) in quote_rows(text, lang, cue="lemma")


def test_a_fragment_in_a_that_only_clause_is_mixed_with_its_speaker():
    text = 'The study found that the drug was "remarkably safe" in adults.'
    assert ("mixed", '"remarkably safe"', "The study", "find") in quote_rows(text, "en", cue="lemma")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The body of the climber was found near the summit on Sunday.", "en"),
        ("The officers found the car in a field and showed it to the press.", "en"),
        ("The new mayor was sworn in on Monday.", "en"),
        ("Le policier montre ses papiers au gardien et trouve la porte fermée.", "fr"),
        ("Les deux pays ont convenu d'une trêve et garantissent la sécurité des civils.", "fr"),
    ],
)  # fmt: skip
def test_that_only_verbs_in_their_other_sense_are_no_cue(text, lang):
    lex = lexicon(lang)
    assert any(c[2] in lex.that_only for c in lex.find_cues(text))  # the lexicon sees them; attribution drops them
    assert indirect_rows(text, lang, cue="lemma") == []


def test_that_only_verbs_never_attribute_a_quote():
    text = 'Rescuers found the boy. "He is safe," the sergeant said.'
    (typ, quote, speaker, lemma), = quote_rows(text, "en", cue="lemma")
    assert (typ, speaker, lemma) == ("direct", "the sergeant", "say")
    text = '"He is safe," rescuers found.'  # `found` with no `that` after it: no cue, so no speaker
    assert all(lemma != "find" for *_, lemma in quote_rows(text, "en", cue="lemma"))


def test_the_lexicon_lists_that_only_verbs():
    assert {"find", "show", "swear", "hint"} <= lexicon("en").that_only
    assert {"montrer", "trouver", "garantir", "contester", "convenir"} <= lexicon("fr").that_only
    assert not lexicon("en").that_only & {"say", "tell", "reaffirm", "imply"}
    assert {"find", "show", "reaffirm", "imply"} <= lexicon("en").indirect


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ('The senator hailed the ruling as "historic" on Friday.', '"historic"', "The senator"),
        ('The defendant pleaded "not guilty" at the opening of the trial.', '"not guilty"', "The defendant"),
    ],
)
def test_hail_and_plead_frame_a_fragment(text, fragment, speaker):
    assert ("mixed", fragment, speaker) in quote_rows(text, "en")


# -- narrow cues and their lemmas -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'Hissène Habré, who ruled Chad until 1990, was called "the African Pinochet".',
        'The Hollywood sign was modified to read "Hollyweed" overnight.',
        "The rules that apply here were written long ago.",
        "Ahmed-jan was taken to hospital, where he remained under Taliban rule that day.",
    ],
)
def test_narrow_cues_are_no_cues_in_their_other_sense(text):
    for q in attribute(text, find_quotes(text), "en"):
        assert not q["cue"] or q["cue"]["lemma"] not in ("rule", "read"), q


def test_lemmas_of_narrow_and_loud_cues():
    assert [lemma_of(w, "fr") for w in ("renchérit", "rectifie")] == ["renchérir", "rectifier"]
    assert [lemma_of(w, "en") for w in ("ruled", "reads", "screamed", "yelling")] == ["rule", "read", "scream", "yell"]


@pytest.mark.parametrize(
    "text",
    [
        # cue words of the lists that are no reporting speech here
        "The total was 290 electoral votes by AP's reckoning, and it was cited for speeding.",
        "He was cited for bravery in 2019 and notified of the award by mail.",
        "The think tank accepted the award and ensured a smooth handover.",
    ],
)
def test_list_lemmas_report_no_speech_without_a_clause_or_quote(text):
    assert quote_rows(text, "en", cue="text") == []


def test_list_lemmas_map_back():
    for form, lemma in [("cited", "cite"), ("citing", "cite"), ("notified", "notify"), ("reconfirmed",
                        "reconfirm"), ("affirmed", "affirm"), ("parle", "parler")]:
        assert lemma_of(form, "fr" if lemma == "parler" else "en") == lemma
    assert lemma_of("reckoning", "en") is None and lemma_of("disagreed", "en") is None


@pytest.mark.parametrize(
    "text",
    [
        "Il parle de sa famille. « Nous partons demain », a-t-il dit.",  # `parler de` with no quote right after
        "La Corée du Sud parle de la situation depuis hier.",
    ],
)
def test_parler_is_a_cue_only_right_before_a_quote(text):
    assert all(cue != "parle" for _, _, _, cue in quote_rows(text, "fr", cue="text"))


def test_faire_etat_needs_its_object():
    assert quote_rows("Le gouvernement a fait état de progrès importants.", "fr", cue="text") == []
    assert lemma_of("fait état", "fr") == "faire état"


# -- nouns spelt like a cue: state, report ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The US Secretary of State, Jane Doe, revealed that the talks had "failed".', "Jane Doe"),
        ('The head of state told reporters that the vote was "a disgrace".', "The head of state"),
        ('The Minister of State said that the vote was "a disgrace".', "The Minister of State"),
        ('The Secretary of State for Health said that the plan was "sound".', "The Secretary of State for Health"),
        ('Secretary of State Jane Doe said that the plan was "sound".', "Secretary of State Jane Doe"),
    ],
)  # fmt: skip
def test_state_inside_a_title_is_no_cue(text, speaker):
    got = quote_rows(text, "en", cue="text")
    assert {row[2] for row in got} == {speaker}
    assert all(row[3] != "State" and row[3] != "state" for row in got)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The officials state that the plan is \"sound\".", "The officials"),
        ('Police in Washington state said that the road was "closed".', "Police in Washington state"),
    ],
)  # fmt: skip
def test_state_as_a_verb_or_a_noun_is_unchanged(text, speaker):
    assert speakers(text, "en") == {speaker}


def test_state_after_a_capitalised_word_inside_a_sentence_is_a_noun():
    text = ("An investigation has been ordered by Devendra Fadnavis, the chief minister of Maharashtra state. "
            '"We will act," said Uttarakhand state government spokesperson Madan Kaushik.')
    got = quote_rows(text, "en", cue="text")
    assert [q for q in got if q[0] == "indirect"] == []
    assert [sp for typ, _, sp, _ in got if typ != "indirect"] == [
        "Uttarakhand state government spokesperson Madan Kaushik"
    ]
    # a plural subject opening its sentence still states
    police = "Police state that the man was arrested on Monday."
    assert [(typ, sp) for typ, _, sp, _ in quote_rows(police, "en", cue="text")] == [("indirect", "Police")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Troops are ready to shoot in case of "conflict spillover," media report.', "media"),
        ("State media reported the plane's recorder was \"recovered\".", "State media"),
        ('Local media have described the attacks as "a tragedy".', "Local media"),
    ],
)  # fmt: skip
def test_media_as_a_subject_reports(text, speaker):
    assert speakers(text, "en") == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # `media reports`, `news reports`: a noun phrase, the subject of the cue after it
        ('Media reports said the troops were "ready".', "Media reports"),
        ('"The troops are ready," news reports said.', "news reports"),
        # `no reported`: an adjective, no cue
        ('There were no reported "incidents" in the city.', None),
    ],
)  # fmt: skip
def test_press_nouns_before_reports_stay_nouns(text, speaker):
    assert speakers(text, "en") == {speaker}


def test_communiquer_with_its_auxiliary_attributes_and_the_noun_does_not():
    text = "« Nous sommes mobilisés pour la libération de notre compatriote » , a-t-il communiqué."
    assert [(t, sp) for t, _, sp in quote_rows(text, "fr")] == [("direct", "il")]
    for text in ("Dans un nouveau communiqué, le ministère a confirmé la nouvelle.",
                 "Toshiba a affirmé dans son communiqué qu'un support sera assuré."):
        assert "communiqué" not in {cue for *_, cue in quote_rows(text, "fr", cue="text")}, quote_rows(text, "fr")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a cue form used as a noun (nineteenth pass): after a possessive, or after a determiner and a few words with
        # punctuation or a preposition after it; the reporter of the clause speaks
        ('Denis MacShane has said that Marty\'s report "has more holes than a Swiss cheese."', "Denis MacShane"),
        ('Amnesty International compared the facility to a "gulag" in its annual human rights report.', None),
    ],
)  # fmt: skip
def test_a_cue_form_used_as_a_noun_is_no_cue(text, speaker):
    assert speakers(text, "en") == {speaker}


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # the verbs stay cues: a pronoun's `'s`, a clause after a plural subject, a verb at the sentence's end
        ("He's said the town has fallen to the rebels.", "the town has fallen to the rebels", "He"),
        ("The rebels claim that the town has fallen.", "that the town has fallen", "The rebels"),
        ("The fire was started by a fault, the Xinhua news agency reports.", "The fire was started by a fault",
         "the Xinhua news agency"),
    ],
)  # fmt: skip
def test_cue_forms_that_stay_verbs(text, content, speaker):
    assert (content, speaker) in indirect_rows(text, "en")


@pytest.mark.parametrize("text, rows", [
    ("The researchers also found in 36 states most of the people were affected by pollution.", []),
    ("Officials in all 50 states said that the vote was fair.",
     [("that the vote was fair", "Officials in all 50 states")]),
    ("The report states that the plan failed.", [("that the plan failed", "The report")]),
])  # fmt: skip
def test_states_after_a_number_is_the_noun(text, rows):
    """Twenty-fourth pass: `in 36 states` is no cue (the speaker was `The researchers also found in 36`)."""
    assert indirect_rows(text, "en") == rows
