"""Quote-mark pairing: find quotations in a text by their marks, in one linear pass.

``find_quotes(text)`` returns the outer quotations (``Quotation`` objects) in text order. Offsets are code
points into the original text, half-open. Each quotation keeps:

- ``start``/``end``: from the opening mark to the closing mark included (for an unclosed quote: to the end of
  the paragraph where it was opened, trailing spaces excluded);
- ``parts``: content spans without the marks and the (typographic) spaces inside them; a multi-paragraph quote
  has one part per paragraph (the re-opening marks of continued paragraphs are excluded);
- ``open_mark``/``close_mark``, ``mismatch`` (closed by a mark of another family, e.g. ``« … ”``),
  ``unclosed`` (no closing mark found), ``nested`` (inner quotations, kept but not units).

Rules (see the quotes issue): every family (« » ‹ › “ ” ‘ ’ „ ‚ 「 」 『 』, straight " and ', LaTeX `` ''),
apostrophes are not quotes, single marks only form quotes inside one paragraph, a cross-family close is
accepted (and flagged) when nothing else can take it, multi-paragraph quotes are one quote.
Every mark is looked at once and the stack operations are amortised O(1), so the pass is linear.
"""

from __future__ import annotations

import re

__all__ = ["Quotation", "find_quotes", "PARAGRAPH_BREAK"]

# Paragraph break: a blank line (spaces allowed inside it).
PARAGRAPH_BREAK = r"\n[^\S\n]*\n\s*"

_MARK_CLASS = r"[«»‹›“”„‟‚‘’\"'「」『』`]"
# A run of four or more marks is never a quotation boundary in prose: it is skipped as one token, which also
# keeps the pass fast on pathological input.
# A single mark between two letters or digits (n’est, don't) is an apostrophe whatever the context: the
# regex skips it, so the Python loop only sees marks that may matter.
# The pattern opens with the class of every character a token can start with, consumed, and then tells the
# token kinds apart by looking back at it: `re` then skips from one such character to the next at C speed
# (2x faster than the earlier form, which opened with a lookahead; the tests check that both give the same).
_FIRST = r"[\n«»‹›“”„‟‚‘’\"'「」『』`]"
_TOKEN = re.compile(
    _FIRST + r"(?:(?P<br>(?<=\n)[^\S\n]*\n\s*)|(?P<run>(?<=" + _MARK_CLASS + r")" + _MARK_CLASS + r"{3,})"
    r"|(?<=`)`|(?<=')'|(?<=[«»‹›“”„‟‚\"「」『』])|(?<=[‘’'])(?<![^\W_].)|(?<=[‘’'])(?![^\W_]))"
)

# opener -> closers it accepts
_CLOSERS = {
    "«": "»",
    "»": "«",  # reversed (German, Danish): »Text«
    "“": "”“",  # English “…”; “…“ is seen in the wild
    "„": "“”‟",  # German „…“, Polish/Romanian „…”
    "‟": "”",
    "”": "”",  # Swedish, Finnish: ”…”
    '"': '"”',
    "``": "''\"”",
    "「": "」",
    "『": "』",
    "‹": "›",
    "›": "‹",
    "‘": "’",
    "‚": "‘’",
    "'": "'’",
}
_SINGLE = frozenset("‹›‘‚'")
# For a paragraph that continues an open quote: marks that may re-open it at the paragraph start.
_REOPEN = {
    "«": "«»",  # French: « at each paragraph (or » in older typography)
    "“": "“",
    "„": "„»",
    '"': '"',
    "``": "`",
    "”": "”",
    "»": "»",
    "‟": "‟",
}
# A quote left open across more paragraphs than this, without re-opening marks, is reported unclosed.
MAX_OPEN_PARAGRAPHS = 6

_OPEN_BEFORE = frozenset("([{<—–-/\u2012\u2015")  # characters after which a mark opens
_CLOSE_AFTER = frozenset(".,;:!?)]}>…—–-/")  # characters before which a mark closes


