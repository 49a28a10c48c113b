"""Who speaks when the sentence gives no cue next to a quotation, or gives it after an apposition:

- an impersonal `il` (`il s'agit`, `il faut`, `il y a`) is nobody: it never takes a speaker from the pronouns;
- a fragment nobody was found for inside reported speech is the words of that speech's speaker (`Il pourrait
  s'agir de « … », a précisé X`);
- `Pour X, <adverb between commas>, il s'agit d'« A » et d'« B »`: X, for both fragments;
- a title with its name between commas as the subject of the sentence gives the name (`Le président américain,
  Donald Trump, a félicité … et se dit « … »`);
- `Name, <title> qui considère …`: the name before the apposition, as without the relative.

Their negative cases, and offsets after astral characters. Every sentence here is invented."""

from __future__ import annotations

import time

import pytest
from quote_rows import quote_rows

EMOJI = "🇫🇷👩‍👩‍👧 𝔄𝔟😀.\n"  # astral characters and a ZWJ sequence before the text: offsets are code points


def _speakers(text: str, lang: str, written: bool = False) -> dict[str, str | None]:
    return {quote: sp for _typ, quote, sp in quote_rows(text, lang, written=written)}


@pytest.mark.parametrize("prefix", ["", EMOJI])
@pytest.mark.parametrize(
    "sentence",
    [
        "Il s'agit de « l'une des pires tragédies en mer ».",
        "Il pourrait s'agir de « l'une des pires tragédies en mer ».",
        "Il faut « tout changer » dans ce pays.",
        "Il y a eu « l'une des pires tragédies en mer ».",
        "Il ne faudrait pas « tout changer » dans ce pays.",
    ],
)
def test_an_impersonal_il_is_nobody(prefix, sentence):
    text = prefix + "Flavio Di Giacomo a parlé aux journalistes. " + sentence
    assert set(_speakers(text, "fr").values()) == {None}


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a évoqué « l'une des pires tragédies en mer ».",
        "Il s'est dit « très inquiet » pour la suite.",
        "Il affirme qu'il s'agit de « l'une des pires tragédies en mer ».",
    ],
)
def test_a_personal_il_still_resolves_to_the_last_speaker(sentence):
    text = "Flavio Di Giacomo a parlé aux journalistes. " + sentence
    assert set(_speakers(text, "fr").values()) == {"Flavio Di Giacomo"}


@pytest.mark.parametrize("prefix", ["", EMOJI])
def test_a_fragment_inside_reported_speech_is_its_speakers(prefix):
    text = (prefix + "Le porte-parole Flavio Di Giacomo a parlé. Il pourrait s'agir de « l'une des pires tragédies "
            "en mer » depuis le début de la crise, a précisé M. Di Giacomo.")
    rows = quote_rows(text, "fr")
    assert ("mixed", "« l'une des pires tragédies en mer »", "M. Di Giacomo") in rows
    assert {sp for typ, _q, sp in rows if typ == "indirect"} == {"M. Di Giacomo"}


@pytest.mark.parametrize(
    "text, speakers",
    [
        ("Pour Erdogan, au contraire, il s'agit d'« un moment historique » et d'« un changement très sérieux ».",
         {"« un moment historique »": "Erdogan", "« un changement très sérieux »": "Erdogan"}),
        ("Pour Erdogan, il s'agit d'« un moment historique ».", {"« un moment historique »": "Erdogan"}),
        # a list of names is no coordinated fragment of one speaker
        ("Les chansons « Stand by Me » et « Spanish Harlem » sont connues.",
         {"« Stand by Me »": None, "« Spanish Harlem »": None}),
    ],
)  # fmt: skip
def test_pour_x_with_an_incise_speaks_for_each_coordinated_fragment(text, speakers):
    assert _speakers(text, "fr") == speakers


