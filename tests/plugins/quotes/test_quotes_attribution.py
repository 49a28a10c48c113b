"""Attribution rules, each in English and French: cue positions, speakers, split quotes, types, channels; quotes in
sequence: a split quote merges, a second cue or a new sentence keeps two quotes apart, a cue before a colon
introduces the next quote, a floating quote goes on with the reported speech by a name right before it, and an
anaphoric cleft (`C'est ce qu'a annoncé X.`) names the speaker of the sentence before."""

from __future__ import annotations

import pytest
from quote_rows import marked_rows, marked_speaker, quote_rows

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes


def run(text: str, lang: str | None = None) -> list[dict]:
    return attribute(text, find_quotes(text), lang)


def brief(text: str, q: dict) -> tuple:
    sp = q["speaker"]
    return (
        q["type"],
        text[q["start"] : q["end"]],
        sp and sp["text"],
        q["cue"] and q["cue"]["lemma"],
        q["channel"],
    )


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # inverted subject after the quote
        ("en", '"We will win," said Johnson.', ("direct", '"We will win,"', "Johnson", "say", "statement")),
        ("fr", "« Nous gagnerons », a déclaré Gonzalez.", ("direct", "« Nous gagnerons »", "Gonzalez", "déclarer",
                                                          "statement")),
        ("fr", "« Nous gagnerons », a tweeté Musk.", ("direct", "« Nous gagnerons »", "Musk", "tweeter", "tweet")),
        ("fr", "« Nous gagnerons », ajoute-t-elle.", ("direct", "« Nous gagnerons »", "elle", "ajouter", "statement")),
        ("fr", "« Nous gagnerons », dit-il.", ("direct", "« Nous gagnerons »", "il", "dire", "statement")),
        # normal order right after the quote, with and without a comma
        ("en", '"We will win," Johnson tweeted.', ("direct", '"We will win,"', "Johnson", "tweet", "tweet")),
        ("fr", "« Nous gagnerons » Johnson a tweeté.", ("direct", "« Nous gagnerons »", "Johnson", "tweeter",
                                                       "tweet")),
        # addressee: an interview
        ("en", '"We will win," Johnson told Reuters on Monday.', ("direct", '"We will win,"', "Johnson", "tell",
                                                                  "interview")),
        ("fr", "« Nous gagnerons », a déclaré Gonzalez à Ars.", ("direct", "« Nous gagnerons »", "Gonzalez",
                                                                "déclarer", "interview")),
        # cue before the quote, colon, non-verbal cues, dash
        ("en", 'Johnson said: "We will win."', ("direct", '"We will win."', "Johnson", "say", "statement")),
        ("fr", "Le ministre a déclaré : « Nous gagnerons. »", ("direct", "« Nous gagnerons. »", "Le ministre",
                                                              "déclarer", "statement")),
        ("fr", "Macron : « Le plan est mort. »", ("direct", "« Le plan est mort. »", "Macron", ":", "unknown")),
        ("en", 'According to the minister, "the plan is dead."', ("direct", '"the plan is dead."', "the minister",
                                                                  "according to", "unknown")),
        ("fr", "Selon le ministre, « le plan est mort ».", ("direct", "« le plan est mort »", "le ministre", "selon",
                                                           "unknown")),
        ("en", '"We will win." —Troy Roberts', ("direct", '"We will win."', "Troy Roberts", "—", "unknown")),
        # channels from context
        ("en", '"We will win," he wrote in a post on X.', ("direct", '"We will win,"', "he", "write", "tweet")),
        ("fr", "« Nous gagnerons », a écrit Dupont sur Facebook.", ("direct", "« Nous gagnerons »", "Dupont",
                                                                   "écrire", "post")),
        ("fr", "« Nous gagnerons », a déclaré le ministre dans un communiqué.", ("direct", "« Nous gagnerons »",
                                                                               "le ministre", "déclarer",
                                                                               "statement")),
    ],
)
def test_single_quote_rules(lang, text, expected):
    (q,) = run(text, lang)
    assert brief(text, q) == expected


@pytest.mark.parametrize(
    "lang, text, parts",
    [
        ("en", '"We will win," she said. "Nothing can stop us."', ["We will win,", "Nothing can stop us."]),
        ("en", '"We will win," she added, "and nothing can stop us."', ["We will win,",
                                                                        "and nothing can stop us."]),
        ("fr", "« Nous gagnerons », a tweeté Musk. « Rien ne nous arrêtera. »", ["Nous gagnerons",
                                                                                 "Rien ne nous arrêtera."]),
        ("fr", "« Nous gagnerons », Gonzalez a tweeté. « Rien ne nous arrêtera. »", ["Nous gagnerons",
                                                                                    "Rien ne nous arrêtera."]),
    ],
)
def test_split_quotes_merge(lang, text, parts):
    (q,) = run(text, lang)
    assert [text[a:b] for a, b in q["parts"]] == parts
    assert q["type"] == "direct" and q["speaker"] is not None


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", '"We will win," she said. "Nothing can stop us," he replied.'),
        ("fr", "« Nous gagnerons », a dit Marie. « Non », a répondu Paul."),
        ("fr", "« Nous gagnerons », a dit Marie.\n\n« Non. »"),  # another paragraph: not a split quote
    ],
)
def test_quotes_with_their_own_attribution_stay_apart(lang, text):
    assert len([q for q in run(text, lang) if q["type"] != "indirect"]) == 2


@pytest.mark.parametrize(
    "lang, text, speaker, mention",
    [
        ("en", '"We will win," said Mary Smith. Later, "nothing stops us," she said.', "Mary Smith", "she"),
        ("fr", "« Nous gagnerons », a déclaré Marie Dupont. Puis : « Rien ne nous arrêtera », a-t-elle ajouté.",
         "Marie Dupont", "elle"),
    ],
)
def test_pronoun_resolves_to_last_named_speaker(lang, text, speaker, mention):
    q = [q for q in run(text, lang) if q["type"] != "indirect"][-1]
    assert q["speaker"]["text"] == speaker
    assert q["speaker"]["mention"]["text"] == mention
    assert text[q["speaker"]["start"] : q["speaker"]["end"]] == speaker


