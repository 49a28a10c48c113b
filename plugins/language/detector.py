"""The detector: CLD2 for documents, a cascade for short spans, one cleaning step, calibrated scores.

Documents (long texts): CLD2 on the text without URLs, mentions and hashtags; past SAMPLE_MIN bytes first on a
sample of it (8 windows spread over the text), the whole text only when that sample is not clear or shows a second
language (see SAMPLE_MIN); when CLD2 is not reliable (short or mixed texts) or its answer is outside the
configured languages, the span cascade decides on a prefix.

Short spans (quotes, tweets, headlines, sentences, word pairs), after cleaning (URLs, e-mails, mentions,
hashtags, cashtags, digits, emoji and symbols removed):
1. fewer than ``min_letters`` letters -> ``und``;
2. a span of 60 characters or more on which CLD2 is reliable and sure (95 % of the text), in a language CLD2
   does not confuse with a neighbour, or of 25 or more on which CLD2 is reliable, gives 80 % of the text to
   one language and fits its model well (normalised score, ``FIT_SCORES``) -> CLD2's answer;
3. CLD2's and py3langid's first answers agree: on a span of 25 characters or more (unrestricted) -> that
   language whatever py3langid's probability (lingua overturned such agreements wrongly more often than
   rightly); on a shorter one when CLD2 says "reliable" and py3langid's probability is >= 0.9; in restricted
   mode py3langid's probability >= 0.9 is enough;
4. otherwise lingua (high accuracy) scores the candidates (py3langid's top 2 and CLD2's top 3; for texts under
   25 characters py3langid's top 10, or every language with ``exhaustive``), and the engines' scores are
   fused: ``log lingua + w_langid * log py3langid + w_cld2 * cld2_share``, plus in restricted mode
   ``W_WORDS * zipf`` (how common the span's words are in each language, ``words``); weights chosen on one
   half of lingua's test data, checked on the other. A span mostly in a script none of lingua's languages
   use (Cherokee, Syriac, Ethiopic) gets CLD2's reliable answer instead, else ``und``.
In restricted mode (``languages``) every engine answers among those languages only.

Scores are probabilities of being right, mapped from each path's raw score by isotonic tables measured on
lingua's test data (see ``CALIBRATION``), so 0.9 means "right about 9 times in 10" on that data.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .engines import Cld2Engine, LangidEngine, LinguaEngine, norm_code, strip_controls
from .words import WordFrequencies

UND = "und"
# a letter in none of the scripts lingua's 75 languages are written in (Cherokee, Syriac, Ethiopic, Khmer, …):
# where such letters make most of a span, lingua can only pick the wrong language with confidence
_OUTSIDE_LINGUA = regex.compile(
    r"[^\P{L}\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
    r"\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Tamil}\p{Telugu}\p{Georgian}\p{Armenian}\p{Thai}]"
)
_LETTER = regex.compile(r"\p{L}")

# Cleaning works token by token (whitespace split) with flat checks, so it stays linear on any input (a
# pattern like ``[\w-]+(?:\.[\w-]+)*\.com`` over the whole text is cubic on "a.a.a.a…").
_TLDS = frozenset("com org net fr de uk it es ly co io be ch eu info gov edu ru pt nl".split())
_HOST = regex.compile(r"[\w.-]+")
_TAGS = regex.compile(r"(?<![\w@#$])[@#＃＠$][\p{L}\p{M}\p{N}_]+")
_NOISE = regex.compile(r"[\p{S}\p{N}\p{Cc}\p{Cf}\p{Co}\p{Cs}_]+")
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_LINK_MARKS = ("://", "www.", "@", "#", "＃", "＠")
_TAG_MARKS = ("@", "#", "＃", "＠", "$")


def _has_any(text: str, marks: tuple[str, ...]) -> bool:
    """Whether text holds one of marks: a C-speed substring scan per mark (a pattern alternation scans a 4 KB
    document ~50x slower; a generator expression costs more than the scans on a sentence)."""
    for mark in marks:
        if mark in text:
            return True
    return False
_EDGE = "([{<\"'«“‘"


def _is_link(token: str) -> bool:
    """A URL (``https://…``, ``www.…``, ``example.com/…``) or an e-mail address."""
    low = token.lower().lstrip(_EDGE)
    if "://" in low or low.startswith("www."):
        return True
    at = low.find("@")
    if at > 0 and "." in low[at:]:
        return True
    slash = low.find("/")
    if slash > 0:
        host = low[:slash]
        dot = host.rfind(".")
        return dot > 0 and host[dot + 1 :] in _TLDS and _HOST.fullmatch(host) is not None
    return False


def _drop_links(text: str) -> str:
    """Each whitespace-separated token that is a link becomes a space; whitespace runs become single spaces.
    Only tokens holding "/", "@" or "www." are looked at (a C-speed split and substring tests: linear, and
    ~7x faster on a 4 KB article than a token-start pattern run over every position)."""
    return " ".join(
        " " if ("/" in tok or "@" in tok or "www." in tok) and _is_link(tok) else tok for tok in text.split()
    )


def clean(text: str, symbols: bool = True) -> str:
    """The text a short-span decision is made on: no URLs, e-mails, @mentions, #hashtags, $cashtags,
    digits, emoji or other symbols; whitespace collapsed. ``symbols=False`` (CLD2 on documents) keeps the
    symbols, and the whitespace unless a link token was looked for: CLD2 skips both by itself. Linear time."""
    if "/" in text or "@" in text or "www." in text:  # a link needs one of these: most texts skip the token pass
        kept = _drop_links(text)
    else:
        kept = text
    if _has_any(kept, _TAG_MARKS):  # most texts have none: the pattern's pass is skipped
        kept = _TAGS.sub(" ", kept)
    if not symbols:
        return kept  # the document path: CLD2 skips runs of spaces itself
    return " ".join(_NOISE.sub(" ", kept).split())  # str.split's whitespace is regex's \s once \p{Cc} is gone


def _cleaned_document(text: str) -> str:
    """What CLD2 reads of a document: the text without links, mentions and hashtags when it has any (they must
    not outvote the prose). Control characters stay: CLD2's wrapper strips them when CLD2 refuses the text."""
    return clean(text, symbols=False) if _has_any(text, _LINK_MARKS) else text


def _sample(data: bytes, size: int, windows: int) -> bytes:
    """``windows`` windows of ``size // windows`` bytes of UTF-8 ``data``, the first at its start, the last at its
    end, the others evenly between, each cut at character boundaries, joined by newlines. Words cut at a window's
    edges cost CLD2 a few quadgrams; links are gone already (the text was cleaned before it was encoded)."""
    if len(data) <= size:
        return data
    width = size // windows
    step = (len(data) - width) / (windows - 1)
    last = len(data) - 1
    parts = []
    for i in range(windows):
        start = int(i * step)
        while 0x80 <= data[start] < 0xC0:  # a continuation byte: back to its character's first byte (<= 3)
            start -= 1
        end = start + width
        if end < last:
            while 0x80 <= data[end] < 0xC0:
                end -= 1
        parts.append(data[start:end])
    return b"\n".join(parts)


_IDEOGRAPHIC = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def count_letters(text: str) -> int:
    """Letters and combining marks in text (Indic vowel signs are marks); a Han, kana or Hangul character
    counts as three (it often is a word by itself)."""
    return len(_LETTER.findall(text)) + 2 * len(_IDEOGRAPHIC.findall(text))


@dataclass(frozen=True)
class Detection:
    """A decision: ``lang`` (ISO 639-1 or ``und``), ``score`` (probability of being right), ``engine``, and for
    a document written in several languages ``mix``: ``((code, share of the text), …)`` from CLD2."""

    lang: str
    score: float
    engine: str
    mix: tuple[tuple[str, float], ...] = ()

    @property
    def known(self) -> bool:
        return self.lang != UND


# Fusion weights (see module doc). Long: sentences and longer; short: under SHORT_CHARS characters.
SHORT_CHARS = 25
W_LONG = (0.25, 0.5)
W_SHORT = (0.0, 1.0)
# Restricted to a few languages, py3langid's renormalised probabilities help on short texts too: on the word
# pairs of the seven news languages (lingua's test data; weights picked on one half of the lines, checked on
# the other) 91.3 % with W_SHORT, 92.3 % with these.
W_SHORT_RESTRICTED = (0.25, 0.5)
EPS = 1e-3
# Restricted mode: how common the span's words are in each candidate language (``words``, wordfreq's lists)
# joins the fusion with this weight (per word, Zipf 0-8). Chosen on the first half of the lines of the seven news
# languages' word pairs (92.91 -> 95.03 %), confirmed on the second (91.71 -> 94.51 %); sentences 99.74 -> 99.89 %.
W_WORDS = 5.0
# Unrestricted, the same signal with a lighter weight, a language without a list counting each word as
# WORDS_UNLISTED. Chosen on the first half of the lines of the 75 languages' word pairs and single words
# (89.28 -> 90.23 %, 75.30 -> 76.60 %), confirmed on the second (89.30 -> 90.05 %, 75.08 -> 76.44 %).
W_WORDS_ALL = 0.3
WORDS_UNLISTED = 2.0
WORDS_MAX = 3  # unrestricted, only on spans of up to 3 words (on all spans: sentences 96.77 -> 96.61 %)
GATE = 0.9
LONG_CANDIDATES = 2  # py3langid's top languages lingua re-scores on texts of SHORT_CHARS or more (2 vs 3: 96.68 vs
# 96.66 % of sentences, 28 % faster)
# CLD2 alone decides a span of FAST_CHARS characters or more when it is reliable, gives FAST_SHARE or more to
# its first language, and that language is not one CLD2 confuses (close pairs, and English, where CLD2 puts
# much of what it does not know). Measured cost: -0.05 points on sentences for 57 % fewer py3langid calls.
FAST_CHARS = 60
FAST_SHARE = 0.95
# Shorter spans (SHORT_CHARS or more) are CLD2's too when it is reliable, gives FIT_SHARE or more to its first
# language and its normalised score says the text fits that language's model well: FIT_SCORES[language], else
# FIT_SCORE. The languages CLD2 confuses with a neighbour need more: Bosnian, Serbian and English most (CLD2 puts
# much of what it does not know in English) and Portuguese, then da/nb/nn, id, af/nl, gl, oc, xh/zu, Croatian.
# Chosen on the first half of the lines of lingua's sentences (75 languages) and confirmed on the second, in steps:
# - per language, the lowest score at which CLD2 alone loses no sentence the cascade had right: bg, ca, es, mk, ms
#   and sv joined the default, hr went to 600 (they were 1,000): py3langid calls on sentences 21.6 -> 16.6 %
#   (first half) and 21.6 -> 16.8 % (second), mean accuracy 96.747 -> 96.768 % and 96.785 -> 96.801 %;
# - FIT_SHARE 0.9 -> 0.8 and FIT_SCORE 500 -> 400: calls 14.9 / 15.0 %, accuracy 96.773 / 96.795 %;
# - accuracy traded for speed (the sentence target is 96.5 %): the confusable languages but bs, sr, en and pt from
#   1,000 to 700, the lowest score losing at most 0.1 point on the first half: calls 11.6 / 11.7 %, accuracy
#   96.699 / 96.689 % (at 800: 96.725 / 96.731 %; at 600: 96.656 / 96.646 %); ~9 % more sentences/s. Word pairs
#   -0.02 points, single words unchanged. Restricted to the seven news languages: calls 32.5 % -> 22.4 / 24.3 %,
#   sentences unchanged (99.89 %), word pairs 95.03 / 94.46 % (were 95.03 / 94.51).
FIT_SCORE = 400.0
FIT_SCORES = {
    **dict.fromkeys("bs sr en".split(), 1000.0),
    **dict.fromkeys("da nb nn id af nl gl oc xh zu".split(), 700.0),
    "hr": 600.0,
    "pt": 1000.0,  # 800 lost nothing on lingua's lines but made a 39-character Italian news title Portuguese
}
FIT_SHARE = 0.8
# A document is CLD2's when its first language has DOC_SHARE of the text or more; below, CLD2 often splits a
# short article full of names about evenly between English and its real language: the span cascade decides.
DOC_SHARE = 0.7
MIX_SHARE = 0.2  # a second language with this share of a document (by CLD2, when reliable) is reported in mix
SPAN_PREFIX = 600  # characters of such a document the cascade reads (its engines cost time per character)
# CLD2's time is linear in the bytes it reads (4 KB: ~0.25 ms, 80 % of the document path), so a document of more
# than SAMPLE_MIN UTF-8 bytes is first decided on a sample: SAMPLE_WINDOWS windows of w = SAMPLE_BYTES /
# SAMPLE_WINDOWS bytes spread evenly over the text, from its start to its end (``_sample``). The sample's answer
# stands only when CLD2 is reliable on it, its first language is allowed and has DOC_SHARE or more, and no other
# language has SAMPLE_OTHER or more; otherwise the whole text is read, as before. Why the shares keep their
# meaning: CLD2's shares are shares of bytes; the windows start every (L - w) / 7 bytes of an L-byte text, so a
# block of MIX_SHARE (20 %) of the bytes holds a whole window once 0.2 L >= (L - w) / 7 + w, i.e. L >= 15 w =
# 2,880 bytes (hence SAMPLE_MIN): 1/8 of the sample, over SAMPLE_OTHER. A document with a second language of 20 %
# is therefore read whole, and its ``mix`` is the whole text's. Measured on the news corpus and on documents of
# lingua's 75 languages: see the issue note.
SAMPLE_MIN = 3000
SAMPLE_BYTES = 1536
SAMPLE_WINDOWS = 8
SAMPLE_OTHER = 0.1
# Spans with a prior (their document's language): how many rivals (CLD2's answers, then English) the
# low-accuracy judge compares it with, and the probability a rival needs (among prior + rivals) to be checked.
PRIOR_RIVALS = 8
PRIOR_LEAVE = 0.9
PRIOR_DROP = 0.02  # below this the prior is out; with no clear rival py3langid's PRIOR_WIDER join the rivals
PRIOR_WIDER = 3
PRIOR_TAKE = 0.5  # a dropped prior: the best rival wins with this much of lingua-low's probability
PRIOR_COMMON = ("en", "fr", "es", "de", "it")  # rivals always considered (cheap in low-accuracy mode)
PRIOR_MIN_SCORE = 0.8  # a document language less sure than this is no prior
CHECK = frozenset("ms id bs hr sr nb nn da sv mk bg xh zu ca oc es gl pt en".split())

# Raw score -> observed accuracy, per path: (raw threshold, accuracy) pairs, piecewise linear between them.
# Measured on lingua's test data (lines 101-200 of each language file, 75 languages, all three lengths).
CALIBRATION = {
    "agree": ((0.3, 0.72), (0.6, 0.8), (0.75, 0.87), (0.9, 0.93), (0.99, 0.96), (1.0, 0.985)),
    "fused": ((0.0, 0.05), (0.3, 0.3), (0.5, 0.5), (0.7, 0.7), (0.9, 0.88), (1.0, 0.97)),
    "prior": ((0.0, 0.6), (0.5, 0.85), (1.0, 0.97)),
    "cld2": ((0.0, 0.3), (0.5, 0.7), (0.9, 0.97), (1.0, 0.995)),
}


_CALIBRATION_XS = {path: [x for x, _ in table] for path, table in CALIBRATION.items()}


def calibrate(path: str, raw: float) -> float:
    table = CALIBRATION[path]
    if raw <= table[0][0]:
        return table[0][1]
    if raw >= table[-1][0]:
        return table[-1][1]
    k = bisect_left(_CALIBRATION_XS[path], raw)  # table[k - 1][0] < raw <= table[k][0]
    (x0, y0), (x1, y1) = table[k - 1], table[k]
    return round(y0 + (y1 - y0) * (raw - x0) / (x1 - x0 or 1.0), 4)


class Detector:
    """Language detection for documents and spans; engines load lazily on first use."""

    def __init__(
        self,
        languages: Iterable[str] | None = None,
        min_letters: int = 3,
        exhaustive: bool = False,
        document_chars: int = 200,
    ) -> None:
        from framework.errors import ConfigError

        langs = None
        if languages:
            langs = frozenset(code.strip().lower() for code in languages if code.strip())
            unsupported = sorted(c for c in langs if c not in self.all_supported())
            if unsupported:
                raise ConfigError(
                    f"language: unsupported language code(s) {', '.join(unsupported)} in 'languages'; "
                    f"supported ISO 639-1 codes: {', '.join(sorted(self.all_supported()))}"
                )
        self.restrict = langs
        self.min_letters = int(min_letters)
        # min_letters letters anywhere: found in a few characters on prose, linear when there are fewer.
        self._enough_letters = regex.compile(
            rf"[\p{{L}}\p{{M}}](?:[^\p{{L}}\p{{M}}]*+[\p{{L}}\p{{M}}]){{{max(0, self.min_letters - 1)}}}"
        )
        self.exhaustive = bool(exhaustive)
        self.document_chars = int(document_chars)
        self.cld2 = Cld2Engine()  # unrestricted; filtered here so we know CLD2's own first choice
        self.langid = LangidEngine(langs)
        self.lingua = LinguaEngine(langs)
        self.lingua_low = LinguaEngine(langs, low_accuracy=True)
        self.words = WordFrequencies()

    @staticmethod
    def all_supported() -> frozenset[str]:
        """Languages a restriction may name: lingua's 75 (the engine that decides short spans). Cheap: no
        model is loaded to answer."""
        return LinguaEngine.supported()

    @property
    def supported(self) -> frozenset[str]:
        """Languages this detector answers among (the configured ones, or lingua's 75)."""
        return self.restrict if self.restrict is not None else LinguaEngine.supported()

    def _allowed(self, code: str | None) -> bool:
        return code is not None and (self.restrict is None or code in self.restrict)

    # ---- documents ----------------------------------------------------------------------------------
    def detect(self, text: str, prior: str | None = None) -> Detection:
        """Document path for texts of ``document_chars`` characters or more, span path (with ``prior``, the
        enclosing document's language, if any) below."""
        if len(text) >= self.document_chars:
            return self.detect_document(text)
        return self.detect_span(text, prior)

    def detect_document(self, text: str) -> Detection:
        cleaned = _cleaned_document(text)
        try:  # encoded once, for the sample and the whole text
            data = cleaned.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: CLD2 reads the text without them
            data = strip_controls(cleaned).encode("utf-8")
        if len(data) > SAMPLE_MIN:  # CLD2 first reads a sample; the whole text only when the sample is not clear
            reliable, cands = self.cld2.raw(_sample(data, SAMPLE_BYTES, SAMPLE_WINDOWS))
            if (
                reliable
                and cands
                and cands[0][1] >= DOC_SHARE
                and self._allowed(cands[0][0])
                and all(share < SAMPLE_OTHER for _, share in cands[1:])
            ):
                return Detection(cands[0][0], calibrate("cld2", cands[0][1]), "cld2")
        if self._enough_letters.search(cleaned) is None:
            return Detection(UND, 0.0, "none")
        reliable, cands = self.cld2.raw(data)
        mix = tuple((c, s) for c, s in cands if s >= MIX_SHARE and self._allowed(c)) if reliable else ()
        mix = mix if len(mix) > 1 else ()
        if reliable and cands and cands[0][1] >= DOC_SHARE and self._allowed(cands[0][0]):
            return Detection(cands[0][0], calibrate("cld2", cands[0][1]), "cld2", mix)
        det = self.detect_span(cleaned[:SPAN_PREFIX])
        if not det.known and cands:
            allowed = [(c, s) for c, s in cands if self._allowed(c)]
            if allowed:
                return Detection(allowed[0][0], calibrate("cld2", allowed[0][1] * 0.5), "cld2", mix)
        return Detection(det.lang, det.score, det.engine, mix) if mix and det.known else det

    # ---- spans --------------------------------------------------------------------------------------
    def detect_span(self, text: str, prior: str | None = None) -> Detection:
        """The short-span cascade. ``prior``: the language of the document the span sits in (a quote, a
        tweet); a span the prior judge does not find clearly in another language takes it (see
        ``_prior_judge``), which spares py3langid and lingua's large models on most quotes."""
        cleaned = clean(text)  # (clean drops control characters and lone surrogates with the other noise)
        if self._enough_letters.search(cleaned) is None and count_letters(cleaned) < self.min_letters:
            return Detection(UND, 0.0, "none")  # (count_letters: a Han or kana character counts as three)
        reliable, cld, fit = self.cld2.raw_scored(cleaned)
        cld_top = cld[0][0] if cld else None
        if reliable and cld and cld[0][1] >= FIT_SHARE and self._allowed(cld_top) and len(cleaned) >= SHORT_CHARS:
            if (len(cleaned) >= FAST_CHARS and cld_top not in CHECK and cld[0][1] >= FAST_SHARE) or (
                cld_top in self.supported and fit >= FIT_SCORES.get(cld_top, FIT_SCORE)
            ):
                return Detection(cld_top, calibrate("cld2", cld[0][1]), "cld2")
        cld_scores = {c: s for c, s in cld if self._allowed(c)}
        if prior is not None and prior in self.supported:
            judged = self._prior_judge(cleaned, prior, cld_scores)
            if judged is not None:
                return judged
        short = len(cleaned) < SHORT_CHARS
        lid = self.langid.scores(cleaned, 10 if short else LONG_CANDIDATES)
        if lid and lid[0][0] == cld_top and self._allowed(cld_top):
            if (reliable and lid[0][1] >= GATE) or (not short and self.restrict is None):
                return Detection(cld_top, calibrate("agree", lid[0][1]), "cld2+py3langid")
        if self.restrict is not None and lid and lid[0][1] >= GATE:
            # Among a few languages py3langid alone is as good as the fusion when it is sure (seven news
            # languages: 99.74 % of sentences either way) and lingua then runs on 2.5 % of sentences, not 90 %.
            return Detection(lid[0][0], calibrate("agree", lid[0][1]), "py3langid")
        if self.restrict is None and _OUTSIDE_LINGUA.search(cleaned) is not None \
                and 2 * len(_OUTSIDE_LINGUA.findall(cleaned)) >= len(_LETTER.findall(cleaned)):
            # `ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ …` (Cherokee): CLD2 knows the script's language; lingua would name one of its own
            if reliable and cld and cld[0][1] >= FIT_SHARE:
                return Detection(cld_top, calibrate("cld2", cld[0][1]), "cld2")
            return Detection(UND, 0.0, "none")
        lingua_langs = LinguaEngine.supported()
        if short and self.exhaustive:
            cands = None
        else:
            cands = {c for c, _ in lid} | set(cld_scores)
            if self.restrict is not None and len(self.restrict) <= 8:
                cands |= self.restrict
            cands &= lingua_langs
            if self.restrict is not None:
                cands &= self.restrict
            if not cands:
                if lid:
                    return Detection(lid[0][0], calibrate("fused", lid[0][1] * 0.5), "py3langid")
                if cld_scores:
                    c, s = max(cld_scores.items(), key=lambda kv: kv[1])
                    return Detection(c, calibrate("fused", s * 0.5), "cld2")
                return Detection(UND, 0.0, "none")
        lin = dict(self.lingua.scores(cleaned, sorted(cands) if cands is not None else None))
        if not lin:
            return Detection(UND, 0.0, "none")
        lid_d = dict(lid)
        if not short:
            w_lid, w_cld = W_LONG
        else:
            w_lid, w_cld = W_SHORT_RESTRICTED if self.restrict is not None else W_SHORT
        z = sum(lin.values()) or 1.0
        logs = {
            c: math.log(p / z + EPS) + w_lid * math.log(lid_d.get(c, 0.0) + EPS) + w_cld * cld_scores.get(c, 0.0)
            for c, p in lin.items()
        }
        if self.restrict is not None:
            if self.words.covers(logs):
                for c, zipf in self.words.scores(cleaned, logs).items():
                    logs[c] += W_WORDS * zipf
        elif len(words := self.words.words(cleaned)) <= WORDS_MAX:
            # 40 of the 75 languages have a list: the others count each word as Zipf WORDS_UNLISTED
            available = self.words.available()
            zipfs = self.words.scores(cleaned, [c for c in logs if c in available], words)
            for c in logs:
                logs[c] += W_WORDS_ALL * zipfs.get(c, WORDS_UNLISTED * len(words))
        best = max(logs, key=logs.__getitem__)
        m = logs[best]
        total = sum(math.exp(v - m) for v in logs.values())
        return Detection(best, calibrate("fused", 1.0 / total), "lingua+fusion")

    def _prior_judge(self, cleaned: str, prior: str, cld_scores: dict[str, float]) -> Detection | None:
        """A span in a document of language ``prior``: that language unless the span is clearly another.

        lingua in low-accuracy mode (trigram models: ~1.5 MB and ~0.03 s to load per language, against
        ~25 MB and ~0.5 s in high accuracy) compares the prior with CLD2's answers and PRIOR_COMMON; a rival
        with PRIOR_LEAVE of the probability wins. When the prior gets under PRIOR_DROP, the best rival wins
        if it has PRIOR_TAKE; else py3langid's first answers join the rivals and both engines' scores are
        fused (a Cyrillic quote in a French article whose language CLD2 missed). Measured on lingua's test
        data and the news corpus: see the issue notes."""
        supported = self.supported
        rivals = [c for c in sorted(cld_scores, key=cld_scores.__getitem__, reverse=True) if c != prior]
        rivals.extend(PRIOR_COMMON)
        rivals = list(dict.fromkeys(c for c in rivals if c in supported and c != prior))[:PRIOR_RIVALS]
        if not rivals:
            return Detection(prior, calibrate("prior", 1.0), "prior")
        low = dict(self.lingua_low.scores(cleaned, [prior, *rivals]))
        rival = max(rivals, key=lambda c: low.get(c, 0.0))
        if low.get(rival, 0.0) >= PRIOR_LEAVE:
            return Detection(rival, calibrate("fused", low[rival]), "prior+lingua-low")
        if low.get(prior, 0.0) >= PRIOR_DROP:
            return Detection(prior, calibrate("prior", low.get(prior, 0.0)), "prior")
        # The prior is out: lingua-low fused with CLD2's shares (as the cascade does on short texts) names the
        # best rival; it wins when it has PRIOR_TAKE of that fused probability.
        fused = {c: math.log(low.get(c, 0.0) + EPS) + W_SHORT[1] * cld_scores.get(c, 0.0) for c in rivals}
        top = max(fused, key=fused.__getitem__)
        share = 1.0 / sum(math.exp(v - fused[top]) for v in fused.values())
        if share >= PRIOR_TAKE:
            return Detection(top, calibrate("fused", share), "prior+lingua-low")
        # The prior is out and no rival is likely: widen the field with py3langid's first answers and fuse
        # both engines' scores, still in low accuracy (lingua's large models here cost seconds and hundreds
        # of MB over a news corpus: mostly names).
        lid = dict(self.langid.scores(cleaned, PRIOR_WIDER))
        wider = [c for c in lid if c in supported]
        low = dict(self.lingua_low.scores(cleaned, list(dict.fromkeys([*rivals, *wider]))))
        if not low:
            return None
        fused = {c: math.log(p + EPS) + W_LONG[0] * math.log(lid.get(c, 0.0) + EPS) for c, p in low.items()}
        best = max(fused, key=fused.__getitem__)
        return Detection(best, calibrate("fused", low[best]), "prior+lingua-low")

    def detect_spans(self, texts: Iterable[str]) -> list[Detection]:
        return [self.detect_span(t) for t in texts]


def parse_languages(value) -> list[str] | None:
    """Setting value -> list of codes: "fr,en" / "fr en" / ["fr", "en"] / None."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        items = regex.split(r"[\s,;]+", value)
    else:
        items = list(value)
    out = [str(x).strip().lower() for x in items if str(x).strip()]
    return [norm_code(x) or x for x in out] or None