class Quotation:
    """One quotation found by its marks (outer unit; inner ones in ``nested``)."""

    __slots__ = (
        "start",
        "end",
        "parts",
        "open_mark",
        "close_mark",
        "mismatch",
        "unclosed",
        "nested",
        "single",
        "_part_start",
        "_breaks",
        "_first_break",
        "_plain_breaks",
    )

    def __init__(self, start: int, open_mark: str, content_start: int) -> None:
        self.start = start
        self.end = start
        self.open_mark = open_mark
        self.close_mark: str | None = None
        self.parts: list[list[int]] = []
        self.mismatch = False
        self.unclosed = False
        self.nested: list[Quotation] = []
        self.single = open_mark in _SINGLE
        self._part_start = content_start
        self._breaks = 0  # paragraph breaks crossed
        self._plain_breaks = 0  # ... of which without a re-opening mark
        self._first_break = -1  # end of the first paragraph it crossed without re-opening

    def __repr__(self) -> str:
        flags = "".join(
            f" {n}" for n, v in (("mismatch", self.mismatch), ("unclosed", self.unclosed)) if v
        )
        return f"Quotation({self.start}, {self.end}, parts={self.parts}{flags})"

    def as_dict(self) -> dict:
        d = {"start": self.start, "end": self.end, "parts": [list(p) for p in self.parts]}
        if self.mismatch:
            d["mark_mismatch"] = True
        if self.unclosed:
            d["unclosed"] = True
        return d


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without its outer spaces; an all-space span becomes empty at ``s`` (so it never moves past
    an enclosing quote's end)."""
    start = s
    while s < e and text[s].isspace():
        s += 1
    if s == e:
        return start, start
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def find_quotes(text: str) -> list[Quotation]:
    """Return the outer quotations of ``text`` in order (see the module docstring)."""
    n = len(text)
    out: list[Quotation] = []
    stack: list[Quotation] = []
    counts: dict[str, int] = {}  # open marks on the stack, by opener
    n_double = 0  # double (non-single) quotes on the stack
    skip_to = -1  # a re-opening mark consumed by a paragraph break

    def push(pos: int, mark: str, end: int) -> None:
        nonlocal n_double
        q = Quotation(pos, mark, end)
        stack.append(q)
        counts[mark] = counts.get(mark, 0) + 1
        if not q.single:
            n_double += 1

    def pop() -> Quotation:
        nonlocal n_double
        q = stack.pop()
        counts[q.open_mark] -= 1
        if not q.single:
            n_double -= 1
        return q

    def emit(q: Quotation) -> None:
        if stack:
            stack[-1].nested.append(q)
        else:
            out.append(q)

    def close(q: Quotation, pos: int, mark: str, mismatch: bool) -> None:
        s, e = _trim(text, q._part_start, pos)
        q.parts.append([s, e])
        q.end = pos + len(mark)
        q.close_mark = mark
        q.mismatch = q.mismatch or mismatch
        emit(q)

    def abandon(q: Quotation, at: int) -> None:
        """An unclosed quote: singles vanish (apostrophes); doubles are reported up to ``at``."""
        if q.single:
            # its nested quotes (if any) move up to the parent
            for inner in q.nested:
                emit(inner)
            return
        if q._first_break >= 0:
            # reported up to the first paragraph it did not continue into
            q.parts = [p for p in q.parts if p[1] <= q._first_break]
            e = q.parts[-1][1] if q.parts else q.start + len(q.open_mark)
        else:
            s, e = _trim(text, q._part_start, max(q._part_start, at))
            q.parts.append([s, e])
        q.end = max(q.start + len(q.open_mark), e)
        q.unclosed = True
        # quotes opened past the reported end are not inside it any more
        beyond = [inner for inner in q.nested if inner.end > q.end]
        if beyond:
            q.nested = [inner for inner in q.nested if inner.end <= q.end]
        emit(q)
        for inner in beyond:
            emit(inner)

    for m in _TOKEN.finditer(text):
        pos = m.start()
        if pos < skip_to:
            continue
        mark = m.group()
        kind = m.lastgroup
        if kind == "run":
            continue
        if kind == "br":
            if not stack:
                continue
            # singles never cross paragraphs
            while stack and stack[-1].single:
                abandon(pop(), pos)
            if not stack:
                continue
            top = stack[-1]
            nxt = m.end()
            reopen = _REOPEN.get(top.open_mark, "")
            if nxt < n and text[nxt] in reopen:
                # continuation: close this paragraph's part, open the next after the mark
                s, e = _trim(text, top._part_start, pos)
                top.parts.append([s, e])
                mlen = 2 if text.startswith("``", nxt) else 1
                top._part_start = nxt + mlen
                top._breaks += 1
                skip_to = nxt + mlen
            else:
                top._breaks += 1
                top._plain_breaks += 1
                if top._first_break < 0:
                    top._first_break = pos
                # keep it open (French: » only at the end), split the part at the break
                s, e = _trim(text, top._part_start, pos)
                top.parts.append([s, e])
                top._part_start = nxt
                if top._plain_breaks > MAX_OPEN_PARAGRAPHS:
                    abandon(pop(), pos)
            continue

        prev = text[pos - 1] if pos > 0 else " "
        end = m.end()
        nxt = text[end] if end < n else " "
        left = prev.isspace() or prev in _OPEN_BEFORE or prev in _CLOSERS  # could open
        right = nxt.isspace() or nxt in _CLOSE_AFTER or nxt in "»”’\"'›」』"  # could close
        role = _classify(mark, prev, nxt, left, right, stack, counts, n_double)
        if role == "open":
            top = stack[-1] if stack else None
            if (
                top is not None
                and not top.single
                and top._plain_breaks
                and top.open_mark == mark
                and len(stack) == 1
            ):
                # a new quote of the same family after a paragraph break: the old one was unclosed
                abandon(pop(), pos)
            push(pos, mark, end)
        elif role == "close":
            _close_with(mark, pos, stack, counts, n_double, pop, close, abandon)
    # end of text: whatever is still open is unclosed
    while stack:
        abandon(pop(), n)
    out.sort(key=lambda q: q.start)
    return out


def _classify(mark, prev, nxt, left, right, stack, counts, n_double) -> str | None:
    """Decide whether a mark opens, closes or is no quote mark (apostrophe, stray)."""
    if mark in ("«", "„", "‟", "「", "『", "``", "‹", "‚"):
        if mark == "«" and counts.get("»"):
            return "close"
        if mark == "‹" and counts.get("›"):
            return "close"
        if mark == "‚" and prev.isalnum():
            return None  # a comma look-alike
        return "open"
    if mark in ("」", "』", "''"):
        return "close"
    if mark == "»":
        if counts.get("«") or counts.get("„"):
            return "close"
        if left and not right:
            return "open"  # reversed »…«
        return "close" if n_double else None
    if mark == "›":
        if counts.get("‹"):
            return "close"
        if left and not right:
            return "open"
        return None
    if mark == "“":
        if counts.get("„") or counts.get("“"):
            # German closer, or a “…“ typo; but a fresh opener inside an English quote is rare
            if right or not left:
                return "close"
        if right and not left and n_double:
            return "close"
        return "open"
    if mark == "”":
        if n_double:
            return "close"
        if left and not right:
            return "open"  # Swedish ”…”
        return None
    if mark == '"':
        if prev.isdigit() and nxt.isdigit():
            return None  # seconds or inches between digits: `19"78`, `3'30"65` (sixteenth pass)
        if counts.get('"') or counts.get("``"):
            if left and not right and stack[-1]._plain_breaks:
                return "open"  # the open one was left unclosed paragraphs ago
            return "close"
        if right and not left:
            return "close" if n_double else None
        return "open"
    # single marks: ‘ ’ '
    if prev.isalnum() and nxt.isalnum():
        return None  # apostrophe: n’est, don't, Musk’s
    if mark == "‘":
        if counts.get("‚"):
            return "close"
        if left or not prev.isalnum():
            return "open"
        return None
    if mark == "’":
        if counts.get("‘") or counts.get("‚") or counts.get("'"):
            return "close" if (right or not nxt.isalnum()) else None
        return None  # students’, ’90s
    # straight '
    if counts.get("'") or counts.get("‘"):
        if not prev.isspace():
            return "close"
    if left and nxt.isalpha():
        return "open"
    return None


def _close_with(mark, pos, stack, counts, n_double, pop, close, abandon) -> None:
    if not stack:
        return
    top = stack[-1]
    if mark in _CLOSERS.get(top.open_mark, ""):
        close(pop(), pos, mark, False)
        return
    # a matching opener deeper in the stack?
    openers = [o for o, cs in _CLOSERS.items() if mark in cs and counts.get(o)]
    single_mark = mark in "’‘'›‹"
    if openers:
        while stack and mark not in _CLOSERS.get(stack[-1].open_mark, ""):
            abandon(pop(), pos)
        if stack:
            close(pop(), pos, mark, False)
        return
    if single_mark:
        return  # an apostrophe or a stray single mark
    # cross-family close: take the innermost open double quote, flagged
    if n_double:
        while stack and stack[-1].single:
            abandon(pop(), pos)
        if stack:
            close(pop(), pos, mark, True)