@pytest.mark.parametrize(
    "lang, text",
    [("en", 'I said that we would go. "Fine," we said.'), ("fr", "J'ai dit que nous irions. « Bien », ai-je dit.")],
)
def test_first_person_outside_quotes_is_the_writer(lang, text):
    for q in run(text, lang):
        assert q["speaker"] is None


@pytest.mark.parametrize(
    "lang, text, speaker, lemma, content",
    [
        ("en", "Johnson said that the plan was dead.", "Johnson", "say", "that the plan was dead"),
        ("en", "The minister told reporters the plan was dead.", "The minister", "tell", "the plan was dead"),
        ("en", "Musk tweeted that the council would meet.", "Musk", "tweet", "that the council would meet"),
        ("fr", "Musk a affirmé qu'il ne formerait pas le conseil.", "Musk", "affirmer",
         "qu'il ne formerait pas le conseil"),
        ("fr", "Gonzalez a déclaré à ce moment-là que le plan était mort.", "Gonzalez", "déclarer",
         "que le plan était mort"),
    ],
)
def test_indirect_speech(lang, text, speaker, lemma, content):
    (q,) = run(text, lang)
    assert (q["type"], q["speaker"]["text"], q["cue"]["lemma"], text[q["start"] : q["end"]]) == (
        "indirect", speaker, lemma, content)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Il a fallu quatre jours sans que Trump ne tweete avant que Musk ne réponde."),
        ("fr", "Il avait annoncé ce plan au début du mois."),
        ("en", "He wrote so that nobody would know."),
        ("en", "The council announced a plan."),
    ],
)
def test_not_indirect_speech(lang, text):
    assert run(text, lang) == []


@pytest.mark.parametrize(
    "lang, text, fragment, speaker",
    [
        ("fr", "Le ministre a estimé que le plan était « mort-né » depuis longtemps.", "« mort-né »", "Le ministre"),
        ("en", 'The minister said the plan was "dead on arrival" and left.', '"dead on arrival"', "The minister"),
        ("fr", "Le projet de former un conseil « très diversifié » pour l'aider.", "« très diversifié »", None),
    ],
)
def test_mixed_quotes(lang, text, fragment, speaker):
    (q,) = [q for q in run(text, lang) if q["type"] != "indirect"]
    assert q["type"] == "mixed" and text[q["start"] : q["end"]] == fragment
    assert (q["speaker"] and q["speaker"]["text"]) == speaker


@pytest.mark.parametrize(
    "lang, text, fragment",
    [
        ("fr", "Lorsque « Chief Twit » Elon Musk a lancé un sondage, beaucoup ont réagi.", "« Chief Twit »"),
        ("en", 'The so-called "experts" disagreed.', '"experts"'),
        ("en", 'When "Chief Twit" Elon Musk launched a poll, many reacted.', '"Chief Twit"'),
    ],
)
def test_scare_quotes_have_no_speaker(lang, text, fragment):
    (q,) = run(text, lang)
    assert (q["type"], text[q["start"] : q["end"]], q["speaker"], q["cue"]) == ("scare", fragment, None, None)


def test_floating_continuation_takes_previous_speaker():
    text = "« Nous gagnerons », a déclaré Marie Dupont.\n« Rien ne nous arrêtera. »"
    first, second = run(text, "fr")
    assert second["speaker"]["text"] == "Marie Dupont" and second["cue"] is None


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "« Il a déclaré que rien ne va », selon Le Monde."),
        ("en", '"He said that nothing works," according to the paper.'),
    ],
)
def test_no_cue_is_read_inside_a_quote(lang, text):
    (q,) = run(text, lang)
    assert q["type"] == "direct" and q["cue"]["lemma"] in ("selon", "according to")


@pytest.mark.parametrize(
    "text",
    [
        "Ce n’est pas l’avis de Musk’s team, a déclaré Dupont.",
        "It's the students' choice, don't you think, Smith said.",
    ],
)
def test_apostrophes_make_no_quote(text):
    assert [q for q in run(text) if q["type"] != "indirect"] == []


def test_language_is_chosen_from_the_lexicons_when_unknown():
    fr = "« Nous gagnerons », a déclaré Gonzalez."
    en = '"We will win," said Johnson.'
    assert run(fr)[0]["cue"]["lemma"] == "déclarer"
    assert run(en)[0]["cue"]["lemma"] == "say"


def test_offsets_with_astral_characters():
    text = "😀😀 « Nous 🚀 gagnerons », a tweeté Musk 🎉. « Oui. »"
    (q,) = run(text, "fr")
    assert text[q["start"] : q["end"]] == "« Nous 🚀 gagnerons », a tweeté Musk 🎉. « Oui. »"
    assert text[q["speaker"]["start"] : q["speaker"]["end"]] == "Musk"
    assert text[q["cue"]["start"] : q["cue"]["end"]] == "a tweeté"