@pytest.mark.parametrize("prefix", ["", EMOJI])
@pytest.mark.parametrize(
    "text, lang, quote, speaker",
    [
        ("Le président américain, Donald Trump, a félicité E. Macron pour sa « grande victoire » et se dit "
         "« impatient de travailler avec lui ».", "fr", "« impatient de travailler avec lui »", "Donald Trump"),
        ('The mayor of London, Sadiq Khan, praised the response and thanked "the police and the emergency services '
         'for their courage".', "en", '"the police and the emergency services for their courage"', "Sadiq Khan"),
    ],
)  # fmt: skip
def test_a_title_with_its_name_between_commas_speaks_by_its_name(prefix, text, lang, quote, speaker):
    assert _speakers(prefix + text, lang)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # no name between commas: the title speaks
        ("Le président américain a félicité E. Macron pour sa « grande victoire » et se dit « impatient de "
         "travailler avec lui ».", "« impatient de travailler avec lui »", "Le président"),
        # a place between commas is no apposed name
        ("Le ministre, à Paris, a félicité E. Macron pour sa « grande victoire » et se dit « impatient de "
         "travailler avec lui ».", "« impatient de travailler avec lui »", "Le ministre"),
    ],
)  # fmt: skip
def test_without_an_apposed_name_the_title_speaks(text, quote, speaker):
    assert _speakers(text, "fr")[quote] == speaker


@pytest.mark.parametrize("prefix", ["", EMOJI])
def test_a_name_before_a_titled_apposition_and_its_relative_speaks(prefix):
    text = (prefix + "« Les hôpitaux sont visés », a ajouté Massimiliano Rebaudengo, le chef de mission de MSF pour "
            "la Syrie qui considère qu'il s'agit « d'une attaque délibérée ».")
    rows = quote_rows(text, "fr")
    assert {sp for _t, _q, sp in rows} == {"Massimiliano Rebaudengo"}
    assert {t for t, _q, _sp in rows} == {"direct", "indirect", "mixed"}


def test_a_relative_after_a_clause_keeps_its_own_antecedent():
    # the words before `who` are a clause (a verb), not an apposition of the name before the comma
    text = ("According to Victor Hugo Rodrigues Alves, a referee would be contacted by phone by Fayad who would "
            "inform the referee that the match was \"fixed\".")
    assert {sp for typ, _q, sp in quote_rows(text, "en") if typ == "indirect"} == {"Fayad"}


@pytest.mark.parametrize("unit", ["Il s'agit de « a », ", "Pour X, au contraire, il s'agit d'« a » et d'« b », ",
                                  "Le chef, Jean Dupont, qui considère « a », "])
def test_long_runs_stay_linear(unit):
    def seconds(n: int) -> float:
        text = unit * n
        t0 = time.process_time()
        quote_rows(text, "fr")
        return time.process_time() - t0

    small, big = seconds(200), seconds(1600)
    assert big < max(0.05, small) * 8 * 3, (small, big)


@pytest.mark.parametrize("prefix", ["", EMOJI])
@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("La première ministre britannique, Theresa May, « félicite chaleureusement » Emmanuel Macron.", "fr",
         "Theresa May"),
        ("Le ministre « regrette profondément » cette décision.", "fr", "Le ministre"),
        ('The minister "condemned in the strongest terms" the attack.', "en", "The minister"),
    ],
)  # fmt: skip
def test_a_quote_that_opens_with_a_reporting_verb_is_its_subjects(prefix, text, lang, speaker):
    assert [(typ, sp) for typ, _q, sp in quote_rows(prefix + text, lang)] == [("mixed", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a visité l'usine « Regrette Rien » hier.",  # a capitalised name, no verb
        "Le ministre a lu « déclare » sur la page.",  # words between the subject and the quote
        "La « déclaration » du ministre est attendue.",  # a noun, not a verb form
    ],
)
def test_no_subject_for_a_quote_without_a_leading_verb_right_after_it(text):
    assert [sp for _typ, _q, sp in quote_rows(text, "fr")] == [None]


@pytest.mark.parametrize("prefix", ["", EMOJI])
@pytest.mark.parametrize(
    "second, speaker, cue",
    [
        ("La ministre a quant à elle déploré « un manque de moyens ».", "La ministre", "a quant à elle déploré"),
        ("« Il faut agir », a, de son côté, annoncé la ministre.", "la ministre", "annoncé"),
        ("« Il faut agir », a quant à elle déploré la ministre.", "la ministre", "a quant à elle déploré"),
        ("Les syndicats ont pour leur part estimé que la réforme était « injuste ».", "Les syndicats",
         "ont pour leur part estimé"),
    ],
)  # fmt: skip
def test_an_aside_between_auxiliary_and_participle_hides_neither_cue_nor_speaker(prefix, second, speaker, cue):
    text = prefix + "« Nous sommes prêts », a déclaré Paul. " + second
    rows = quote_rows(text, "fr", cue="text", written=False)
    assert rows[0][2:] == ("Paul", "a déclaré")
    assert {row[2:] for row in rows[1:]} == {(speaker, cue)}  # a quote of its own, not a part of Paul's
