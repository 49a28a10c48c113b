"""Offsets with astral characters (emoji, ZWJ sequences, mathematical letters) and linear time on long runs, for the
rules of test_quotes_speakers_*.py, test_quotes_reported_speech.py, test_quotes_types.py and test_quotes_cues.py
(random mixtures of their words: test_quotes_mixtures.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_rows import indirect_rows, quote_rows, speaker_list, speakers

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes


# -- offsets with astral characters -----------------------------------------------------------------------------
def test_offsets_with_astral_characters_participles_and_clefts():
    pre = "👩🏽‍⚖️🙂 "
    text = pre + ("Felix Kulaije 🙂, an army spokesperson, suggested that the group was behind it, saying that "
                  '"we suspect them 🙂." C\'est ce qu\'a annoncé 👩🏽‍⚖️ le président Rollandin.')
    got = attribute(text, find_quotes(text), "en")
    direct = [q for q in got if q["type"] != "indirect"]
    assert direct and direct[0]["speaker"]["text"] == "Felix Kulaije"
    sp = direct[0]["speaker"]
    assert text[sp["start"] : sp["end"]] == "Felix Kulaije" and sp["start"] == len(pre)
    fr = "🙂 Le juge Dupont parle de « boycottage » . C'est ce qu'a déclaré 👩🏽‍⚖️ le ministre, soulignant que « rien »."
    got = {quote: sp for typ, quote, sp, _ in quote_rows(fr, "fr", cue="text") if typ != "indirect"}
    assert got == {"« boycottage »": "Le juge Dupont", "« rien »": "le ministre"}


def test_offsets_with_astral_characters_openers_agents_sources():
    pre = "👩🏽‍⚖️🙂 "
    text = pre + "De son côté, le ministre 🙂 Paul Durand a déclaré : « Rien 👩🏽‍⚖️ n'est décidé. »"
    q = [q for q in attribute(text, find_quotes(text), "fr") if q["type"] == "direct"][0]
    sp = q["speaker"]
    assert sp["text"] == "le ministre 🙂 Paul Durand" and text[sp["start"] : sp["end"]] == sp["text"]
    assert sp["start"] == len(pre) + len("De son côté, ")
    en = "🙂 The band, 👩🏽‍⚖️ described by the critic Ann Lee as \"the loudest band on earth\", left."
    got = [q for q in attribute(en, find_quotes(en), "en") if q["type"] != "indirect"]
    sp = got[0]["speaker"]
    assert sp["text"] == "the critic Ann Lee" and en[sp["start"] : sp["end"]] == "the critic Ann Lee"
    fr = "🙂 Le suspect a été averti par le juge 👩🏽‍⚖️ Martin : « Vous serez jugé. »"
    assert speaker_list(fr, "fr") == ["le juge 👩🏽‍⚖️ Martin"]
    fr = "🙂 Pour 👩🏽‍⚖️ rappel. Selon ses proches, l'arme 🙂 était « un moyen 🙂 de se protéger »."
    ind = [q for q in attribute(fr, find_quotes(fr), "fr") if q["type"] == "indirect"][0]
    assert fr[ind["start"] : ind["end"]] == "l'arme 🙂 était « un moyen 🙂 de se protéger »"


def test_offsets_with_astral_characters_past_infinitive():
    text = "🎉 Les autorités 𝔸 avaient déclaré avoir ordonné la fermeture du port 😀 hier."
    (content, speaker), = indirect_rows(text, "fr")
    assert content.startswith("avoir ordonné") and speaker == "Les autorités 𝔸"


def test_offsets_with_astral_characters_apposed_names_clitics():
    text = ("🎉 La ministre 𝔸 de la Santé, Claire Dubois , a visité l'hôpital 😀 et a averti que la situation "
            "restait « très tendue ». 👩🏽‍⚖️ Elle l'a répété : « Nous 𝔸 tiendrons. »")  # fmt: skip
    got = quote_rows(text, "fr")
    assert {sp for _, _, sp in got} == {"Claire Dubois", "Elle"}
    assert ("direct", "« Nous 𝔸 tiendrons. »", "Elle") in got


def test_offsets_with_astral_characters_titles_adverbs_sources():
    text = ('🎉 The US Secretary of State, Jane 𝔸 Doe, revealed 😀 that the talks had "failed". 👩🏽‍⚖️ One 𝔸 member '
            'anonymously told reporters that it was "over". « Il 𝔸 se cache » selon The Times se cacherait ici.')
    got = quote_rows(text, "en")
    assert {sp for _, _, sp in got} >= {"Jane 𝔸 Doe", "One 𝔸 member"}
    fr = quote_rows("😀 Le 𝔸 dirigeant, selon The Times se cacherait « dans 👩🏽‍⚖️ un bunker ».", "fr")
    assert [sp for _, _, sp in fr] == ["The Times"]


def test_offsets_with_astral_characters_subjects_types_floating():
    text = (
        '🎉 Chen 𝔸 Wu has publicly admitted 😀 that the money was "a mistake". 👩🏽‍⚖️ Analysts have, 𝔸 however, '
        'suggested that the plan is "doomed".'
    )
    got = quote_rows(text, "en")
    assert {sp for _, _, sp in got} == {"Chen 𝔸 Wu", "Analysts"}
    fr = quote_rows(
        "😀 Le fils a parlé, alors que la 𝔸 mère avait, il y a 👩🏽‍⚖️ deux jours, qualifié l'idée de « légende ».", "fr"
    )
    assert [sp for _, _, sp in fr] == ["la 𝔸 mère"]
    assert quote_rows("😀 Les 𝔸 Suisses disent « non » 👩🏽‍⚖️.", "fr") == [("scare", "« non »", None)]
    assert speakers('"Bad," said an analyst from 😀 the 𝔸 University, Maya 𝔸 Rao.', "en") == {"Maya 𝔸 Rao"}
    assert speakers("😀 La 𝔸 Russie a averti 👩🏽‍⚖️ en prévenant qu'il y aurait des « pertes ».", "fr") == {
        "La 𝔸 Russie"
    }
    doc = quote_rows('😀 According to 𝔸 statements, Ana 𝔸 Ruiz, 👩🏽‍⚖️ 40, was "calm".', "en")
    assert {sp for _, _, sp in doc} == {"𝔸 statements"}
    named = quote_rows("😀 Selon 𝔸 X 👩🏽‍⚖️, la bombe visait l'organisation « État 𝔸 islamique ».", "fr")
    assert [(typ, q, sp) for typ, q, sp in named if typ != "indirect"] == [("scare", "« État 𝔸 islamique »", None)]
    assert speakers('😀 "Troops 𝔸 are ready," 👩🏽‍⚖️ media report.', "en") == {"media"}
    cont = quote_rows('😀 "No," said Li. Then Ana 𝔸 Ruiz argued that it was over. "It 👩🏽‍⚖️ is."', "en")
    assert cont[-1] == ("direct", '"It 👩🏽‍⚖️ is."', "Ana 𝔸 Ruiz")
    read = quote_rows('😀 "Go 👩🏽‍⚖️ home," read the 𝔸 warning.', "en")
    assert read == [("direct", '"Go 👩🏽‍⚖️ home,"', "the 𝔸 warning")]


@pytest.mark.parametrize(
    "text, lang, content, speaker",
    [
        ("🎉 Le 𝔸 rapport montre que 😀 les prix ont fortement augmenté.", "fr",
         "que 😀 les prix ont fortement augmenté", "Le 𝔸 rapport"),
        ("🎉 The 𝔸 audit found that 😀 costs doubled in two years.", "en", "that 😀 costs doubled in two years",
         "The 𝔸 audit"),
    ],
)  # fmt: skip
def test_offsets_with_astral_characters_that_clauses(text, lang, content, speaker):
    ((c, sp, _),) = indirect_rows(text, lang, cue="lemma")
    assert (c, sp) == (content, speaker)


# -- linear time on long runs -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "unit, lang, small",
    [
        # the shapes the rules parse, repeated (the first four, appositions, relatives, `by` and commas, from 200)
        ("Pierre Dupont, le ministre, qui a dit, a salué pour sa part ", "fr", 200),
        ('"A," telling Bloomberg, as reported by Voice of Korea, which said, ', "en", 200),
        ("X, published by Y, cité par Z, et du centre, et fustigeant ", "fr", 200),
        (", , , ", "en", 200),
        ("C'est ce qu'a annoncé le ministre, soulignant que « a » . ", "fr", 100),
        ("Le juge parle de « b », comme l'a dit X, ajoutant que ", "fr", 100),
        ('X suggested that Y did it, saying that "z", with Nick Clegg, the minister, saying ', "en", 100),
        ('warned by an interrogator: "a" ', "en", 100),
        (", saying that, saying that ", "en", 100),
        ("De son côté, le juge a été averti par le maire : « a » . ", "fr", 100),
        ("X a été attaqué par l'UNHCR, qui affirme que Y, a déclaré Z, en ajoutant qu'« b » ", "fr", 100),
        ('described by the critic as "c", and Smith and Jones said that ', "en", 100),
        ("Parmi Plus tard, De son côté, S'il se ne ", "fr", 100),
        ("Selon ses proches, l'arme était « un moyen », a précisé X. ", "fr", 100),
        ('According to police, the man was "armed" then, police said. ', "en", 100),
        ("Les autorités avaient déclaré avoir ordonné la fermeture. ", "fr", 100),
        ("Pour le maire, il ne s'agit que d'une « manœuvre politique ». ", "fr", 100),
        ("La ministre, Claire Dubois, a visité l'usine et a averti que tout allait « très mal ». ", "fr", 100),
        ("Il le dit : « Non. » ", "fr", 100),
        ('The minister, John Smith, visited the town and said that it was "fine". ', "en", 100),
        ("According to prosecutors, Marie Dalton, a nurse, was seen there. ", "en", 100),
        ('The Secretary of State, Jane Doe, said that it was "fine". ', "en", 100),
        ("Le dirigeant, selon The Times se cacherait « dans un bunker ». ", "fr", 100),
        ('According to The Times the president was hiding "in a bunker". ', "en", 100),
        ('One member anonymously told reporters that it was "over". ', "en", 100),
        ('Chen has publicly admitted that it was "a mistake". ', "en", 100),
        ('Analysts have, however, suggested that it is "doomed". ', "en", 100),
        ("Le fils a parlé, alors que la mère avait, il y a deux jours, qualifié l'idée de « légende ». ", "fr", 100),
        ('"Go home," read the warning. ', "en", 100),
        ("The audit found that costs doubled. ", "en", 100),
        ("L'étude montre que les prix montent. ", "fr", 100),
        ("The body was found dead. ", "en", 100),
        ("Il s'agit de « a », ", "fr", 200),
        ("Pour X, au contraire, il s'agit d'« a » et d'« b », ", "fr", 200),
        ("Le chef, Jean Dupont, qui considère « a », ", "fr", 200),
        ("Le ministre « regrette » , a quant à elle déploré X, a, de son côté, annoncé ", "fr", 200),
        ("He said a man would ", "en", 200),
        ("X named a b c, and also said a d would ", "en", 200),
        ("Police reports three of the four were ", "en", 200),
        # eighteenth pass: naming relatives, coordinated names, reports split at participles, trailing sources
        ('They decried what they called "a" and a "b", which Ross has referred to as "c", ', "en", 100),
        ("X said it was bad, stating that Y was wrong, adding that Z ", "en", 100),
        ("Libération estime avoir « a » la publication et ajoute que le journal « b » ", "fr", 100),
        ("Les foyers étaient privés d'électricité, selon EDF, qui a mobilisé des agents, ", "fr", 100),
        ("Pour ce collectif, Cela dit, pour le vice-procureur, la somme s'est engagée à croître ", "fr", 100),
        # twenty-fourth pass: relatives before a main verb, bare participles after `et`, times before subjects,
        # verbs inside subjects, infinitive cues, contrasted participles
        ("The man who reported the crime said he was scared and ", "en", 100),
        ("X a désapprouvé le fait que P ait coïncidé et estimé que « a » et ", "fr", 100),
        ("Yesterday police said that, but last year the report said the ", "en", 100),
        ("The student said a friend told her four people had been shot and ", "en", 100),
        ("Researchers used the function to conclude the hole had, but Chief Khalid disputed this, saying ", "en",
         100),
        ("Ils veulent organiser une marche pour montrer que les « a » et ", "fr", 100),
        # twenty-fifth pass: a pronoun after a body's name (`Orange … a-t-il conclu`) searched the whole text for a
        # full name ending with it once per pronoun; the pass's time and participle breaks after inverted subjects
        ("Orange estime le dossier « réglé ». « On va corriger ça », a-t-il conclu. ", "fr", 100),
        ("« A », a déclaré le président peu de temps après dit le message proclamant ", "fr", 100),
        ('"A," said Obama minutes after. According to the report they ', "en", 100),
        # a lone name as a floating quote's speaker searched the text before it for a full name ending with it,
        # once per quote
        ('Smith arrived late. "We go now." ', "en", 200),
        # thirtieth pass: a bare plural and a past form after `say`
        ("Police said officers found residents said investigators responded and ", "en", 100),
        # thirty-seventh pass: update lines on one long line, agents before fragments, quoted sources, perceived
        # speakers, titles with `and`, quotes side by side
        ("Page actualisée : 8 janvier 2015 — « a » ", "fr", 200),
        ("qualifié par les enquêteurs d'« a », décrit comme un « b » par X, ", "fr", 100),
        ('Xinhua quoted Shandong authorities, "a" and a tweet on Monday by X: "b" ', "en", 100),
        ("On peut entendre les assaillants crier « a » et ", "fr", 100),
        ("Another co-author, civil and environmental engineering professor Julian Marshall, said ", "en", 100),
        ("« a » , « b » , a confié le candidat ", "fr", 100),
    ],
)  # fmt: skip
def test_linear_time_on_long_runs(unit, lang, small, assert_linear_attribution):
    assert_linear_attribution(unit, lang, small, 4 * small)


@pytest.mark.parametrize("text", ["« n'ordonné n'", '"said Doe', "« a déclaré ", '"Pour le maire, '])
@pytest.mark.parametrize("lang", ["fr", "en", None])
def test_a_text_that_is_one_unclosed_quote(text, lang):
    # no text outside the quotation before a cue (found by the mixtures test: `_speaker_before` indexed the gaps
    # before the first one); the quote is kept, unclosed, with no speaker
    found = attribute(text, find_quotes(text), lang)
    assert [(q["start"], q["end"], q["unclosed"], q["speaker"]) for q in found] == [(0, len(text.rstrip()), True, None)]


def test_a_bodys_name_is_searched_once_in_the_whole_text(monkeypatch):
    """`_body_name` asks whether a full name ends with a lone name anywhere in the text: once per name, remembered
    for the document (it searched once per pronoun: quadratic on a long run of `Orange … a-t-il conclu.`)."""
    import plugins.quotes.resolve as resolve

    whole = []
    real = resolve._longer_name

    def counting(text, w, lo, hi, *args, **kwargs):
        if (lo, hi) == (0, len(text)):
            whole.append(w)
        return real(text, w, lo, hi, *args, **kwargs)

    monkeypatch.setattr(resolve, "_longer_name", counting)
    text = "Orange estime le dossier « réglé ». « On va corriger ça », a-t-il conclu. " * 50
    found = attribute(text, find_quotes(text), "fr")
    assert whole == ["Orange"]
    resolved = [q["speaker"]["text"] for q in found if q["speaker"] and q["speaker"].get("mention")]
    assert resolved == ["Orange"] * 50  # (no person named: the pronoun keeps the body's name)


@given(
    st.lists(st.sampled_from(["Smith", "smith", "Ann", "said", ".", "Smiths", "Smith.", "xSmith", "É"]), max_size=12)
)
def test_the_remembered_name_end_reads_as_the_bounded_search(words):
    """`_ends_name_before` remembers one whole-text search per name; its answer for any bound equals a search of
    the bounded text (glued occurrences such as `SmithSmith` included)."""
    import types

    from plugins.quotes.resolve import _ends_name_before, _longer_name

    text = "".join(w + (" " if i % 3 else "") for i, w in enumerate(words))
    d = types.SimpleNamespace(text=text, name_end={})
    for bound in range(len(text) + 1):
        assert _ends_name_before(d, "Smith", bound) == (_longer_name(text, "Smith", 0, bound) is not None)


# -- bounded lookups ---------------------------------------------------------------------------------------------
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8), st.booleans(), st.booleans()), max_size=30),
       st.integers(0, 70), st.integers(0, 70), st.integers(1, 5))
def test_the_last_cues_are_the_tail_of_the_cues_in_a_range(cues, a, b, k):
    from plugins.quotes.lookups import Cue, DocLookups

    d = DocLookups.__new__(DocLookups)
    d.cues = [Cue(s, s + n, "said", verbal, (0, 1) if inv else None) for s, n, verbal, inv in sorted(cues)]
    d.cue_starts = [c.start for c in d.cues]
    assert d.last_cues_in(a, b, k) == d.cues_in(a, b)[-k:]
    assert d.first_cue_in(a, b) == next(iter(d.cues_in(a, b)), None)
    assert d.last_verbal_cue_in(a, b) == next((c for c in reversed(d.cues_in(a, b)) if c.verbal), None)
    assert d.first_verbal_cue_in(a, b) == next((c for c in d.cues_in(a, b) if c.verbal), None)
    assert d.last_inverted_cue_in(a, b) == next(
        (c for c in reversed(d.cues_in(a, b)) if c.verbal and c.inv is not None), None)


@pytest.mark.parametrize(
    ("unit", "lang"),
    [('said "x" ', "en"), ('X said that "y" and ', "en"), ("« a », a dit X, ", "fr"), ("selon X « a » et ", "fr"),
     # a sentence opening with a participle: `opening_participle` read every cue to each quote for the first one
     ('saying that "a" ', "en"), ("affirmant que « a » ", "fr"),
     # a source before a quote: whether the sentence held a verbal cue before it was read from every cue to it
     ('X according to X "a" ', "en"), ("X selon X « a » ", "fr"),
     # a French gerund: the cues before it in its sentence were all read for the last one, and for an inverted one
     ("en expliquant que a, ", "fr"),
     # a vow and its infinitive: the content ends at the next verbal cue, found in the list of all to the end
     ("he promised to do ", "en"), ("il a promis de faire ", "fr")],
)
def test_the_cues_read_grow_linearly_in_a_run_on_sentence(unit, lang, monkeypatch):
    # a sentence that never ends holds cues up to the end of the text; `tail_source` read all of them after each
    # quote to keep the last two (9 of the 13 s of a 128 KB run of `said "x" `): count the cues each lookup returns
    from plugins.quotes.lookups import DocLookups

    read = [0]
    cues_in, last_cues_in, first_cue_in = DocLookups.cues_in, DocLookups.last_cues_in, DocLookups.first_cue_in
    last_verbal_cue_in, last_inverted_cue_in = DocLookups.last_verbal_cue_in, DocLookups.last_inverted_cue_in
    first_verbal_cue_in = DocLookups.first_verbal_cue_in

    def counted(fn):
        def wrapper(self, *args):
            got = fn(self, *args)
            read[0] += 1 if got is not None and not isinstance(got, list) else len(got or ())
            return got
        return wrapper

    monkeypatch.setattr(DocLookups, "cues_in", counted(cues_in))
    monkeypatch.setattr(DocLookups, "last_cues_in", counted(last_cues_in))
    monkeypatch.setattr(DocLookups, "first_cue_in", counted(first_cue_in))
    monkeypatch.setattr(DocLookups, "last_verbal_cue_in", counted(last_verbal_cue_in))
    monkeypatch.setattr(DocLookups, "last_inverted_cue_in", counted(last_inverted_cue_in))
    monkeypatch.setattr(DocLookups, "first_verbal_cue_in", counted(first_verbal_cue_in))

    def cues_read(n: int) -> int:
        read[0] = 0
        text = unit * n
        attribute(text, find_quotes(text), lang)
        return read[0]

    small, big = cues_read(200), cues_read(800)
    assert big <= 5 * max(small, 1), (small, big)  # 4x the input: ~4x the cues, not 16x


@pytest.mark.parametrize(("lead", "unit", "lang"), [("— ", "« a » ", "fr"), ("- ", '"a" ', "en")])
def test_the_dashes_opening_a_sentence_are_read_once_for_all_its_quotes(lead, unit, lang):
    # `opening_participle` matched `[\s\-–—]*` then a participle from the sentence's start for each quote: a long run
    # of dashes before the quotes of one sentence was read again for each (2,000 dashes then 2,000 quotes 0.3 s,
    # 8,000 and 8,000 3.4 s); now where the run ends is remembered per sentence
    from framework.testing import cpu_seconds

    def cost(n: int) -> float:
        text = lead * n + unit * n
        return cpu_seconds(lambda: attribute(text, find_quotes(text), lang), samples=2)

    cost(10)  # warm-up: lazy lexicons out of the timing
    t_small, t_big = cost(2000), cost(8000)
    assert t_big < 4 * 2.0 * max(t_small, 1e-3), (t_small, t_big)  # 4x the input: ~4x the time, not 16x
