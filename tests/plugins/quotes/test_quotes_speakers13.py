"""Thirteenth pass (speakers of general constructions, from the errors of check7):

- an auxiliary left between a subject and an adverb or an incise is no part of the subject (`Chen has publicly
  admitted`, `Analysts have, however, suggested`, `Elles ont, par ailleurs, affirmé`), and an incise between commas
  after an auxiliary is not the subject (`la mère avait, il y a quelques jours, qualifié`);
- inverted `read` with a document and no author gives the document (`"…", read the warning.`);
- a marked yes or no alone is a term, even after a cue (`Les Suisses disent « non »`);
- a name apposed to a title and its body after an inverted cue speaks (`said a political analyst from the Delhi
  University, Mahesh Rangarajan`);
- French present participles missing from the cue table report (`en prévenant que`);
- no name is apposed to a document source (`According to official statements, Trump, …`);
- a capitalised name right after a noun is a name inside reported speech too (`l'organisation « État islamique »`);
- `media`, `news`, `press` before `report`/`reported` are a subject and its verb (`"…," media report.`);
- a floating quote right after reported speech by a name goes on with that name (`Hussein argued that … . "…"`).

Their negative cases, offsets with astral characters and linear time (random mixtures: test_quotes_mixtures.py).
Every sentence here is invented."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows

_quotes = quote_rows


def _speakers(text: str, lang: str) -> set[str | None]:
    return {sp for _, _, sp in _quotes(text, lang)}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('Chen has publicly admitted that the money was "a mistake".', "en", "Chen"),
        ('The minister had repeatedly said that the plan was "doomed".', "en", "The minister"),
        ('The ministry has, in a statement, warned that the camp is "full".', "en", "The ministry"),
        ('Analysts have, however, suggested that the plan is "doomed".', "en", "Analysts"),
        ("Elles ont, par ailleurs, affirmé que le projet était « mort-né ».", "fr", "Elles"),
        ("Un employé de la police a, de son côté, annoncé que le suspect était « armé ».", "fr",
         "Un employé de la police"),
        ("Ce dernier aurait, par courriel, expliqué que la somme était « due ».", "fr", "Ce dernier"),
    ],
)  # fmt: skip
def test_an_auxiliary_before_an_adverb_or_incise_is_no_part_of_the_subject(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("Le fils a parlé, alors que sa mère avait, il y a quelques jours, qualifié cette hypothèse de « légende "
         "familiale ».", "fr", "sa mère"),
        ("Le fils est parti, alors que le maire avait, il y a deux ans, déclaré que la ville était « en faillite ».",
         "fr", "le maire"),
        ('The company was sold, but Chen has, since then, admitted that it was "a mistake".', "en", "Chen"),
    ],
)  # fmt: skip
def test_an_incise_after_an_auxiliary_is_not_the_subject(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # a capitalised word spelt like an auxiliary is a word of the name
        ("Le groupe A a déclaré que le vote était « truqué ».", "fr", "Le groupe A"),
        # no incise: the subject is unchanged
        ('Analysts suggested that the plan is "doomed".', "en", "Analysts"),
        ("Le ministre, visiblement ému, a déclaré que le vote était « truqué ».", "fr", "Le ministre"),
        # an incise after a name, not after an auxiliary: the apposition rules decide, as before
        ('John Smith, the minister, said that the plan was "doomed".', "en", "John Smith"),
    ],
)  # fmt: skip
def test_subjects_without_a_trailing_auxiliary_keep_their_words(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"The storm will be severe," read the warning. It was issued at noon.', "the warning"),
        ('"Go home," reads a sign outside the embassy.', "a sign"),
        ('"We are heartbroken", reads a press release.', "a press release"),
        # with an author, the author speaks, as before
        ('"The storm will be severe," read a statement from the agency.', "the agency"),
    ],
)  # fmt: skip
def test_inverted_read_gives_the_document(text, speaker):
    assert _quotes(text, "en", cue="lemma") == [("direct", text[: text.index('"', 1) + 1], speaker, "read")]


@pytest.mark.parametrize(
    "text",
    [
        # `read` with a person or after `to`: no inverted cue
        '"Go home," read the minister, smiling.',
        'He was "very surprised" to read the reports.',
    ],
)  # fmt: skip
def test_read_without_a_document_is_no_inverted_cue(text):
    assert all(row[3] != "read" for row in _quotes(text, "en", cue="lemma"))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les Suisses disent « non » pour une caisse maladie unique.", "fr"),
        ("Les électeurs ont clairement dit «\u202fnon\u202f» au projet.", "fr"),
        ("Le parti soutient le président et le « oui » au référendum.", "fr"),
        ('Voters said "yes" to the plan.', "en"),
    ],
)  # fmt: skip
def test_a_marked_yes_or_no_alone_is_a_term(text, lang):
    assert [(typ, sp) for typ, _, sp in _quotes(text, lang)] == [("scare", None)]


@pytest.mark.parametrize(
    "text, lang, row",
    [
        ("Il a crié « Non ! » avant de partir.", "fr", ("direct", "Il")),
        ('She screams, "No!" and runs.', "en", ("direct", "She")),
        ('Asked about it, De La Fuente gave a terse "no."', "en", ("mixed", "De La Fuente")),
        ("Le ministre a dit « non, jamais » au projet.", "fr", ("mixed", "Le ministre")),
        ("« Non », dit Paul.", "fr", ("direct", "Paul")),
        ('Asked about the plan, the minister said: "no".', "en", ("direct", "the minister")),
    ],
)  # fmt: skip
def test_an_answer_with_its_punctuation_or_more_words_is_speech(text, lang, row):
    assert [(typ, sp) for typ, _, sp in _quotes(text, lang)] == [row]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('"It is bad," said a political analyst from the Delhi University, Mahesh Rangarajan.', "en",
         "Mahesh Rangarajan"),
        ('"It is bad," said a spokesman for the ministry, John Smith, on Monday.', "en", "John Smith"),
        ("« C'est grave », a déclaré un analyste à l'université de Delhi, Mahesh Rangarajan.", "fr",
         "Mahesh Rangarajan"),
        # the period that ends the sentence is no part of the name; an initial keeps its period
        ('"It is bad," said the director of the Border Force, M L Kumawat.', "en", "M L Kumawat"),
        ('"It is bad," said a spokesman for the ministry, John F.', "en", "John F."),
    ],
)  # fmt: skip
def test_a_name_apposed_to_a_title_and_its_body(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # no name after the comma: the title speaks
        ('"It is bad," said a spokesman for the army, Monday.', "a spokesman"),
        ('"It is bad," said a resident in the town, who asked not to be named.', "a resident"),
        # no title before the preposition
        ('"It is bad," said Smith from the village, John Doe.', "Smith"),
    ],
)  # fmt: skip
def test_no_name_apposed_after_a_title_body(text, speaker):
    assert _speakers(text, "en") == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("La Russie a mis en garde les États-Unis en prévenant qu'il pourrait y avoir des « conséquences "
         "négatives ».", "La Russie"),
        ("Le syndicat a rompu les discussions en avertissant que la grève serait « longue ».", "Le syndicat"),
        # a participle's subject ends at the verb of its clause, an imperfect too
        ("Le maire refusait toute discussion, affirmant que la loi était « injuste ».", "Le maire"),
    ],
)  # fmt: skip
def test_french_present_participles_report(text, speaker):
    got = _quotes(text, "fr")
    assert {sp for _, _, sp in got} == {speaker}
    assert "mixed" in {typ for typ, _, _ in got}


def test_nouns_that_end_like_an_imperfect_are_no_verb():
    text = "Le portrait du maire, affirmant que la loi était « injuste », a choqué."
    assert _speakers(text, "fr") == {"Le portrait du maire"}


@pytest.mark.parametrize(
    "text, lang, speaker, content",
    [
        ('According to official statements, Trump, who was in Florida, was "furious".', "en",
         "official statements", 'Trump, who was in Florida, was "furious"'),
        ('According to court documents, Smith, 45, was "armed".', "en", "court documents", 'Smith, 45, was "armed"'),
        ("Selon des documents judiciaires, Jean Dupont, 45 ans, était « armé ».", "fr", "des documents judiciaires",
         "Jean Dupont, 45 ans, était « armé »"),
    ],
)  # fmt: skip
def test_no_name_is_apposed_to_a_document_source(text, lang, speaker, content):
    got = _quotes(text, lang)
    assert ("indirect", content, speaker) in got
    assert {sp for _, _, sp in got} == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a person: the apposed name speaks, as before
        ('According to his lawyer, John Smith, the man was "innocent".', "John Smith"),
        # a document with no name after it keeps the older rules (no speaker here)
        ('According to reports, the militants were "armed".', None),
    ],
)  # fmt: skip
def test_person_sources_and_bare_documents_are_unchanged(text, speaker):
    assert _speakers(text, "en") == {speaker}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le Pentagone annonce que les États-Unis ont largué une bombe contre l'organisation « État islamique ».",
         "fr"),
        ("Selon des officiers, la bombe ciblait des militants du groupe « État islamique » à Achin.", "fr"),
        ("Il s'est rendu à Dongzhou selon le journal hong-kongais « Ming Pao Daily News ».", "fr"),
        ('Officials said the attack was claimed by the group "Islamic State".', "en"),
    ],
)  # fmt: skip
def test_a_name_after_a_noun_inside_reported_speech_is_a_name(text, lang):
    got = _quotes(text, lang)
    assert [(typ, sp) for typ, _, sp in got if typ != "indirect"] == [("scare", None)]


@pytest.mark.parametrize(
    "text, lang, row",
    [
        # right after the cue: the cue's words
        ('Trump tweeted "Happy New Year" to his followers.', "en", ("direct", "Trump")),
        # near a cue and its addressee, or a sentence: the cue's words
        ("Le suspect a déclaré aux policiers « Je regrette ».", "fr", ("direct", "Le suspect")),
        # lower case after a noun: someone's words
        ("Le ministre a dénoncé une opération « illégale et dangereuse ».", "fr", ("mixed", "Le ministre")),
    ],
)  # fmt: skip
def test_words_after_a_cue_or_in_lower_case_stay_speech(text, lang, row):
    assert [(typ, sp) for typ, _, sp in _quotes(text, lang) if typ != "indirect"] == [row]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Troops are ready to shoot in case of "conflict spillover," media report.', "media"),
        ("State media reported the plane's recorder was \"recovered\".", "State media"),
        ('Local media have described the attacks as "a tragedy".', "Local media"),
    ],
)  # fmt: skip
def test_media_as_a_subject_reports(text, speaker):
    assert _speakers(text, "en") == {speaker}


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
    assert _speakers(text, "en") == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Saddam Hussein said "No." During the hearing, Hussein argued that the judge was not legitimate. '
         '"I do not acknowledge this court."', "Hussein"),
        ('"We are sure," said Anna Berg. Terry Hicks, his father, said his son was pleased to be free. '
         '"He is on a high."', "Terry Hicks"),
    ],
)  # fmt: skip
def test_a_floating_quote_goes_on_with_the_reported_speech_before_it(text, speaker):
    got = _quotes(text, "en")
    assert got[-1][0] == "direct" and got[-1][2] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # words between the reported speech and the quote: the previous quotation's speaker, as before
        ('"We are sure," said Anna Berg. Hicks said his son was free. The family went home. "He is fine."',
         "Anna Berg"),
        # reported speech whose speaker is a common noun phrase: the previous quotation's speaker, as before
        ('"We are sure," said Anna Berg. The police said the boy was free. "He is fine."', "Anna Berg"),
    ],
)  # fmt: skip
def test_a_floating_quote_keeps_the_previous_speaker_otherwise(text, speaker):
    got = _quotes(text, "en")
    assert got[-1][0] == "direct" and got[-1][2] == speaker


def test_offsets_with_astral_characters():
    text = (
        '🎉 Chen 𝔸 Wu has publicly admitted 😀 that the money was "a mistake". 👩🏽‍⚖️ Analysts have, 𝔸 however, '
        'suggested that the plan is "doomed".'
    )
    got = _quotes(text, "en")
    assert {sp for _, _, sp in got} == {"Chen 𝔸 Wu", "Analysts"}
    fr = _quotes(
        "😀 Le fils a parlé, alors que la 𝔸 mère avait, il y a 👩🏽‍⚖️ deux jours, qualifié l'idée de « légende ».", "fr"
    )
    assert [sp for _, _, sp in fr] == ["la 𝔸 mère"]
    assert _quotes("😀 Les 𝔸 Suisses disent « non » 👩🏽‍⚖️.", "fr") == [("scare", "« non »", None)]
    assert _speakers('"Bad," said an analyst from 😀 the 𝔸 University, Maya 𝔸 Rao.', "en") == {"Maya 𝔸 Rao"}
    assert _speakers("😀 La 𝔸 Russie a averti 👩🏽‍⚖️ en prévenant qu'il y aurait des « pertes ».", "fr") == {
        "La 𝔸 Russie"
    }
    doc = _quotes('😀 According to 𝔸 statements, Ana 𝔸 Ruiz, 👩🏽‍⚖️ 40, was "calm".', "en")
    assert {sp for _, _, sp in doc} == {"𝔸 statements"}
    named = _quotes("😀 Selon 𝔸 X 👩🏽‍⚖️, la bombe visait l'organisation « État 𝔸 islamique ».", "fr")
    assert [(typ, q, sp) for typ, q, sp in named if typ != "indirect"] == [("scare", "« État 𝔸 islamique »", None)]
    assert _speakers('😀 "Troops 𝔸 are ready," 👩🏽‍⚖️ media report.', "en") == {"media"}
    cont = _quotes('😀 "No," said Li. Then Ana 𝔸 Ruiz argued that it was over. "It 👩🏽‍⚖️ is."', "en")
    assert cont[-1] == ("direct", '"It 👩🏽‍⚖️ is."', "Ana 𝔸 Ruiz")
    read = _quotes('😀 "Go 👩🏽‍⚖️ home," read the 𝔸 warning.', "en")
    assert read == [("direct", '"Go 👩🏽‍⚖️ home,"', "the 𝔸 warning")]


@pytest.mark.parametrize(
    "unit, lang",
    [('Chen has publicly admitted that it was "a mistake". ', "en"),
     ('Analysts have, however, suggested that it is "doomed". ', "en"),
     ("Le fils a parlé, alors que la mère avait, il y a deux jours, qualifié l'idée de « légende ». ", "fr"),
     ('"Go home," read the warning. ', "en")],
)  # fmt: skip
def test_linear_time_on_long_runs(unit, lang, assert_linear_attribution):
    assert_linear_attribution(unit, lang, 100, 400)