@pytest.mark.parametrize(
    "lang, text, typ, speaker, lemma",
    [
        ("de", "„Wir werden gewinnen“, sagte Merkel am Montag.", "direct", "Merkel", "sagen"),
        ("es", "«Vamos a ganar», dijo Sánchez.", "direct", "Sánchez", "decir"),
        ("it", "«Vinceremo», ha detto Draghi.", "direct", "Draghi", "dire"),
        ("pt", "“Vamos vencer”, disse Lula.", "direct", "Lula", "dizer"),
        ("de", "Merkel sagte, dass die Lage ernst sei.", "indirect", "Merkel", "sagen"),
        ("es", "Sánchez afirmó que la situación era grave.", "indirect", "Sánchez", "afirmar"),
    ],
)
def test_other_languages(lang, text, typ, speaker, lemma):
    (q,) = run(text, lang)
    assert (q["type"], q["speaker"]["text"], q["cue"]["lemma"]) == (typ, speaker, lemma)


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        ("fr", "Le prix a été décerné « pour leur contribution à la théorie des contrats ».\n\n"
               "— Académie royale des sciences de Suède\n\nLa suite.", "Académie royale des sciences de Suède"),
        ("en", 'The award was given "for their work on contract theory".\n\n—Royal Swedish Academy\n',
               "Royal Swedish Academy"),
    ],
)  # fmt: skip
def test_credit_line_after_the_paragraph(lang, text, speaker):
    (q,) = run(text, lang)
    assert q["speaker"]["text"] == speaker and q["cue"]["lemma"] == "—"


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        # a participle cue: the subject of the clause it hangs on, not its object
        ("en", 'The US military released a statement saying "The strike may have hit a clinic."', "The US military"),
        ("en", 'Regional director Major Carol Bailey paid tribute to Gilson, saying, "She was loved by all."',
         "Regional director Major Carol Bailey"),
        # the head of a chain of appositions and adjuncts, not its last name
        ("en", 'A spokesperson of the parent company, Snap, Inc., on Sunday, said, "We comply with local laws."',
         "A spokesperson of the parent company"),
        # a leading adjunct is no part of the speaker
        ("en", 'On May 12 Radio Free Asia reported that users get a "connection reset" message.',
         "Radio Free Asia"),
        # a subject shared by two cues around a quote
        ("fr", "L'Union européenne a condamné « l'attentat commis contre lui » et dénonce « une attaque "
         "inadmissible ».", "L'Union européenne"),
        # evaluative speech verbs frame a fragment
        ("en", 'The commissioner, Zeid Al Hussein, described the strike as "inexcusable" and asked for more.',
         "Zeid Al Hussein"),
        # an adverb in -ment between auxiliary and participle
        ("fr", "Le Rwanda a rapidement répondu : « Nous n'avons aucun intérêt à cela. »", "Le Rwanda"),
    ],
)  # fmt: skip
def test_speaker_rules(lang, text, speaker):
    quotes = [q for q in run(text, lang) if q["type"] != "indirect"]
    assert quotes[-1]["speaker"] is not None, quotes
    assert quotes[-1]["speaker"]["text"] == speaker


def test_lone_determiner_is_no_speaker():
    text = 'David Toska, the alleged mastermind of the "NOKAS robbery", was rumoured to know.'
    (q,) = [q for q in run(text, "en") if q["type"] != "indirect"]
    assert q["speaker"] is None or q["speaker"]["text"].lower() != "the"


@pytest.mark.parametrize(
    "lang, text, speaker, mention",
    [
        # an opening participle clause is an adjunct, not the subject
        ("fr", "Interrogé vendredi à Bordeaux, Alain Juppé a déclaré : « Non, c'est non. »", "Alain Juppé", None),
        ("en", 'Speaking to reporters Thursday, Colonel John Bolduc said: "We are investigating."',
         "Colonel John Bolduc", None),
        # `qu'il` after a clause: the pronoun is the subject (resolved to the last named speaker)
        ("fr", "« C'est faux », a dit Spicer. Il a critiqué la comparaison, qu'il a qualifiée de « honteuse ».",
         "Spicer", "il"),
    ],
)  # fmt: skip
def test_subject_after_adjuncts(lang, text, speaker, mention):
    q = [q for q in run(text, lang) if q["type"] != "indirect"][-1]
    assert q["speaker"]["text"] == speaker
    assert (q["speaker"].get("mention") or {}).get("text") == mention


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Labour Party leader Jeremy Corbyn called the move a "smash and grab on our democracy".', "Jeremy Corbyn"),
        ('As the Associated Press dubs it, the law is a "clumsy effort" to curb the practice.', "Associated Press"),
        # passives: the subject is named or described, it says nothing
        ('These pluggable modifications are called "mods" by players.', None),
        ('Under the new law, written by the minister, convicted "citizen journalists" face prison.', None),
    ],
)
def test_call_and_passives(text, speaker):
    (q,) = [q for q in run(text, "en") if q["type"] != "indirect"]
    got = q["speaker"] and q["speaker"]["text"]
    assert (speaker in got) if speaker else got is None, q


@pytest.mark.parametrize("text", [
    "It was reported that the talks had failed.",
    # thirty-second pass: an adverb that does not end in -ly between the auxiliary and the participle
    "It is also reported that the doctor bought propofol.",
    "It was further reported that she had been punched by prison guards.",
    "It was first reported that he was suspected of rape.",
])
def test_passive_report_is_no_indirect_speech(text):
    assert [q for q in run(text, "en") if q["type"] == "indirect"] == []


# -- quotes in sequence: split, floating and separate quotes ----------------------------------------------------
def test_a_second_cue_keeps_two_quotes_apart():
    text = "« Aucune attaque ne nous affaiblira » , a-t-il écrit sur Twitter, ajoutant que « le combat continue »."
    assert [t for t, _, _ in marked_rows(text, "fr")] == ["direct", "mixed"]
    text = "« A est là » , a tweeté Musk. « B est ici »"  # a split quote still merges
    assert len(marked_rows(text, "fr")) == 1


def test_a_split_quote_still_merges():
    text = "« Ce jour est historique », a déclaré Anne Roux. « Nous avons gagné. »"
    (typ, quote, speaker), = quote_rows(text, "fr")
    assert (typ, quote, speaker) == ("direct", text, "Anne Roux")


def test_a_quote_in_a_relative_clause_after_an_attribution_is_no_second_part():
    text = ("« Ce jour est historique » selon la maire de la ville, Anne Roux, qui se félicite de ne pas avoir "
            "« cédé aux pressions » pendant la campagne.")
    quotes = quote_rows(text, "fr")
    assert ("direct", "« Ce jour est historique »", "Anne Roux") in quotes
    assert ("mixed", "« cédé aux pressions »", "Anne Roux") in quotes


