"""py3langid's feature counts computed with numpy instead of its byte-by-byte DFA walk.

py3langid's tokenizer is an Aho-Corasick automaton over byte strings of 1-6 bytes (its trie's nodes). After
each byte it is in the node that is the longest suffix of the text read so far, and that node's output (one
feature, or none) is counted. In pure Python the walk costs ~0.5 µs a byte. The node at each end position can
be found with a few whole-array operations instead:

- the nodes are prefix-closed (every prefix of a node is a node), so the longest node *starting* at byte j is
  the longest common prefix of the text from j with its predecessor among the sorted nodes (one binary search
  per byte);
- the node *ending* at byte i is then the text from j*(i) to i, where j*(i) is the first start whose longest
  node reaches i (a running maximum and a second binary search, over the text's own positions).

The counts are the walk's, exactly (tested against py3langid's ``visit_counts`` on real and random bytes).
The table (sorted node strings and each node's prefixes' features, ~4 MB) is built once from the DFA (~0.5 s
breadth-first over its transitions) and cached next to the decompressed model (see ``langid_cache``).
"""

from __future__ import annotations

import numpy as np

MAX_ORDER = 6  # node strings are packed into 48 bits (6 bytes); py3langid's model has nodes of 1-6 bytes
_PAD = bytes(8)
# x < _THRESH[k] for k thresholds exactly when x's first (6 - k) bytes are zero: lcp = 6 - searchsorted(...)
_THRESH = np.array([1 << (8 * k) for k in range(MAX_ORDER + 1)], dtype=np.uint64)
_LCP = np.array([MAX_ORDER - k for k in range(MAX_ORDER + 2)], dtype=np.intp)
_ARANGE = np.arange(1 << 16, dtype=np.intp)


class UnsupportedModel(ValueError):
    """A model this scheme cannot count exactly (nodes longer than 6 bytes, or holding a NUL byte)."""


def build_table(nextmove, rows, outputs) -> dict[str, np.ndarray]:
    """The arrays ``NgramCounter`` needs, from py3langid's DFA (``tk_nextmove``, ``tk_row``, ``tk_output``).

    Breadth-first from state 0, the first (shortest) string reaching a state is that state's node string: a
    string reaching node w ends with w, so none shorter than w does."""
    table = np.asarray(nextmove).reshape(-1, 256)[np.asarray(rows)]
    out = np.asarray(outputs, dtype=np.int32)
    n_states = len(table)
    depth = np.full(n_states, -1, dtype=np.int64)
    packed = np.zeros(n_states, dtype=np.uint64)  # the node string's bytes, big-endian, right-aligned
    depth[0] = 0
    front = np.zeros(1, dtype=np.int64)
    level = 0
    while len(front):
        targets = table[front]
        fi, byte = np.nonzero(depth[targets] == -1)
        new = targets[fi, byte].astype(np.int64)
        if len(np.unique(new)) != len(new):
            raise UnsupportedModel("a state is reached by two strings of the same length: not a trie automaton")
        level += 1
        if byte.size and (byte == 0).any():
            raise UnsupportedModel("a node holds a NUL byte")
        depth[new] = level
        packed[new] = (packed[front[fi]] << np.uint64(8)) | byte.astype(np.uint64)
        front = new
    if (depth < 0).any() or level - 1 > MAX_ORDER:
        raise UnsupportedModel(f"nodes of up to {level - 1} bytes, or unreachable states")
    left = packed << (np.uint64(8) * (MAX_ORDER - depth).astype(np.uint64))  # left-aligned, zero-padded
    order = np.argsort(left, kind="stable")
    keys = left[order]
    if (np.diff(keys) == 0).any():
        raise UnsupportedModel("two nodes pack to the same key")
    lengths = depth[order]
    # anc[k, L]: the feature of node k's prefix of L bytes (its own output for L = its length; -1 past it).
    anc = np.full((n_states, 8), -1, dtype=np.int32)
    for size in range(MAX_ORDER + 1):
        mask = np.uint64(((1 << (8 * size)) - 1) << (8 * (MAX_ORDER - size)))
        has = lengths >= size
        prefix = np.searchsorted(keys, keys[has] & mask)
        anc[has, size] = out[order[prefix]]
    return {"keys": keys, "lengths": lengths.astype(np.int8), "anc": anc}


class NgramCounter:
    """Counts py3langid's features in UTF-8 bytes, as its DFA walk would, with whole-array operations."""

    def __init__(self, keys: np.ndarray, lengths: np.ndarray, anc: np.ndarray) -> None:
        self.keys = np.ascontiguousarray(keys, dtype=np.uint64)
        # Shifted by one, so that searchsorted(..., "right") indexes the predecessor directly (the root, key 0,
        # is first: every index is >= 1).
        self._pkeys = np.concatenate((np.zeros(1, np.uint64), self.keys))
        self._plen = np.concatenate((np.zeros(1, np.intp), np.asarray(lengths, dtype=np.intp)))
        self._anc = np.concatenate((np.full((1, 8), -1, np.int32), np.asarray(anc, np.int32))).ravel()

    @classmethod
    def from_table(cls, table: dict[str, np.ndarray]) -> NgramCounter:
        return cls(table["keys"], table["lengths"], table["anc"])

    def counts(self, data: bytes) -> tuple[np.ndarray, np.ndarray]:
        """(feature indices, counts), features ascending; empty arrays when no feature occurs."""
        n = len(data)
        if n == 0:
            return np.zeros(0, np.intp), np.zeros(0, np.intp)
        # The 6 bytes from each position (zero past the end: no node holds a NUL byte), as one integer.
        window = np.ndarray((n,), ">u8", data + _PAD, 0, (1,)) >> np.uint64(16)
        at = np.searchsorted(self.keys, window, "right")  # predecessor node's index + 1
        common = _LCP[np.searchsorted(_THRESH, self._pkeys[at] ^ window, "right")]
        longest = np.minimum(common, self._plen[at])  # the longest node starting at each byte
        pos = _ARANGE[:n] if n <= len(_ARANGE) else np.arange(n)
        reach = np.maximum.accumulate(pos + longest)  # end (exclusive) reached by the nodes starting up to j
        first = np.searchsorted(reach, pos, "right")  # the first start whose node covers byte i (i + 1: none)
        size = pos + 1 - first  # the length of the node ending at i (0: the root)
        np.minimum(first, n - 1, out=first)
        feats = self._anc[(at[first] << 3) + size]
        feats = feats[feats >= 0]
        if not feats.size:
            return np.zeros(0, np.intp), np.zeros(0, np.intp)
        return np.unique(feats, return_counts=True)
