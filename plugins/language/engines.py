"""Engine wrappers: one interface over CLD2 (pycld2), py3langid and lingua.

Every engine answers ``scores(text) -> list[(iso639_1, score)]``, best first, with scores in [0, 1] that
sum to at most 1, and language codes normalised to ISO 639-1 as lingua's test data names them (``he`` not
``iw``, ``nb`` not ``no``). Models load lazily on first use, once per process.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Sequence

# Codes the engines use that differ from the ISO 639-1 code we report.
_ALIASES = {
    "iw": "he", "ji": "yi", "in": "id", "jw": "jv", "no": "nb", "zh-Hant": "zh", "zh-hant": "zh",
    "sr-ME": "sr", "ary": "ar", "arz": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "hbo": "he",
    "fil": "tl", "mo": "ro", "bh": "bho", "kik": "ki",
}
# Codes that mean "no language".
_NONE = {"un", "xx", "zxx", "und", "xxx", ""}


def norm_code(code: str) -> str | None:
    """Normalise an engine's language code; None for 'unknown'."""
    if code in _NONE:
        return None
    code = _ALIASES.get(code, code)
    if code.startswith("xx-") or code.startswith("zz"):
        return None  # CLD2's "some language in this script" (xx-Cyrl) and its placeholders (zzb): no language
    return code