def test_a_cue_before_a_colon_introduces_the_next_quote():
    text = ("Anne Roux a déclaré : « Nous avons perdu. » Paul Durand a indiqué : « Il faut tout reprendre depuis "
            "le début. »")
    quotes = quote_rows(text, "fr")
    assert [(t, sp) for t, _, sp in quotes] == [("direct", "Anne Roux"), ("direct", "Paul Durand")]


def test_a_new_sentence_after_a_terminal_quote_is_no_attribution():
    text = ("Le procureur a confié : « Il y a des camps en Belgique. » Dans un article publié sur le site du "
            "quotidien, le procureur a confié au journal que rien n'était prouvé.")
    got = [(typ, sp, cue) for typ, _, sp, cue in quote_rows(text, "fr", cue="text") if typ != "indirect"]
    assert got == [("direct", "Le procureur", "a confié")]
    # an inverted cue after a quote still attributes it
    text2 = "« Il y a des camps en Belgique. » a déclaré le procureur."
    assert marked_speaker(text2, "fr") == "le procureur"


def test_anaphoric_cleft_names_the_speaker_of_the_sentence_before():
    text = ("Le Gouvernement a décidé de prendre en main la gestion de l'aéroport afin de « revoir les objectifs "
            "stratégiques du plan » . C'est ce qu'a annoncé aujourd'hui le président de la Région Auguste "
            "Rollandin.")
    assert quote_rows(text, "fr", cue="text")[0][2] == "le président de la Région Auguste Rollandin"
    # without the cleft the fragment keeps the subject of its own sentence
    plain = text.split(" . ")[0] + "."
    assert quote_rows(plain, "fr", cue="text")[0][2] == "Le Gouvernement"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Saddam Hussein said "No." During the hearing, Hussein argued that the judge was not legitimate. '
         '"I do not acknowledge this court."', "Hussein"),
        ('"We are sure," said Anna Berg. Terry Hicks, his father, said his son was pleased to be free. '
         '"He is on a high."', "Terry Hicks"),
        # nineteenth pass: the first quotation of the text, and a speaker titled by nouns of people before the name
        ('RSPCA chief inspector David O\'Shannessy told the ABC that surveillance should be commonplace. '
         '"The CCTV would send a strong signal."', "RSPCA chief inspector David O'Shannessy"),
        # with no quotation before, a body named by a noun of people too
        ('The police said the boy was free. "He is fine."', "The police"),
    ],
)  # fmt: skip
def test_a_floating_quote_goes_on_with_the_reported_speech_before_it(text, speaker):
    got = quote_rows(text, "en")
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
    got = quote_rows(text, "en")
    assert got[-1][0] == "direct" and got[-1][2] == speaker


# -- seventeenth pass: attributions after the quote ------------------------------------------------------------
@pytest.mark.parametrize(
    "lang, text, want",
    [
        # a time after the cue and its subject
        ("en", '"We will win," President Lula da Silva said last month in São Bernardo do Campo.',
         ("direct", "President Lula da Silva")),
        ("en", '"We will win," he said earlier this week.', ("direct", "he")),
        # a line wrapped after the comma
        ("en", '"We don\'t deny our relationship with this organization",\nMartínez said in relation to FARC.',
         ("direct", "Martínez")),
        # a cue coordinated with a reported question, or after the object of a first verb
        ("en", 'He told how he had met Fidel Castro, the leaders of Libya and Iraq and added: "I am proud of it."',
         ("direct", "He")),
        ("en", 'He visited the leaders of Libya and Iraq and said: "I am proud of it."', ("direct", "He")),
        # `Washington, D.C.` is one place before a participle
        ("en", 'Trump issued a statement at his golf club outside Washington, D.C. saying, "The simple fact is this '
               'election is far from over."', ("direct", "Trump")),
        # `as X put it`, between commas or dashes: a fragment glued into the sentence is mixed
        ("en", 'For four days, traffic "ground to a halt" — as the Supreme Court decision put it — at the bridge.',
         ("mixed", "Supreme Court")),
        ("en", 'The fund would not reward the "bad actors", as Schneiderman put it, who had contributed.',
         ("mixed", "Schneiderman")),
        # a credit after a spaced hyphen
        ("en", 'Tourists left. "Turkey is not a safe country. Tourists should not come" - website of the Kurdistan '
               'Freedom Falcons (Tak)', ("direct", "website of the Kurdistan Freedom Falcons")),
        # the agent of a cue's passive participle right after the quote
        ("fr", "Le ministre avait relevé la réplique ironique « C'est pas de votre faute ! » lancée par le député.",
         (None, "le député")),
        ("en", 'The note "I am going out in style" written by the gunman was found.', (None, "the gunman")),
    ],
)
def test_attribution_after_the_quote_seventeenth_pass(lang, text, want):
    typ, speaker = want
    (got,) = [(t, sp) for t, _, sp in quote_rows(text, lang) if t != "indirect"]
    assert got[1] == speaker
    assert typ is None or got[0] == typ


def test_no_attribution_after_the_quote():
    (got,) = [sp for t, _, sp in quote_rows('"We will win," he said last.', "en")]
    assert got is None  # `last` alone is no time
    # a clause after a spaced hyphen is no credit line
    text = 'Nobody confused “company freedom” - the mass media companies are a child of the dictatorship.'
    (got,) = [sp for t, _, sp in quote_rows(text, "en") if t != "indirect"]
    assert got is None


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", 'Fulton alluded to the Shakespearean phrase "Et tu, Brute?" in a post.'),
        ("fr", "Il a notamment été élu « Sportif le plus populaire des derniers 50 ans » et a reçu le Prix."),
        ("en", 'Jose Lopez Montero, also called "Caracho", handed himself in yesterday.'),
        ("en", 'Biden introduced an economic plan called "Build Back Better" designed to help.'),
        ("en", 'This latest operation by the group, dubbed "Operation Justice For Rehtaeh", led to concern.'),
    ],
)
def test_names_after_a_naming_phrase_are_scare(lang, text):
    assert [t for t, _, _ in quote_rows(text, lang)] == ["scare"]


