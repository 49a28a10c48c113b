"""The hook reference in docs/hooks.md is generated from the hook specs and must stay in sync."""

from __future__ import annotations

import inspect
from pathlib import Path

from framework import PHASES, hookspecs
from framework.hookdoc import example_of, hook_reference, main, render_hooks_markdown

DOCS = Path(__file__).resolve().parents[2] / "docs" / "hooks.md"


def test_docs_hooks_md_is_in_sync_with_the_specs() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_hooks_markdown(), (
        "docs/hooks.md is out of date: regenerate it with `python -m framework.hookdoc docs/hooks.md`"
    )


def test_every_spec_has_arguments_options_and_an_example_that_compiles() -> None:
    entries = {e["name"]: e for e in hook_reference()}
    specs = {n for n, f in vars(hookspecs).items() if callable(f) and hasattr(f, f"{hookspecs.PROJECT}_spec")}
    assert set(entries) == specs
    for name, entry in entries.items():
        assert entry["example"], f"hook {name}: its docstring needs an `Example::` block"
        compile(entry["example"], f"<example of {name}>", "exec")
        assert f"def {name}(self" in entry["example"]
        spec_args = list(inspect.signature(getattr(hookspecs, name)).parameters)
        assert [a for a, _ in entry["arguments"]] == spec_args
    assert entries["configure"]["historic"] and not entries["prepare_document"]["historic"]
    assert [entries[p]["phase"] for p in PHASES] == [1, 2, 3, 4, 5, 6]


def test_rendered_reference_shows_phase_options_and_example() -> None:
    text = render_hooks_markdown()
    section = text[text.index("### segment_document"):text.index("### annotate_document")]
    assert "segment_document(self, doc: Document) -> None" in section
    assert "phase 3 of 6" in section and "```python\n@hookimpl\ndef segment_document" in section
    assert "historic: a plugin registered late still gets the call" in text
    assert "| [`configure`](#configure) | once per process | config | historic |" in text


def test_example_of_takes_only_the_indented_block() -> None:
    doc = "Summary.\n\nExample::\n\n    a = 1\n\n    b = 2\nAfter the block."
    assert example_of(doc) == "a = 1\n\nb = 2\n"
    assert example_of("No example here.") is None


def test_main_writes_and_checks(tmp_path: Path, capsys) -> None:
    target = tmp_path / "hooks.md"
    assert main(["--check", str(target)]) == 1
    assert "out of date" in capsys.readouterr().err
    assert main([str(target)]) == 0
    assert main(["--check", str(target)]) == 0
    target.write_text(target.read_text() + "edited\n")
    assert main(["--check", str(target)]) == 1