# Control characters make CLD2 fail with "input contains invalid UTF-8" (e.g. U+0092 in Windows-1252
# mojibake); surrogates cannot be encoded at all. Keep tab and newline.
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Replace C0/C1 control characters (not tab/newline) by spaces and drop lone surrogates."""
    text = _BAD.sub(" ", text)  # a C-speed scan when there is nothing to replace (most texts)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "ignore").decode("utf-8")
    return text


class Engine:
    """Base class: ``name``, ``languages()`` (supported ISO codes), ``scores(text)``."""

    name = "engine"

    def __init__(self, languages: Iterable[str] | None = None) -> None:
        self.restrict: frozenset[str] | None = frozenset(languages) if languages else None

    def languages(self) -> frozenset[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def scores(self, text: str) -> list[tuple[str, float]]:  # pragma: no cover - overridden
        raise NotImplementedError

    def best(self, text: str) -> tuple[str | None, float]:
        s = self.scores(text)
        return s[0] if s else (None, 0.0)


_CLD2_CODES: dict[str, str | None] = {}  # CLD2's code -> ours, filled as codes are met (on the per-text path)
_MISSING = object()


class Cld2Engine(Engine):
    """Google CLD2 via pycld2: ~100k sentences/s, good on documents; top 3 languages with percentages.

    Restricted mode keeps only the allowed languages among CLD2's top 3 (CLD2 has no restriction of its own).
    """

    name = "cld2"
    _mod = None

    @classmethod
    def _cld2(cls):
        if cls._mod is None:
            import pycld2

            cls._mod = pycld2
        return cls._mod

    def languages(self) -> frozenset[str]:
        codes = {norm_code(c) for _, c in self._cld2().LANGUAGES}
        return frozenset(c for c in codes if c and len(c) == 2)

    def raw(self, text: str | bytes) -> tuple[bool, list[tuple[str, float]]]:
        """(is_reliable, [(code, share)]) with shares in [0, 1] (CLD2's percent of text bytes). ``text`` may
        be UTF-8 bytes already (the document path encodes once for its sample and, if need be, the whole)."""
        reliable, out, _score = self.raw_scored(text)
        return reliable, out

    def raw_scored(self, text: str | bytes) -> tuple[bool, list[tuple[str, float]], float]:
        """``raw`` plus CLD2's normalised score of its first answer (how well the text fits that language's
        model, per KB: ~1,000 and more on a typical sentence it is sure of, a few hundred on a doubtful one)."""
        cld2 = self._cld2()
        try:  # UTF-8 bytes: pycld2's own conversion of a str costs ~10 % of a 4 KB document's time
            data = text if isinstance(text, bytes) else text.encode("utf-8")
            reliable, _nbytes, details = cld2.detect(data, isPlainText=True, bestEffort=True)
        except (cld2.error, UnicodeEncodeError):  # control characters, lone surrogates (rare): strip, retry
            if isinstance(text, bytes):
                text = text.decode("utf-8", "ignore")
            data = strip_controls(text).encode("utf-8")
            reliable, _nbytes, details = cld2.detect(data, isPlainText=True, bestEffort=True)
        out: list[tuple[str, float]] = []
        top_score = 0.0
        codes = _CLD2_CODES
        for _name, code, percent, score in details:
            if percent <= 0:
                continue
            c = codes.get(code, _MISSING)
            if c is _MISSING:
                c = codes[code] = norm_code(code)
            if c is None:
                continue
            if self.restrict is not None and c not in self.restrict:
                continue
            if not out:
                top_score = float(score)
            out.append((c, percent / 100.0))
        return reliable, out, top_score

    def scores(self, text: str) -> list[tuple[str, float]]:
        return self.raw(text)[1]


class _LangidModel:
    """py3langid's model, scored our way: the same DFA walk and naive Bayes sum as its ``rank``, but the top
    languages come from ``argpartition`` instead of a dict over all 142 classes and a full sort (that merge and
    sort was a third of py3langid's cost per sentence), and a restriction is a column subset of our own."""

    def __init__(self, ident) -> None:
        import numpy as np
        from py3langid.langid import visit_counts

        self._np = np
        self._visit = visit_counts
        self._nextmove, self._rowbase, self._output = ident.tk_nextmove, ident._rowbase, ident.tk_output
        codes = [norm_code(c) for c in ident.nb_classes]
        cols = [i for i, c in enumerate(codes) if c is not None]
        self.codes = [codes[i] for i in cols]
        # float32 and contiguous: the row gather and the product run without a cast or a strided copy. The
        # identifier's own float16 table is not kept (the shared model holds this one only).
        self._ptc = np.ascontiguousarray(ident.nb_ptc[:, cols], dtype=np.float32)
        self._pc = np.asarray(ident.nb_pc[cols], dtype=np.float32)

    def restricted(self, keep: frozenset[str]) -> _LangidModel:
        """The same model answering among ``keep`` only (py3langid's ``set_languages``: a column subset)."""
        import copy

        import numpy as np

        cols = [i for i, c in enumerate(self.codes) if c in keep]
        sub = copy.copy(self)
        sub.codes = [self.codes[i] for i in cols]
        sub._ptc = np.ascontiguousarray(self._ptc[:, cols])
        sub._pc = self._pc[cols]
        return sub

    def scores(self, text: str, k: int) -> list[tuple[str, float]]:
        np = self._np
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        visits = self._visit(self._nextmove, self._rowbase, self._output, data)
        if not visits:
            return []  # no feature: py3langid would answer a uniform distribution
        idx = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
        counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
        raw = np.log1p(counts) @ self._ptc.take(idx, axis=0)  # take: ~30 % faster than fancy indexing here
        raw += self._pc
        raw *= 1.0 / math.sqrt(len(data))  # py3langid's temperature: calibrated across lengths
        raw -= raw.max()
        np.exp(raw, out=raw)
        n = min(len(raw), k + 3)
        top = raw.argsort()[: -n - 1 : -1]  # a full sort of ~140 floats is cheaper than argpartition's wrapper
        probs = (raw[top] * (1.0 / raw.sum())).tolist()
        codes = self.codes
        out: dict[str, float] = {}
        for i, p in zip(top.tolist(), probs, strict=True):  # aliases (sr in two scripts) add up
            code = codes[i]
            out[code] = out.get(code, 0.0) + p
        return sorted(out.items(), key=lambda kv: -kv[1])[:k]


class LangidEngine(Engine):
    """py3langid (langid.py's naive Bayes model, 142 classes): ~10k sentences/s, normalised probabilities."""

    name = "py3langid"
    _shared = None
    _lock = threading.Lock()

    def __init__(self, languages: Iterable[str] | None = None) -> None:
        super().__init__(languages)
        self._model: _LangidModel | None = None

    @classmethod
    def _load(cls):
        with cls._lock:
            if cls._shared is None:
                from .langid_cache import load_identifier

                cls._shared = _LangidModel(load_identifier())
            return cls._shared

    def _scorer(self) -> _LangidModel:
        if self._model is None:
            full = self._load()
            self._model = full if self.restrict is None else full.restricted(self.restrict)
        return self._model

    def languages(self) -> frozenset[str]:
        return frozenset(self._load().codes)

    def scores(self, text: str, k: int = 5) -> list[tuple[str, float]]:
        model = self._scorer()
        if not model.codes:  # none of the allowed languages is in py3langid's model: it has no say
            return []
        return model.scores(text, k)


MAX_HIGH = 0  # default cap on high-accuracy lingua languages loaded at once: 0, none (see LinguaEngine._track)


class LinguaEngine(Engine):
    """lingua (Rust, n-gram models up to 5-grams): the most accurate on words and word pairs, slow unless
    restricted. Detectors are cached per language set; lingua shares loaded models between detectors, so
    restricting per call to a few candidates costs little memory and runs at ~15k short texts/s."""

    name = "lingua"
    _detectors: dict[tuple[frozenset[str] | None, bool], object] = {}
    _lock = threading.Lock()

    def __init__(self, languages: Iterable[str] | None = None, low_accuracy: bool = False) -> None:
        super().__init__(languages)
        self.low_accuracy = low_accuracy

    _supported: frozenset[str] | None = None

    @classmethod
    def supported(cls) -> frozenset[str]:
        """lingua's languages (computed once: this is on the per-text path)."""
        if cls._supported is None:
            from lingua import Language

            cls._supported = frozenset(lang.iso_code_639_1.name.lower() for lang in Language.all())
        return cls._supported

    def languages(self) -> frozenset[str]:
        return self.supported()

    def detector(self, langs: frozenset[str] | None = None):
        langs = langs if langs is not None else self.restrict
        key = (langs, self.low_accuracy)
        det = self._detectors.get(key)
        if det is None:
            with self._lock:
                det = self._detectors.get(key)
                if det is None:
                    from lingua import IsoCode639_1, LanguageDetectorBuilder

                    if langs is None:
                        b = LanguageDetectorBuilder.from_all_languages()
                    else:
                        codes = [getattr(IsoCode639_1, c.upper()) for c in sorted(langs)]
                        if len(codes) == 1:  # lingua needs two languages at least
                            extra = "en" if langs != {"en"} else "fr"
                            codes.append(getattr(IsoCode639_1, extra.upper()))
                        b = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
                    if self.low_accuracy:
                        b = b.with_low_accuracy_mode()
                    det = b.build()
                    self._detectors[key] = det
        return det

    # High-accuracy models are large in lingua 2.1 (~25 MB per language, measured: 10 languages 245 MB). With a
    # cap (``max_high`` > 0, setting ``language.lingua_languages``) at most that many languages stay loaded; past
    # it the least recently used ones are unloaded (lingua reloads a language lazily, ~0.1-0.5 s, the next time
    # a detector needs it). Answers do not change, only memory and the time of reloads; unrestricted short
    # texts meet ~10 candidates each, so a small cap there means reloads on most calls. Off by default.
    max_high = MAX_HIGH
    _recent: OrderedDict[str, None] = OrderedDict()

    def _track(self, langs: frozenset[str] | None) -> None:
        """Mark ``langs`` as just used; unload the least recently used high-accuracy languages past the cap."""
        if self.low_accuracy or langs is None or self.max_high <= 0:
            return
        with self._lock:
            recent = self._recent
            for code in langs:
                recent[code] = None
                recent.move_to_end(code)
            excess = len(recent) - self.max_high
            if excess <= 0:
                return
            old = [code for code in recent if code not in langs][: max(2, excess)]
            if len(old) < 2:  # lingua's builder needs two languages; a cap under two means none kept
                return
            for code in old:
                del recent[code]
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, c.upper()) for c in old]
        LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build().unload_language_models()

    def scores(self, text: str, candidates: Sequence[str] | None = None) -> list[tuple[str, float]]:
        langs = self.restrict
        if candidates is not None:
            cands = frozenset(candidates) & self.supported()
            if self.restrict is not None:
                cands &= self.restrict
            if cands:
                langs = cands
        self._track(langs)
        vals = self.detector(langs).compute_language_confidence_values(text)
        out = []
        for cv in vals:
            code = cv.language.iso_code_639_1.name.lower()
            if langs is not None and code not in langs:
                continue
            out.append((code, float(cv.value)))
        return out


def letters_only_len(text: str) -> int:
    """Number of letters (Unicode category L*) in text."""
    return sum(1 for ch in text if unicodedata.category(ch)[0] == "L")