def test_a_naming_verb_with_an_object_still_frames_someones_words():
    assert quote_rows('He called it "a disaster".', "en") == [("mixed", '"a disaster"', "He")]


def test_an_elected_official_speaking_is_no_title():
    text = "Le candidat estime qu'un élu « doit se tenir à l’écart des lobbys »."
    assert [t for t, _, _ in quote_rows(text, "fr")] != ["scare"]


def test_a_sentence_that_reports_nothing_introduces_the_next_quote():
    text = ('Fernandez said "hello". He was inspired by the sign. City Councilman David Ryu said in a statement. '
            '"Pranks of this nature deplete the resources of our public safety personnel". The term is slang.')
    assert [sp for _, _, sp in quote_rows(text, "en")] == ["Fernandez", "City Councilman David Ryu"]
    # an infinitive reports nothing of its own
    text2 = ("Marie Curie a parlé. Les internautes devaient répondre à une enquête d'opinion. « Ce fut la réponse "
             "la plus recueillie sur notre enquête. »")
    assert [sp for _, _, sp in quote_rows(text2, "fr")][-1] != "Les internautes"


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        # a lower-case title and its complement, then the name after the comma (the convention of every split)
        ("fr", "« C'est formidable », a déclaré le conseiller américain à la sécurité nationale, Robert O'Brien.",
         "Robert O'Brien"),
        # a relative after a name and its title: the name, not the organisation ending the title
        ("fr", "« A », a affirmé Kolawole Olaniyan, directeur du programme pour l'Afrique d'Amnesty International, qui "
               "a ajouté : « Nous demandons au gouvernement qu'il applique les procédures. »", "Kolawole Olaniyan"),
        # a name with a particle before its apposition
        ("en", 'He left. Munqith al-Faroon, a witness to the execution said: "two officials had their phones."',
         "Munqith al-Faroon"),
        # a participle with no comma before it that introduces a quotation, after a report
        ("en", 'Police in the U.K. confirm that the arrest has been made saying, "he remains in custody."',
         "Police in the U.K"),
        # `comme l'a <cue> X` after the quote
        ("fr", "Le collectif exige « 2,5 milliards d’euros tout de suite », comme l'a lancé son porte-parole, "
               "Olivier Goudet.", "Olivier Goudet"),
    ],
)  # fmt: skip
def test_speakers_from_check13(lang, text, speaker):
    """Seventeenth pass, from check13's errors (read after its two measurements)."""
    assert [sp for t, _, sp in quote_rows(text, lang) if t != "indirect"][-1] == speaker


def test_a_reflexive_verb_opening_a_quote_has_the_noun_phrase_before_it_as_subject():
    text = ("Après les réactions de Marine Le Pen , Manuel Valls et de diverses autres politiques, le pape François "
            "« s'associe à la douleur et à l'horreur » . Le Vatican condamne.")
    assert quote_rows(text, "fr")[0][2] == "le pape François"
    # an infinitive after `de` has no subject of its own
    text2 = "Le professeur Garber préconise ainsi de « s'attaquer à la pauvreté locale » et de réduire la croissance."
    assert quote_rows(text2, "fr")[0][2] != "Le professeur Garber préconise ainsi de"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a clause of its own after the inverted subject, a reference mark after the attribution
        ("« Avec Venise, tu gagnes le paradis » , avait déclaré le mineur tandis que le chef avait dit autre chose.",
         "le mineur"),
        ("« Nous rechercherons ce partenariat » avait confié Mme Ambrose à des journalistes [1]. Les libéraux ont ri.",
         "Mme Ambrose"),
        # `Pour X, <apposition>, « … »`: X
        ("Pour Giovanni Barocco, le président de la Mont-Émilius , « la piste cyclable offre 23 kilomètres. »",
         "Giovanni Barocco"),
    ],
)  # fmt: skip
def test_more_french_attributions_from_check13(text, speaker):
    assert [sp for t, _, sp in quote_rows(text, "fr") if t != "indirect"][0] == speaker


# -- eighteenth pass, from check14's errors (read after its measurements) ------------------------------------------
@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        # a phrase after the name too long for a speaker: the name before its `of`
        ("en", 'Bacteria.\n\n"We wanted to find out how these superbugs are spread — and whether" said lead author '
               "Professor David Livermore of the University of East Anglia's medical school.",
         "lead author Professor David Livermore"),
        # `said one.`: one of the people just named
        ("en", 'Two parents spoke. "They have ruined our lives," said one. In 2007, he left.', "one"),
        # a noun phrase, an apposition between commas, then the cue
        ("en", 'Flags burned. "The bad smell bothers us," one protester, a grammar school teacher, said. More.',
         "one protester"),
        # an acronym in parentheses, then the comma of an apposition before the cue
        ("fr", "Paul Finnegan, président de l'Association des anciens étudiants (HAA), a commenté la nouvelle : « Je "
               "suis très heureux. »", "Paul Finnegan"),
        # `l'annonce` after a participle is the noun, not a cue
        ("fr", "Paul Finnegan a commenté l'annonce dans ces termes : « Je suis très heureux. » Fin.", "Paul Finnegan"),
    ],
)  # fmt: skip
def test_speakers_from_check14(lang, text, speaker):
    assert [sp for t, _, sp in quote_rows(text, lang) if t != "indirect"][0] == speaker


def test_a_determiner_before_a_cue_form_makes_it_a_noun_only_after_a_preposition_or_a_participle():
    # an object pronoun after a subject or after `comme` keeps the verb
    assert quote_rows("« Je pars », il l'annonce.", "fr", cue="text")[0][3] == "annonce"
    text = "Elle pourrait aider, comme l'indique Chris McKay, scientifique de la NASA : « L'idée est bonne » ."
    assert "Chris McKay" in {sp for _, _, sp in quote_rows(text, "fr")}
    assert quote_rows("Télérama le qualifiant « expert douteux » , il part.", "fr", cue="text")[0][3] == "qualifiant"


