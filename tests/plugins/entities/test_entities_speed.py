"""The matcher's fast paths equal what they replaced: each reference below is the earlier, plain code
(kept here, not in the package), run on the same inputs as the fast one. Texts mix the characters that
make tokenising hard: capitals, sigils, the gaps a name may run through (spaces, hyphens, apostrophes,
``&``, initials' dots), sentence punctuation, accents, ``ß`` and combining marks (the slow fold with an
offset map), emoji and other astral characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.entities import match
from plugins.entities.match import _WINDOW_RE, Matcher, _Regions
from plugins.entities.normalize import TOKEN_RE, map_span, normalize_with_offsets

PIECES = ["A", "Jo", "Éa", "ab", "abc", "de", "le", "d'", "l’", "J.", "St.", "@x", "#Y", "@", "#", "&", "-",
          " - ", " ", "  ", ".", ". ", ".-", ",", "\n", "’", "'", "«", "»", "ß", "e\u0301", "😀",
          "\U0001d400", "\u00a0", "_", "1", "²", "Ǆ", "ǅ", "Σ", "Ⓐ", "\u0903", "Paris", "Musk", "Elon"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def window_reference(text: str, norm: str, offsets, q: int, ign):
    """``Matcher._window`` before the split-based rewrite: one finditer span per token in Python."""
    m = _WINDOW_RE.match(norm, q)
    if m is None:
        return [], [], [], []
    we = m.end()
    spans = [t.span() for t in TOKEN_RE.finditer(norm, q, we)]
    words = TOKEN_RE.findall(norm, q, we)
    ospans = spans if offsets is None else [map_span(offsets, s, e) for s, e in spans]
    if ign:
        for k in range(1, len(ospans)):
            if any(a <= ospans[k][0] < b for a, b in ign):  # (the plain reading of the regions)
                del words[k:], spans[k:], ospans[k:]
                break
    cap = [text[s].isupper() or text[s] in "@#" for s, _e in ospans]
    return words, spans, ospans, cap


def window_tuples(win, norm: str):
    """The flat window of ``Matcher._window`` as the reference's (words, spans, ospans, cap), checking on
    the way that ``parts[2k]`` is the gap between tokens ``k - 1`` and ``k``."""
    if win is None:
        return [], [], [], []
    words, parts, b, ob, cap = win
    n = len(words)
    assert len(cap) == n and parts[1:2 * n:2] == words
    spans = [(b[2 * k + 1], b[2 * k + 2]) for k in range(n)]
    for k in range(1, n):
        assert parts[2 * k] == norm[spans[k - 1][1]:spans[k][0]]
    return words, spans, [(ob[2 * k + 1], ob[2 * k + 2]) for k in range(n)], cap


def _positions(text: str, norm: str, offsets) -> list[int]:
    """Every normalised offset the matcher may read a window from (and a few it never does)."""
    return list(range(len(norm)))


@settings(max_examples=400, deadline=None)
@given(TEXT, st.integers(0, 40), st.integers(0, 6))
def test_window_equals_the_finditer_window(text: str, ign_start: int, ign_len: int):
    norm, offsets = normalize_with_offsets(text)
    ign = [(ign_start, ign_start + ign_len)] if ign_len else []
    for q in _positions(text, norm, offsets):
        if offsets is not None and q >= len(norm):
            continue
        fast = window_tuples(Matcher._window(None, text, norm, offsets, q, _Regions(ign)), norm)
        assert fast == window_reference(text, norm, offsets, q, ign)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(-3, 12)), max_size=8), st.integers(-2, 80))
def test_regions_answer_as_the_plain_scan(regions: list[tuple[int, int]], pos: int):
    """``pos in _Regions(…)`` (merged, bisected) says what a scan of every region says, overlaps and empty
    regions included."""
    spans = [(a, a + n) for a, n in regions]
    assert (pos in _Regions(spans)) == any(a <= pos < b for a, b in spans)
    assert bool(_Regions(spans)) == any(b > a for a, b in spans)


def test_window_examples():
    text = "M. J. K. Rowling-Smith & Co’s «Ban Ki-moon» @Elon #Tesla."
    norm, offsets = normalize_with_offsets(text)
    for q in range(len(norm)):
        fast = window_tuples(Matcher._window(None, text, norm, offsets, q, []), norm)
        assert fast == window_reference(text, norm, offsets, q, [])
    words, spans, ospans, cap = window_tuples(Matcher._window(None, text, norm, offsets, text.index("J."), []), norm)
    assert words == ["j", "k", "rowling", "smith", "co", "s"] and cap == [True, True, True, True, True, False]
    assert [text[s:e] for s, e in ospans] == ["J", "K", "Rowling", "Smith", "Co", "s"]
    assert match.WINDOW == 8


WORDS = st.lists(st.sampled_from(["paris", "new", "york", "le", "monde", "jean", "elon", "musk", "x", "de",
                                  "etats", "unis", "la", "zzq", "organisation", "a", "st"]), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(WORDS)
def test_no_alias_start_means_no_prefix_match(default_kb, words: list[str]):
    """The per-word memo that skips the prefix walk: when no key is the first word or starts with it and
    a space, no key the walk would accept (a prefix ending at a token boundary) exists."""
    trie = default_kb.trie
    w = words[0]
    may = w in trie or next(trie.iterkeys(w + " "), None) is not None
    joined = " ".join(words)
    walk = [key for key, _kid in default_kb.prefixes(joined) if len(key) == len(joined) or joined[len(key)] == " "]
    assert may or not walk
    assert bool(walk) <= may


WORD_PIECES = ["paris", "pari", "parisien", "_", "2", "²", "é", "\u0301", "ß", " ", "-", "'", ".", "😀", "\U0001d400",
               "abcd", "ab"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=25).map("".join),
       st.lists(st.sampled_from(WORD_PIECES), min_size=1, max_size=4).map("".join))
def test_lazy_doc_words_equal_the_findall_set(norm: str, probe: str):
    """The linker's per-word look-up equals membership in ``set(_WORD.findall(norm))`` for every word a
    description can hold (a whole run of 4+ word characters)."""
    from plugins.entities.link import _WORD, _DocWords

    every = set(_WORD.findall(norm))
    lazy = _DocWords(norm)
    for word in [*_WORD.findall(probe), *every]:
        assert (word in lazy) == (word in every), (norm, word)
        assert (word in lazy) == (word in every)  # memoised answer


def test_doc_words_switch_to_one_pass_after_many_lookups():
    """Past ``LOOKUPS`` distinct words the look-up collects every word once (linear time however many
    description words a long document asks about), with the same answers."""
    from plugins.entities.link import _WORD, _DocWords

    norm = " ".join(f"word{i:04d}" for i in range(0, 400, 2))
    lazy = _DocWords(norm)
    every = set(_WORD.findall(norm))
    for i in range(400):
        assert (f"word{i:04d}" in lazy) == (f"word{i:04d}" in every)
    assert lazy.every == every and len(lazy.seen) == _DocWords.LOOKUPS


def test_many_ambiguous_names_stay_linear(default_kb):
    """A long document of ambiguous place names (each with its description words) links in time
    proportional to its length."""
    import time

    from plugins.entities.link import Linker

    matcher, linker = Matcher(default_kb), Linker()
    unit = "Paris, Londres, Saint-Louis, Victoria, Springfield, Valence et Cordoue. "

    def cost(k: int) -> float:
        text = unit * k
        t = time.process_time()
        mentions, norm = matcher.scan(text)
        linker.link(mentions, text, norm)
        return time.process_time() - t

    cost(20)
    small, big = min(cost(100) for _ in range(3)), min(cost(800) for _ in range(3))
    assert big < 8 * small * 3, (small, big)


class _UserKB:
    """What ``Matcher._user_starts`` reads of a KB: the first words of lower-case user aliases."""

    def __init__(self, words: frozenset[str]) -> None:
        self.user_starts = words


USER_PIECES = ["al", "mer", "mont", "pays", "bande", "a", "montagne", "_", "@", "#", "-", " ", "'", "²", "9", "ß",
               "e\u0301", "😀", "\U0001d400", "Mer", "ALmer"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(USER_PIECES), max_size=30).map("".join))
def test_user_starts_by_substring_search_equal_the_alternation(text: str):
    """The substring search per word finds the same starts as the alternation it replaces (for the few
    plain words of the default KB), on the folded text and through the offset map."""
    import re

    norm, offsets = normalize_with_offsets(text)
    words = frozenset({"al", "mer", "mont", "pays", "bande"})
    alternation = re.compile(r"(?<![\w@#])(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?!\w)")
    expected = {m.start() if offsets is None else offsets[m.start()] for m in alternation.finditer(norm)}
    fast = Matcher._user_starts(text, norm, offsets, _UserKB(words))
    assert sorted(fast) == sorted(expected) and len(fast) == len(expected)
    # words that are not plain \w runs keep the alternation
    odd = Matcher._user_starts(text, norm, offsets, _UserKB(words | {"mer-x"}))
    assert set(odd) >= expected


SCAN_PIECES = ["Nations", " Nations", " unies", " Banque", " mondiale", " Front", " national", "Union", " africaine",
               "Conseil", " de", " la", " du", "Tour", " France", "Paris",
               " a", " dit", "Macron", " Macron", "Emmanuel", "Ban", " Ki", "-moon", "-", "'", "L'", "d'", "&", ".",
               ". ", ",", " ", "  ", "J.", " K", " Rowling", "Le", " Monde", " est", "États", "-Unis", "Élysée",
               "ǅ", "😀", "\U0001d400", "\u00a0", " von", " van", "Paul", " président", "New", " York", " ville",
               " Jean", " Dupont", " De", " Gendt", " Thomas", " Tour", " Le", " Pen", " Michael", " Matthews",
               " Sagan", " Peter", " Moyen", " Orient", " Conseil", " constitutionnel", " Ki-moon", " Ban"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SCAN_PIECES), max_size=24).map("".join), st.integers(0, 60), st.integers(0, 8))
def test_single_token_windows_change_nothing(default_kb, text: str, ign_start: int, ign_len: int):
    """A start read as one token (``Matcher._single``) yields the same mentions as the full window: the
    scan with the shortcut equals the scan without it, with and without an ignored region."""
    fast = Matcher(default_kb)
    slow = Matcher(default_kb)
    slow._single = lambda *args: None
    assert fast.scan(text) == slow.scan(text)
    ign = [(ign_start, ign_start + ign_len)] if ign_len else []
    assert fast.scan(text, ign) == slow.scan(text, ign)


def test_single_token_windows_on_names_that_read_on(default_kb):
    """Lower-case words that continue a KB alias (``Nations unies``, ``Banque mondiale``, ``Front
    national`` after a capitalised word) keep the full window; names followed by ordinary words or
    punctuation take the one-token path, with the same result."""
    text = ("Les Nations unies et la Banque mondiale, selon Macron. Le Front national a dit que Paris, "
            "Moyen-Orient, Union africaine et Parti socialiste le Monde. Emmanuel Macron a dit que Jean Dupont, "
            "Michael Matthews et Peter Sagan le Conseil constitutionnel. Le Groupe ukrainien a vu San Juan city.")
    taken = []

    class Counting(Matcher):
        def _single(self, *args):
            win = super()._single(*args)
            taken.append(win is not None)
            return win

    slow = Matcher(default_kb)
    slow._single = lambda *args: None
    found = Counting(default_kb).scan(text)
    assert found == slow.scan(text)
    assert any(taken) and not all(taken)
    assert {m.text for m in found[0] if m.kind == "kb"} >= {"Nations unies", "Banque mondiale", "Macron", "Paris",
                                                           "Emmanuel Macron", "San Juan city"}
    assert "Groupe ukrainien" in {m.text for m in found[0]}


# the start scan: capitalised function words (the matcher's fast exit), the spaces it reads after them,
# capitals and lower-case letters after those, and characters beyond Latin-1 of every class
STOP_PIECES = [*PIECES, "Le", "La", "Les", "Dans", "Qu", "De", "Mai", "LE", "Lequel", "Pour", "Apr", "Après",
               " ", "'", "’", "-", "\u00a0", "\u202f", "”", "—", "…", "œ", "Œ", "Š", "а", "Ω", "ǅ", "?", "x",
               "é", "É", "2", "(", "\x01", "Þ", "ª"]
STOP_TEXT = st.lists(st.sampled_from(STOP_PIECES), max_size=30).map("".join)


def _reads_nothing(text: str, norm: str, q: int) -> bool:
    """``Matcher._at``'s fast exit, as written there."""
    first = match._WORD_AT.match(norm, q)
    if first is None or first.group() not in match.STOP or text[q:q + 2].isupper() or first.group() in match.MONTHS:
        return False
    k = match._SPACE_AT.match(text, first.end()).end()
    return k >= len(text) or not text[k].isupper()


