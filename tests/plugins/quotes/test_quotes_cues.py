"""Cues: the reporting verbs of the lexicons (``cues.py``), the complement each takes, and words spelt like a cue
that are none.

- `hail` and `plead` frame a fragment;
- narrow cues are no cues in their other sense (`rule`, `read`); the lemmas taken from the GenderGapTracker/textacy
  lists (`cite`, `notify`, `ensure`, …) report no speech without a clause or a quote; `parler de` is a cue only
  right before a quote, and `faire état` needs its object;
- `state` inside a title is no cue (`Secretary of State`, `head of state`), nor after a capitalised word inside a
  sentence; `media`, `news`, `press` before `report`/`reported` are a subject and its verb (`"…," media report.`),
  while `media reports` is a noun phrase.

Offsets and linear time: test_quotes_robustness.py."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows, speakers

from plugins.quotes.attribution import attribute
from plugins.quotes.cues import lemma_of
from plugins.quotes.marks import find_quotes


# -- reporting verbs that frame a fragment ----------------------------------------------------------------------
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