@pytest.mark.parametrize(
    "text, rows",
    [
        # a naming relative's subject names the quote, whatever attribution follows
        ('They demanded the release of what they called "political prisoners", The Guardian reported.',
         [("mixed", '"political prisoners"', "they")]),
        # and the second name coordinated with the first
        ('Kupec criticized the decision, which Ross has referred to as "gamesmanship" and a "stunt".',
         [("mixed", '"gamesmanship"', "Ross"), ("mixed", '"stunt"', "Ross")]),
        # a passive naming relative names nobody
        ('He died in what is now referred to as "the killing fields", earning him a name.',
         [("scare", '"the killing fields"', None)]),
        # a thing named by a participle: a term, nobody speaks
        ('He specialized in removing people, a process called "exfiltration." He studied makeup.',
         [("scare", '"exfiltration."', None)]),
    ],
)  # fmt: skip
def test_naming_relatives_and_participles(text, rows):
    assert quote_rows(text, "en") == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        # a participle after a quote takes an object, never an inverted subject
        ("Le journal estime comme « une atteinte à la démocratie » qualifiant la tribune de la CGT de « tract "
         "appelant à retirer la loi » . Fin.",
         [("mixed", "« une atteinte à la démocratie »", "Le journal"),
          ("mixed", "« tract appelant à retirer la loi »", "Le journal")]),
        # a cue coordinated with the verb before the quote, after the quote's object or a relative clause
        ("Libération estime avoir « bien fait de refuser » la publication et ajoute que le journal « n’a jamais "
         "cédé » . Le Figaro dénonce des « blocages scandaleux » dont le journal est victime et estime qu'ils « "
         "témoignent de la surenchère » . Fin.",
         [("indirect", "avoir « bien fait de refuser » la publication", "Libération"),
          ("mixed", "« bien fait de refuser »", "Libération"),
          ("indirect", "que le journal « n’a jamais cédé »", "Libération"),
          ("mixed", "« n’a jamais cédé »", "Libération"),
          ("mixed", "« blocages scandaleux »", "Le Figaro"),
          ("indirect", "qu'ils « témoignent de la surenchère »", "Le Figaro"),
          ("mixed", "« témoignent de la surenchère »", "Le Figaro")]),
        # `, qui` after a document or a person object: that noun phrase
        ("Le BEA a naturellement publié un communiqué officiel, qui propose « d’éviter toute interprétation "
         "hâtive » . Fin.",
         [("mixed", "« d’éviter toute interprétation hâtive »", "un communiqué officiel")]),
        # a title, its name, a participle in apposition, then the cue: the name
        ("De son côté, le directeur général de Sprint, Marcelo Claure, cité dans le communiqué de son entreprise, "
         "a affirmé : « Nous sommes ravis. »",
         [("direct", "« Nous sommes ravis. »", "Marcelo Claure")]),
        # `vouloir dire` (to mean) reports nothing
        ("Le risque était qualifié de « marqué » par Météo-France, ce qui veut dire que des avalanches sont « "
         "possibles même par faible surcharge » . Fin.",
         [("mixed", "« marqué »", "Météo-France"),
          ("mixed", "« possibles même par faible surcharge »", "Météo-France")]),
        # an agreed participle with its agent reports; with no agent it only describes
        ("Ces tueries sont considérées par les premiers éléments de l'enquête comme une « vengeance » du groupe.",
         [("mixed", "« vengeance »", "les premiers éléments de l'enquête")]),
        ("Le moniteur, Laurent Ruiz, âgé de 59 ans et décrit comme « expérimenté » . Fin.",
         [("scare", "« expérimenté »", None)]),
        ("Alors que la mère avait, il y a quelques jours, qualifié cette hypothèse de « légende familiale » . Fin.",
         [("mixed", "« légende familiale »", "la mère")]),
    ],
)  # fmt: skip
def test_french_rules_from_check14(text, rows):
    assert quote_rows(text, "fr") == rows


def test_a_fragment_inside_reported_speech_has_the_speaker_of_the_report_sharing_its_cue():
    """Eighteenth pass: `which prosecutors said was designed to "overthrow"` (the reporter inside the relative)."""
    text = 'They held a poll they had carried out, which prosecutors said was designed to "overthrow" the government.'
    assert [(t, sp) for t, _, sp in quote_rows(text, "en")] == [("indirect", "prosecutors"), ("mixed", "prosecutors")]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # a floating quote nobody is found for, opening its sentence after a sentence of narrative: the words of its
        # subject when that is a person or a personal pronoun (nineteenth pass)
        ('John Smith arrived at the court on Tuesday. "I am innocent."', "en", "John Smith"),
        ("Pierre Péladeau a quitté la salle. Il a évoqué des raisons familiales.\n\n« J'ai choisi ma famille. »", "fr",
         "Pierre Péladeau"),
        # thirty-second pass: a lone surname before a gesture only a person makes
        ('Asked if he would run again, Johnson smiled. "Never say never."', "en", "Johnson"),
        ("Macron sourit. « On verra. »", "fr", "Macron"),
        # a thing, a place, a company or a word of another language is nobody
        ('The company lost money on Tuesday. "We are sorry."', "en", None),
        ('France won the match. "It is a great day."', "en", None),
        ("Die Auswertung dauert an. „Wir hoffen, dass die Datenrekorder geborgen werden.“", "fr", None),
        # the quote does not open its sentence
        ('Smith arrived at the court. Then "I am innocent" was heard.', "en", None),
    ],
)  # fmt: skip
def test_a_floating_quote_after_narrative_is_its_subjects(text, lang, speaker):
    got = quote_rows(text, lang, written=False)
    assert got[-1][2] == speaker, got


