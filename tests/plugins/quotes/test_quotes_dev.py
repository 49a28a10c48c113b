"""The hand-annotated development set (tests/plugins/quotes/data/dev_gold.json, texts from the shared news
corpus): precision/recall of marked quotes at overlap 0.3 and 0.8, type and speaker accuracy, per language and
per split, and indirect speech on the documents that annotate it.

Splits (each document says its own): ``tuned`` (the rule writers read its errors), ``held-out`` (only its scores were
seen), ``blind`` (annotated before any system output on it was looked at), ``check`` (20 + 20 articles annotated before
the fifth pass changed any rule, scored once at its end: the honest figure), ``check2`` (annotated after ``check`` was
read, before the rules changed after that), ``check3`` (18 + 18 articles with indirect speech too, annotated before the
seventh pass changed any rule, left out of every figure until its one measurement at the end of that pass; its errors
were read after it), ``check4`` (18 + 18 articles, the same selection and conventions, annotated at the start of the
eighth pass before any rule change; sealed until the ninth pass: measured with main's code right after annotation and
once at the end of the eighth pass; its errors were read in the ninth pass, so it is now a split like check3),
``check5`` (18 + 18 articles, the same conventions, length bounds widened because check4's were used up: fr 400-1,500,
en 400-1,800; annotated at the start of the ninth pass before any rule change; sealed like check4 until its one
measurement at the end of that pass, unsealed after it), ``check6`` (18 + 18 articles, check5's selection with
random.seed(6666), annotated at the start of the tenth pass before any rule change; sealed until its one measurement at
the end of that pass, which gave main's figures except en indirect precision 0.85 -> 0.83; unsealed after it),
``check7`` (18 + 18 articles, check6's selection with random.seed(77777), annotated at the start of the thirteenth pass
before any rule change and before any system output on them was seen. Main's code (44c7f84) on it, measured once right
after annotation, the honest unseen figure: fr 63 quotes, P/R 1.00/1.00, type 0.87, speaker 0.87 (0.94 with a gold
speaker), indirect P 0.81 R 0.84 speaker 1.00; en 50 quotes, P/R 1.00/1.00, type 0.92, speaker 0.86 (0.91 with a gold
speaker), indirect P 0.82 R 0.55 speaker 1.00. Its errors were then read to choose the thirteenth pass's rules, so it is
unsealed, a split like check6; at the end of that pass: fr type 0.94, speaker 0.95 (0.98), indirect P 0.78 R 0.84; en
type 0.92, speaker 0.92 (0.98), indirect P 0.83 R 0.61), ``check8`` (18 + 18 articles, check7's selection with
random.seed(88888) and length bounds widened to fr 300-2,200, en 400-2,200; annotated at the end of the fourteenth pass
before any system output on them was seen). Measured once, at the end of the fourteenth pass (93d93aa; the session's
start 211ab73 gave the same figures but en type 0.90): fr 62 quotes, P/R 1.00/0.97, type 0.80, speaker 0.85 (0.87 with a
gold speaker), mixed R 1.00, indirect P 0.89 R 0.78 speaker 0.88; en 67 quotes, P/R 0.97/0.91, type 0.92, speaker 0.89
(0.93), mixed R 1.00, indirect P 0.80 R 0.56 speaker 0.94. Measured again at the start of the fifteenth pass (same
figures), then its errors were read, so it is unsealed, a split like check7; seven split quotes around their attribution
that it had written as two quotes each were merged then (the issue's convention; en direct recall 0.86 -> 1.00 with the
same code). ``check9`` (18 + 18 articles, check8's selection with random.seed(99999), 95 fr and 83 en candidates;
annotated at the start of the fifteenth pass before any system output on them was seen) was measured once, at the end of
that pass's first half (43f002c; the pass's start 8a70821 gave the same but fr type 0.80): fr 78 quotes, P/R 0.99/0.97,
type 0.82, speaker 0.76 (0.72 with a gold speaker), indirect P/R 0.77/0.46; en 75 quotes, P/R 0.97/0.99, type 0.95,
speaker 0.92 (0.91), indirect P/R 0.78/0.64. Its errors were then read for the pass's second half, so it is unsealed.
``check10`` (18 + 18 articles, the same selection with random.seed(101010), 77 fr and 65 en candidates; annotated during
the fifteenth pass before any system output on them was seen) was measured once, at the end of that pass (3fce2e8; the
pass's start 8a70821 in brackets): fr 55 quotes, P/R 1.00/1.00, type 0.93 (0.91), speaker 0.85 (0.84), 0.84 (0.82) with
a gold speaker, indirect P/R 0.82/0.74 (0.81/0.69); en 63 quotes, P/R 0.94/1.00, type 0.89, speaker 0.84 (0.87 with a
gold speaker), indirect P/R 0.89/0.67 (0.87/0.67). Its errors have not been read; measured again at the end of the
sixteenth pass (b63c3cd; the pass's start 011fde2 in brackets): fr unchanged, en indirect P 0.92 (0.89), the rest
unchanged; its errors were then read for the last rules of that pass (en speaker 0.84 -> 0.87, fr 0.85 -> 0.87), so it
is unsealed. ``check11`` (18 + 18 articles, the same selection with random.seed(111111), 59 fr and 47 en candidates;
annotated after check10's measurement before any system output on them was seen) was measured once, at the start of the
sixteenth pass (main's code 011fde2): fr 60 quotes, P/R 1.00/1.00, type 0.92, speaker 0.73 (0.67 with a gold speaker),
indirect P/R 0.90/0.67; en 74 quotes, P/R 0.92/0.93, type 0.91, speaker 0.77 (0.78), indirect P/R 0.97/0.60. Its errors
were then read for that pass's rules, so it is unsealed (its gold was corrected after the measurement: a split quote
around its attribution merged, one speaker moved to the subject of its cue). ``check12`` (18 + 18 articles, the same
selection with random.seed(121212), 41 fr and 29 en candidates; annotated during the sixteenth pass before any system
output on them was seen) was measured once, at the end of that pass (b63c3cd; its start 011fde2 in brackets): fr 69
quotes, P/R 1.00/0.97, type 0.82, speaker 0.88 (0.88 with a gold speaker), indirect P/R 0.87/0.74, all unchanged; en 67
quotes, P/R 0.99/1.00, type 0.91, speaker 0.84 (0.82), 0.83 (0.81) with a gold speaker, indirect P/R 0.92/0.72
(0.91/0.68); measured again after the rules from check10 (0cfd1f0, c7c7f9f), with the same figures. Its errors were read
at the start of the seventeenth pass (after those two measurements), so it is unsealed. ``check13`` (18 + 18 articles,
the same selection with random.seed(131313) and length bounds widened to fr 300-3,000 and en 400-3,000 characters, 86 fr
and 122 en candidates; annotated at the start of the seventeenth pass before any system output on them was seen) was
measured with the code of that pass's start (27895cd): fr 80 quotes, P/R 1.00/1.00, type 0.82, speaker 0.68 (0.67 with a
gold speaker), indirect P/R 0.91/0.61; en 90 quotes, P/R 1.00/0.99, type 0.88, speaker 0.81 (0.84), indirect P/R
0.86/0.55; measured again at the end of that pass (f4efa86): the same but en indirect P/R 0.86/0.56. Its errors were
then read for that pass's last rules, so it is unsealed. ``check14`` (18 + 18 articles, check13's selection with
random.seed(141414), 68 fr and 104 en candidates; annotated during the seventeenth pass before any system output on them
was seen) was measured with that pass's start (27895cd) and end (b04d7a8): fr 88 quotes, P/R 1.00/0.99, type 0.84,
speaker 0.67 (0.63 with a gold speaker), indirect P/R 0.81/0.68, both times; en 83 quotes, P/R 0.97/1.00, type 0.93,
speaker 0.87 -> 0.86 (0.89 -> 0.88), indirect P/R 0.90/0.75; the same with the pass's last rules (e8b0c21, 3ea5d1f) and
at the start of the eighteenth pass (9a6b570). Its errors were then read for that pass's rules, so it is unsealed.
``check15`` (18 + 18 articles, check14's selection with random.seed(151515), 50 fr and 86 en candidates; annotated by
hand from the raw text before any system output on them was seen) was measured with the code of the eighteenth pass's
start (9a6b570): fr 97 quotes, P/R 1.00/0.98, type 0.86, speaker 0.75 (0.71 with a gold speaker), indirect P/R
0.88/0.65; en 93 quotes, P/R 1.00/0.99, type 0.92, speaker 0.77 (0.78), indirect P/R 0.87/0.71; at the end of that pass
the same but en indirect P/R 0.85/0.70; measured a third time during the nineteenth pass (after its first rules:
indirect R fr 0.65 -> 0.69, en 0.70 -> 0.71, the rest unchanged), then its errors were read, so it is unsealed.
``check16`` (18 + 18 articles, check15's selection with random.seed(161616), 32 fr and 68 en candidates; annotated by
hand from the raw text during the eighteenth pass before any system output on them was seen) was measured with that
pass's start (9a6b570) and end: fr 81 quotes, P/R 1.00/1.00, type 0.83, speaker 0.81 (0.82), indirect P/R 0.85/0.69,
both times; en 75 quotes, P/R 0.99/1.00, type 0.95, speaker 0.85 (0.86), indirect P/R 0.95/0.73 -> 0.95/0.74; measured
twice more during the nineteenth pass (indirect R fr 0.69 -> 0.73, en 0.74 -> 0.75, the rest unchanged), then its errors
were read, so it is unsealed. ``check17`` (18 + 18 articles, check16's selection with random.seed(171717) and length
bounds widened to fr 300-4,000 and en 400-4,000, 51 fr and 124 en candidates; annotated by hand from the raw text at the
end of the eighteenth pass before any system output on them was seen) was measured with that pass's start (9a6b570) and
end (f6b2938): fr 133 quotes, P/R 1.00/0.98, type 0.78, speaker 0.72 (0.70 with a gold speaker), indirect P/R 0.68/0.56
-> 0.69/0.57; en 97 quotes, P/R 0.97/0.99, type 0.88, speaker 0.82 (0.84), indirect P/R 0.93/0.61, both times. Its
errors have not been read: it stays sealed. At the end of the nineteenth pass: fr speaker 0.715 -> 0.723 (0.705 ->
0.714), indirect P/R 0.69/0.57 -> 0.70/0.60; en speaker 0.823 -> 0.833 (0.835 -> 0.847), indirect P/R 0.93/0.61 ->
0.93/0.63; the rest unchanged. At the end of the twentieth and twenty-first passes (rules from templates only):
unchanged. Later passes moved it little (docs/quotes.md); at the end of the twenty-ninth (2026-12-04): fr type 0.785,
speaker 0.738 (0.733), indirect P/R 0.71/0.60; en type 0.896, speaker 0.844 (0.847), indirect P/R 0.93/0.65 (en type
0.875, speaker 0.833 before its names rule, as at the end of the twenty-sixth); at the end of the thirtieth: the same;
at the end of the thirty-first: indirect P fr 0.72, en 0.94, the rest the same; at the end of the thirty-second: fr
speaker 0.746 (0.743), en type 0.885, the rest the same. Its errors were read at the start of the thirty-seventh pass,
so it is unsealed (with that pass's rules: fr speaker 0.800, en 0.854). ``check18`` (18 + 18 articles, check17's
selection with random.seed(181818), 33 fr and 106 en candidates; annotated by hand from the raw text at the start of
the thirty-seventh pass before any system output on them was seen) was measured with that pass's start (d5c407e): fr
122 quotes, P/R 1.00/0.98, type 0.87, speaker 0.77 (0.75 with a gold speaker), indirect P/R 0.75/0.59; en 97 quotes,
P/R 0.98/1.00, type 0.91, speaker 0.89 (0.91), indirect P/R 0.87/0.60; the same after the pass's rules from
check17 (6895429), and with the pass's last rules from check17 (984d5af). Its errors were then read, so it is
unsealed. ``check19`` (18 + 18 articles, check18's selection with random.seed(191919) and the fr length bound
widened to 300-6,000 characters, 39 fr and 88 en candidates; annotated by hand from the raw text during the
thirty-seventh pass before any system output on them was seen) was measured with the pass's start (d5c407e) and after
its rules from check17 (984d5af): fr 164 quotes, P/R 1.00/1.00, type 0.87, speaker 0.793 -> 0.799 (0.782 -> 0.789 with a
gold speaker), indirect P/R 0.83/0.67; en 89 quotes, P/R 0.98/1.00, type 0.91, speaker 0.843 (0.854), indirect P/R
0.95/0.66, both times; at the end of the pass (ea90837, after the rules from check18's errors) the same. Its errors
were read at the start of the thirty-eighth pass, so it is unsealed. ``check20`` (18 + 18 articles, check19's
selection with random.seed(202020), 21 fr and 70 en candidates; annotated by hand from the raw text at the start of
the thirty-eighth pass before any system output on them was seen) was measured with that pass's start (cdbf5b9) and
its end (4440288): fr 163 quotes, P/R 0.99/0.96, type 0.91, speaker 0.847 (0.827 with a gold speaker), indirect P/R
0.77/0.64; en 115 quotes, P/R 0.98/0.99, type 0.92, speaker 0.868 (0.877), indirect P/R 0.90/0.63, both times, and
the same with the pass's last rules (a44ebe6). Its errors were read at the start of the thirty-ninth pass, so it is
unsealed. ``check21`` (18 + 18 articles, random.seed(212121): the 10 unannotated French articles of 250-9,000
characters with four double marks or more and 8 of 250-3,000 characters with two or three, 249 candidates; English as
check20, 52 candidates; annotated by hand from the raw text at the start of the thirty-ninth pass before any system
output on them was seen) was measured with that pass's start (a44ebe6) and end (6ee81b1): fr 85 quotes, P/R 1.00/1.00,
type 0.82, speaker 0.835 (0.852 with a gold speaker), indirect P/R 0.92/0.59, both times; en 113 quotes, P/R
0.97/1.00, type 0.823 -> 0.832, speaker 0.823 -> 0.832 (0.848 -> 0.859), indirect P/R 0.91/0.60. Its English errors
were read at the start of the fortieth pass (main's code unchanged since that measurement), so it is unsealed.
Scores are printed; the floors below are the measured figures minus a margin, so a regression fails."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from plugins.quotes.attribution import attribute
from plugins.quotes.evaluate import score
from plugins.quotes.marks import find_quotes

GOLD = Path(__file__).parent / "data" / "dev_gold.json"
SPLITS = ("tuned", "held-out", "blind", "check", "check2", "check3", "check4", "check5", "check6", "check7", "check8",
          "check9", "check10", "check11", "check12", "check13", "check14", "check15", "check16", "check17", "check18",
          "check19", "check20", "check21")
SEALED: tuple[str, ...] = ()  # splits left out of the figures until their measurement


@pytest.fixture(scope="module")
def dev(shared_data):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    wanted = {d["id"] for d in gold}
    texts = {}
    with open(shared_data / "news" / "news.jsonl", "rb") as f:
        for line in f:
            d = orjson.loads(line)
            if d["id"] in wanted:
                texts[d["id"]] = d["text"]
    assert set(texts) == wanted
    return gold, texts


def evaluate(
    gold, texts, lang: str | None, threshold: float, use_lang: bool = True, split: str | None = None,
    indirect: bool = False,
) -> dict:
    """Scores over the documents of ``lang`` and ``split`` (None: all); ``indirect``: score reported speech
    without marks instead of marked quotes (only documents that annotate it)."""
    g_all, s_all = [], []
    base = 0
    for doc in gold:
        text = texts[doc["id"]]
        shift = base
        base += len(text) + 1  # each document's spans are offset apart so that documents never overlap
        if (lang and doc["lang"] != lang) or (split and doc["split"] != split) or (indirect and "indirect" not in doc):
            continue
        if split is None and doc["split"] in SEALED:
            continue
        found = attribute(text, find_quotes(text), doc["lang"] if use_lang else None)
        wanted = doc["indirect"] if indirect else doc["quotes"]
        g_all += [_shift(q, shift) for q in wanted]
        s_all += [_shift(q, shift) for q in found if (q["type"] == "indirect") == indirect]
    return score(g_all, s_all, threshold)


def _shift(q: dict, base: int) -> dict:
    out = dict(q, start=q["start"] + base, end=q["end"] + base)
    sp = q.get("speaker")
    if sp:
        out["speaker"] = dict(sp, start=sp["start"] + base, end=sp["end"] + base)
        if sp.get("mention"):
            m = sp["mention"]
            out["speaker"]["mention"] = dict(m, start=m["start"] + base, end=m["end"] + base)
    return out


FMT = ("P {precision:.2f} R {recall:.2f} F1 {f1:.2f} type {type_accuracy:.2f} speaker {speaker_accuracy:.2f}"
       " (of quotes with a gold speaker: {speaker_accuracy_attributed:.2f})")


# fr speaker floors 0.88/0.91 -> 0.87/0.90 in the tenth pass: check6 (fr speaker 0.77, 0.75 with a gold speaker, the
# same with main's code) joined the figures; no other split moved. Back to 0.88/0.91 in the eleventh pass: fr speaker
# 0.885 -> 0.892, 0.907 -> 0.917 with a gold speaker (check6 0.77 -> 0.82; no split lost). Thirteenth pass, check7 in
# the figures: fr type 0.863 -> 0.877, speaker 0.889 -> 0.905 (0.920 -> 0.926), en speaker 0.912 -> 0.919 (0.939 ->
# 0.947), en type unchanged (0.904): floors fr type 0.86, speaker 0.89/0.91, en speaker 0.90/0.93. Fourteenth pass
# (docs/quotes.md item 15): fr speaker 0.905 -> 0.913 (0.926 -> 0.938), floors 0.90/0.92. Fifteenth pass (item 17,
# check8 read and in the figures): fr type 0.871 -> 0.883, speaker 0.907 -> 0.919 (0.930 -> 0.940), en speaker 0.919
# -> 0.922 (0.949 -> 0.953). check9 joined the figures (read after its one measurement): fr speaker 0.907 (0.920),
# indirect R 0.787; floors fr type 0.87, speaker 0.90/0.91, en speaker 0.91/0.94. Sixteenth pass: check11 joined
# the figures after its one measurement (fr speaker 0.73, 0.67 with a gold speaker; en 0.77, 0.78): fr speaker
# 0.908 -> 0.898 (0.923 -> 0.904), en 0.923 -> 0.912 (0.950 -> 0.938) with the same code. At the end of the pass
# (docs/quotes.md item 18; gold normalised: sixteen split quotes merged): fr type 0.886 -> 0.892, speaker 0.896 ->
# 0.909 (0.902 -> 0.920), en speaker 0.910 -> 0.920 (0.935 -> 0.947); floors fr type 0.88, speaker 0.90/0.91, en
# type 0.90, speaker 0.91/0.94. check10 then joined the figures (read after its second measurement): fr speaker 0.906
# (0.915), en 0.916 (0.945), indirect R fr 0.779, en 0.754. Seventeenth pass: check12 read and in the figures (fr
# speaker 0.907, 0.914 with a gold speaker; en 0.922, 0.944 at the pass's end), then check13 read after its two
# measurements and in the figures (its fr speaker 0.68 -> 0.71, en 0.81 -> 0.84 with that pass's last rules): fr type
# 0.884, speaker 0.889 (0.895), en type 0.912, speaker 0.915 (0.938); floors fr type 0.87, speaker 0.88/0.89, en
# 0.90, 0.91/0.93. Eighteenth pass: check14 read and in the figures (its fr speaker 0.67, 0.63 with a gold speaker):
# fr speaker 0.877 (0.878) at the pass's start; at its end fr type 0.890, speaker 0.891 (0.895), en type 0.914,
# speaker 0.918 (0.941): floors fr type 0.88, speaker 0.88/0.88, en 0.90, 0.91/0.93. Nineteenth pass: check15 read
# (after its third measurement) and in the figures: fr speaker 0.891 -> 0.878 (0.895 -> 0.881), en 0.918 -> 0.907
# (0.941 -> 0.927) with the same code; floors fr speaker 0.87/0.87, en 0.90/0.92. check16 read after its fourth
# measurement and in the figures: fr type 0.885, speaker 0.878 (0.882), en type 0.918, speaker 0.910 (0.930)
@pytest.mark.parametrize(
    "lang, floors",
    [("fr", {"f1": 0.95, "type_accuracy": 0.88, "speaker_accuracy": 0.87, "speaker_accuracy_attributed": 0.87}),
     ("en", {"f1": 0.95, "type_accuracy": 0.90, "speaker_accuracy": 0.90, "speaker_accuracy_attributed": 0.92})],
)  # fmt: skip
def test_dev_scores(dev, lang, floors, capsys):
    gold, texts = dev
    lenient = evaluate(gold, texts, lang, 0.3)
    strict = evaluate(gold, texts, lang, 0.8)
    no_lang = evaluate(gold, texts, lang, 0.3, use_lang=False)
    with capsys.disabled():
        print(f"\ndev {lang} ({lenient['gold']} gold quotes): overlap>=0.3 " + FMT.format(**lenient)
              + f" recall by type {lenient['recall_by_type']}")
        print(f"dev {lang}: overlap>=0.8 " + FMT.format(**strict))
        print(f"dev {lang}: no doc.lang, overlap>=0.3 " + FMT.format(**no_lang))
        for split in (x for x in SPLITS if x not in SEALED):
            s = evaluate(gold, texts, lang, 0.3, split=split)
            print(f"dev {lang}: {split} ({s['gold']} quotes), overlap>=0.3 " + FMT.format(**s))
    for key, floor in floors.items():
        assert lenient[key] >= floor, (key, lenient[key])
    assert no_lang["f1"] >= floors["f1"]


# fifteenth pass, check9 in: R 0.787 / 0.752; sixteenth pass, check11 in (R 0.67 / 0.60 on it): 0.761 / 0.729 with
# the code of the pass's start, 0.786 / 0.762 at its end; seventeenth pass, check13 in (R 0.61 / 0.56 on it): 0.751 /
# 0.739; eighteenth pass, check14 in: 0.746 / 0.745 at its start, 0.762 / 0.756 at its end; thirty-seventh pass,
# check17 in (R 0.60 / 0.65 on it): 0.745 / 0.773; thirty-ninth pass, check20 in (R 0.64 / 0.63 on it): 0.716 / 0.739;
# fortieth pass, check21 in (R 0.59 / 0.60 on it): 0.708 / 0.728
@pytest.mark.parametrize("lang, floor", [("fr", 0.70), ("en", 0.72)])
def test_dev_indirect(dev, lang, floor, capsys):
    """Reported speech without marks, on the documents that annotate it: recall at overlap 0.3, and speakers.
    Precision is a lower bound: a system indirect quote around a marked fragment (`said that … « … »`) has no
    gold of its own (the fragment is the gold mixed quote)."""
    gold, texts = dev
    s = evaluate(gold, texts, lang, 0.3, indirect=True)
    with capsys.disabled():
        for split in (None, *(x for x in SPLITS if x not in SEALED)):
            r = s if split is None else evaluate(gold, texts, lang, 0.3, split=split, indirect=True)
            if r["gold"]:
                print(f"\ndev {lang}: indirect, {split or 'all'} ({r['gold']} gold, {r['system']} found, "
                      f"{r['matched']} matched) P {r['precision']:.2f} R {r['recall']:.2f} "
                      f"speaker {r['speaker_accuracy']:.2f}", end="")
        print()
    assert s["gold"] > 0
    assert s["recall"] >= floor, s
