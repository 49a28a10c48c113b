"""The attribution modules stay layered (docs/quotes.md, "How attribution works"): the document's lookups, then
the speaker rules, the rules for marked quotations and the reported-speech rules, each a class over the one before,
assembled by ``attribution.py``. A module imports only the layers below it, so a rule lands in the layer of its kind
instead of growing one module again."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from plugins.quotes import attribution, lookups, marked, reported, speakers

PACKAGE = Path(attribution.__file__).parent
LAYERS = ("lexicon_choice", "lookups", "speakers", "marked", "reported", "attribution")


def _runtime_imports(module: str) -> set[str]:
    """The sibling modules ``module`` imports at run time (imports under ``if TYPE_CHECKING`` do not count)."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    return {node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


@pytest.mark.parametrize("module", LAYERS)
def test_a_layer_imports_no_layer_above_it(module):
    above = set(LAYERS[LAYERS.index(module) + 1 :])
    assert not _runtime_imports(module) & above


@pytest.mark.parametrize("module", LAYERS)
def test_every_layer_says_what_it_does(module):
    doc = ast.get_docstring(ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8")))
    assert doc and len(doc.split()) >= 10


def test_each_rule_layer_stands_on_the_one_below():
    assert reported.ReportedRules.__bases__ == (marked.MarkedRules,)
    assert marked.MarkedRules.__bases__ == (speakers.SpeakerRules,)
    assert speakers.SpeakerRules.__bases__ == (lookups.DocLookups,)
    assert issubclass(attribution._Doc, reported.ReportedRules)