@pytest.mark.parametrize("text, channel", [
    ('Speaking on CBC Radio\'s The Current, Smith said the plan "makes no sense."', "interview"),
    ('"We will act," the minister said on CTV.', "interview"),
    ('In a video posted to YouTube, the activist said: "We will not stop."', "post"),
    ('"This is not the end," she said in a Facebook Live video.', "post"),
])  # fmt: skip
def test_canadian_broadcasters_and_posted_videos_name_the_channel(text, channel):
    """Thirtieth pass: the broadcasters of the interview channel were American, British and French only, and a
    video posted to YouTube or a Facebook Live was a statement."""
    got = [q for q in attribute(text, find_quotes(text), "en") if q["type"] != "indirect"]
    assert got and all(q["channel"] == channel for q in got)


@pytest.mark.parametrize("text", [
    "« Nous allons gagner », a déclaré le ministre dans les colonnes du Parisien.",
    "« Nous allons gagner », a affirmé le ministre sur les ondes de Radio-Canada.",
])
def test_a_newspapers_columns_and_a_stations_airwaves_are_an_interview(text):
    """Thirtieth pass: `dans les colonnes du Parisien`, `sur les ondes de Radio-Canada` gave a statement."""
    got = attribute(text, find_quotes(text), "fr")
    assert [q["channel"] for q in got] == ["interview"]


@pytest.mark.parametrize("text, lang", [
    ('Trump weighed in on his social media platform, writing: "Biden has destroyed our border!"', "en"),
    ('"We are closed," the company said on social media.', "en"),
    ("« Nous sommes fermés », a écrit la mairie sur les réseaux sociaux.", "fr"),
])  # fmt: skip
def test_social_media_is_a_post(text, lang):
    """Thirty-first pass: `on social media` and `sur les réseaux sociaux` named no channel (a statement)."""
    got = [q for q in attribute(text, find_quotes(text), lang) if q["type"] != "indirect"]
    assert got and all(q["channel"] == "post" for q in got)


@pytest.mark.parametrize("text, speaker", [
    ("« Les deux fonctionnaires ont été blessés », indique-t-on à la préfecture du Rhône.", "la préfecture du Rhône"),
    ("« Rien n'est décidé », a-t-on appris auprès du parquet de Lyon.", "parquet de Lyon"),
    ("« Il viendra mardi », explique-t-on dans l'entourage du ministre.", "l'entourage du ministre"),
    ("« Nous attendons », précise-t-on à Matignon.", "Matignon"),
])  # fmt: skip
def test_an_impersonal_on_stands_for_the_body_named_after_it(text, speaker):
    """Thirty-first pass: `indique-t-on à la préfecture` gave the speaker `on` (or a speaker of an earlier
    sentence); the body named after `à`, `auprès de`, `dans l'entourage de` is the source."""
    assert [(t, sp) for t, _, sp in quote_rows(text, "fr", written=True)] == [("direct", speaker)]


@pytest.mark.parametrize("text, lang, n", [
    ("« Il faut tourner la page », a estimé Édouard Philippe, invité de « C à vous » sur France 5.", "fr", 2),
    ("« C'est dur », explique-t-il, fatigué par six mois « de combat ».", "fr", 2),
    ('"The future is Stream", Wright wrote in the announcement, Stream "provides a platform for innovation."', "en", 2),
    # split quotes still merge: nothing or punctuation between the attribution and the second part
    ('"We stand ready" tweeted Johnson "to provide whatever help we can."', "en", 1),
    ("« A est là », dit-il, « B est ici ».", "fr", 1),
    ("« A est là », a déclaré X à l'AFP. « B est ici. »", "fr", 1),
])  # fmt: skip
def test_a_quote_inside_the_attribution_is_no_second_part(text, lang, n):
    """Thirty-second pass: a quote that the attribution's own words lead into (`invité de « C à vous »`, `fatigué par
    six mois « de combat »`) was merged into the quote before as its second part."""
    assert len([q for q in run(text, lang) if q["type"] != "indirect"]) == n


@pytest.mark.parametrize("text, lang", [
    ("Sur son compte X, le député a dénoncé « une honte ».", "fr"),
    ("Donald Trump a annoncé hier sur son compte Twitter sa volonté : « les États-Unis doivent renforcer leur "
     "capacité nucléaire »", "fr"),
    ('On his X account, Musk said the deal was "dead."', "en"),
])  # fmt: skip
def test_an_account_on_x_or_twitter_is_a_tweet(text, lang):
    """Thirty-second pass: `sur son compte X`, `on his X account` were statements (only `sur X` was a tweet)."""
    got = [q for q in attribute(text, find_quotes(text), lang) if q["type"] != "indirect"]
    assert got and all(q["channel"] == "tweet" for q in got)


@pytest.mark.parametrize("text, lang", [
    ("L'avion s'est écrasé sur une route. « On aurait dit qu'il n'avait plus de vitesse ». Il ajoute « Il y a eu une "
     "énorme boule de feu ».", "fr"),
    ('The plane crashed near the road. "It looked like it had no speed left." He added: "There was a huge fireball."',
     "en"),
    # a floating continuation too: the one who adds is nearer than the earlier quote's speaker
    ('"We are sorry," the organisers said. The crash shocked everyone. "It looked like it had no speed left." He '
     'added: "There was a huge fireball."', "en"),
])  # fmt: skip
def test_a_floating_quote_before_an_addition_is_the_adders(text, lang):
    """Thirty-second pass: `« … ». Il ajoute « … »`: the quote before the addition had no speaker, or the earlier
    quote's as a floating continuation."""
    rows = quote_rows(text, lang, written=True)
    assert rows[-2][2] == rows[-1][2] and rows[-1][2] in ("Il", "He"), rows