@settings(max_examples=600, deadline=None)
@given(STOP_TEXT)
def test_start_scan_on_bytes_equals_the_regex_scan(text: str):
    """``_starts`` finds ``_START``'s starts; with ``stops`` it leaves out only starts that ``_at``'s fast
    exit reads as nothing (when the fold kept lengths, the only case it is used in)."""
    starts = [m.start() for m in match._START.finditer(text)]
    assert match._starts(text) == starts
    norm, offsets = normalize_with_offsets(text)
    if offsets is None:
        kept = match._starts(text, stops=True)
        assert set(kept) <= set(starts) and kept == sorted(kept)
        assert all(_reads_nothing(text, norm, q) for q in set(starts) - set(kept))


def test_start_scan_examples():
    text = "Le président Macron. Dans Le Monde, Les Échos ; LE MONDE. Lequel ? Qu’il Pour\u00a0x Mai 2016 — Les"
    assert match._starts(text) == [m.start() for m in match._START.finditer(text)]
    kept = {text[q:q + 6] for q in match._starts(text, stops=True)}
    assert kept == {"Macron", "Dans L", "Le Mon", "Monde,", "Les Éc", "Échos ", "LE MON", "MONDE.", "Lequel",
                    "Mai 20"}
    # Greek text: many distinct characters beyond Latin-1 keep the regex scan
    greek = "Ο Πρόεδρος της Ελλάδας και η Αθήνα, @user #Tag"
    assert match._starts(greek) == [m.start() for m in match._START.finditer(greek)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*SCAN_PIECES, *STOP_PIECES, "Le ", "Dans la ", "Les Républicains", "En France"]),
                max_size=24).map("".join),
       st.sampled_from([None, "en", "de", "it"]))