@pytest.mark.parametrize("text, lang, speaker", [
    ("Le maire a nié toute responsabilité. « Je n'en savais rien » , « mes services ont toujours respecté les "
     "règles » , a ainsi confié l'élu.", "fr", "l'élu"),
    ("Six personnes ont été blessées. « J'ai vu des élèves courir dans la rue. » « C'était la panique » , ont "
     "confié des témoins.", "fr", "des témoins"),
    ('The mayor left early. "I saw the crowd running." "It was total panic," witnesses said.', "en", "witnesses"),
])  # fmt: skip
def test_two_quotes_side_by_side_share_the_cue_after_the_second(text, lang, speaker):
    """Thirty-seventh pass (check17's convention): no attribution stands between them, so the cue after the
    second is the first's too, not the subject of the sentence before."""
    rows = quote_rows(text, lang, written=True)
    assert [sp for _, _, sp in rows] == [speaker, speaker], rows


def test_quotes_side_by_side_keep_their_own_cues():
    text = ("Le maire est parti tôt. « Nous partirons demain » , a dit Paul. « C'était la panique » , ont confié des "
            "témoins.")
    assert [sp for _, _, sp in quote_rows(text, "fr", written=True)] == ["Paul", "des témoins"]
    # a quote in the paragraph before is no neighbour
    text = 'The mayor left early. "I saw the crowd running."\n\n"It was total panic," witnesses said.'
    assert quote_rows(text, "en", written=True)[0][2] != "witnesses"


@pytest.mark.parametrize("text, speaker", [
    ('Chinese state news agency Xinhua quoted Shandong authorities, "Police vowed to punish illegal activities."',
     "Shandong authorities"),
    ('The paper quotes the mayor: "We will rebuild the bridge."', "the mayor"),
])  # fmt: skip
def test_the_one_quoted_speaks(text, speaker):
    """Thirty-seventh pass: `X quoted Y, "…"` (no `as saying`) gave a piece of X's noun phrase, or the clause
    before the colon; the one quoted speaks."""
    assert [(typ, sp) for typ, _, sp in quote_rows(text, "en", written=True)] == [("direct", speaker)]


def test_words_cried_out_are_the_criers():
    """Thirty-seventh pass (check13's convention): a reported shout inside someone's report is the crier's, while a
    reported report stays the outer reporter's (the twenty-fourth pass's `The student said a friend told her`)."""
    text = 'Witnesses said the women who accompanied Zhang shouted "beat her to death" before the attack.'
    assert [sp for typ, _, sp in quote_rows(text, "en") if typ != "indirect"] == ["the women who accompanied Zhang"]
    text = 'The student said a friend told her "four people have been shot" near the gym.'
    assert [sp for typ, _, sp in quote_rows(text, "en") if typ != "indirect"] == ["The student"]


def test_a_page_update_line_is_a_direct_quote_of_nobody():
    """Thirty-seventh pass (check7's convention): Wikinews' `Page actualisée : <date> — « <headline> »` line quotes
    the updated headline, a full statement of nobody (it was scare: a short capitalised title)."""
    text = ("Attentat contre un journal\n\nPage actualisée : 8 janvier 2015 — « France : les auteurs présumés "
            "identifiés » Publié le 7 janvier 2015\n\nDouze personnes sont mortes.")
    assert quote_rows(text, "fr") == [("direct", "« France : les auteurs présumés identifiés »", None)]
    text = "Le ministre a lu le titre « France : les auteurs présumés identifiés » à voix haute."
    assert quote_rows(text, "fr")[0][0] != "direct"


def test_a_message_by_its_author_after_a_time():
    """Thirty-seventh pass: `according to a tweet on Monday by X`: the author, past the time of the message (the
    tweet spoke)."""
    text = '"The airline transports weapons," according to a tweet on Monday by US Secretary of State Mike Pompeo.'
    assert quote_rows(text, "en") == [("direct", '"The airline transports weapons,"',
                                       "US Secretary of State Mike Pompeo")]


def test_the_one_heard_saying_it_speaks():
    """Thirty-seventh pass: after a French perception verb (`entendre`, `voir`), the noun phrase before an infinitive
    cue is its subject (`on` spoke)."""
    text = "Sur une vidéo, on peut entendre les assaillants crier « on a vengé le prophète » ."
    assert quote_rows(text, "fr") == [("direct", "« on a vengé le prophète »", "les assaillants")]


def test_a_message_from_its_author_before_a_colon():
    """Thirty-seventh pass: `issued the following statement from the king: "…"` is the king's (a mixed quote of
    nobody: the clause before the colon has no cue and its subject only issued the statement)."""
    text = ('The palace issued the following statement from the king: "Involvement of the royal family in politics '
            'is inappropriate."')
    assert [(typ, sp) for typ, _, sp in quote_rows(text, "en")] == [("direct", "the king")]


def test_the_speaker_window_never_cuts_a_word():
    """Thirty-seventh pass: the words read before a cue stop at a bounded distance; a word at that edge is taken
    whole (the speaker was `he NICRA`, the tail of `The`)."""
    text = ('The NICRA was an organisation, formed in early 1967, which campaigned against discrimination of the '
            'Roman Catholic minority in Northern Ireland and had five key demands: "one man, one vote".')
    speakers = [sp for _, _, sp in quote_rows(text, "en")]
    assert speakers and all(sp is None or sp.split()[0] in ("The", "NICRA") for sp in speakers)


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", 'The study was led by Jane Smith, a professor at Oxford, who said, "This is a big step for us all."',
     "Jane Smith"),
    ("en", 'The study was led by Jane Smith, the head of research at Oxford, who said, "This is a big step."',
     "Jane Smith"),
    ("fr", "L'étude a été menée par Jean Dupont, un professeur à l'université de Lyon, qui a déclaré : « C'est un "
           "grand pas. »", "Jean Dupont"),
])  # fmt: skip
def test_who_after_a_name_and_a_person_apposition_with_an_article_is_the_name(lang, text, speaker):
    """Thirty-ninth pass (check20): as a bare title (`Kolawole Olaniyan, directeur …, qui`), an apposition with an
    article that names a person's role stands between the name and `who`/`qui` (the place ending it spoke)."""
    assert [sp for t, _, sp in quote_rows(text, lang) if t != "indirect"] == [speaker]