def test_function_words_left_out_of_the_starts_change_nothing(default_kb, text: str, lang: str | None):
    """The scan without the function-word starts (``_starts(..., stops=True)``) finds the same mentions as
    the scan that reads every start, in every language's rules."""
    from plugins.entities.lang_rules import rules_for_text

    rules = rules_for_text(text, lang)
    fast = Matcher(default_kb).scan(text, (), rules)
    every = match._starts
    match._starts = lambda t, stops=False: every(t)
    try:
        slow = Matcher(default_kb).scan(text, (), rules)
    finally:
        match._starts = every
    assert fast == slow


def inverse_reference(offsets: list[int], n: int) -> list[int]:
    """The table ``Matcher.scan`` built before it asked ``bisect_left`` per start: for each original offset,
    the first normalised offset at or after it (characters folded to nothing point at the next one)."""
    inv = [len(offsets) - 1] * (n + 1)
    for ni in range(len(offsets) - 1, -1, -1):
        inv[offsets[ni]] = ni
    for oi in range(n - 1, -1, -1):
        if inv[oi] > inv[oi + 1]:
            inv[oi] = inv[oi + 1]
    return inv


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "Straße", "œuvre", "ﬁn", "e\u0301\u0301", "\u0301"]), max_size=30)
       .map("".join))
def test_start_offsets_by_bisection_equal_the_inverse_table(text: str):
    """Where the fold changes lengths, a start's normalised offset is ``bisect_left(offsets, p)`` (the offsets
    never decrease), as the full inverse table said it, at every original offset."""
    from bisect import bisect_left

    _norm, offsets = normalize_with_offsets(text)
    if offsets is None:
        return
    table = inverse_reference(offsets, len(text))
    assert [bisect_left(offsets, p) for p in range(len(text) + 1)] == table


def test_scan_through_an_offset_map(default_kb):
    """A text whose fold changes lengths (ß, a combining mark) reads its mentions at the original offsets."""
    text = "Die Straße in Berlin: Emmanuel Macron und Olaf Scholz trafen sich in Paris. Cafe\u0301 Élysée."
    assert normalize_with_offsets(text)[1] is not None
    found = Matcher(default_kb).find(text)
    assert {text[m.start:m.end] for m in found} >= {"Berlin", "Emmanuel Macron", "Olaf Scholz", "Paris"}
    assert all(m.text == text[m.start:m.end] for m in found)
