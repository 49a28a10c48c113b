"""The hook reference, ``docs/hooks.md``, generated from the hook specs' docstrings.

``python -m framework.hookdoc docs/hooks.md`` rewrites it (``--check`` only compares); a test fails when the
file is out of sync with ``framework/hookspecs.py``, so the reference cannot drift from the code.
"""

from __future__ import annotations

import inspect
import sys
import textwrap
from pathlib import Path
from typing import Any

from . import hookspecs
from .contract import API_VERSION
from .record import SCHEMA

__all__ = ["hook_groups", "hook_reference", "render_hooks_markdown", "example_of", "main"]

ONCE = ("configure", "register_readers", "register_writers", "register_commands")
BATCH = ("batch_started", "batch_finished")

def hook_groups() -> dict[str, tuple[str, ...]]:
    """The hook names by kind, in the order they run: ``once``, ``document`` (the phases) and ``batch``."""
    return {"once": ONCE, "document": tuple(hookspecs.PHASES), "batch": BATCH}


def _spec_functions() -> dict[str, Any]:
    marker = f"{hookspecs.PROJECT}_spec"
    return {name: fn for name, fn in vars(hookspecs).items() if callable(fn) and hasattr(fn, marker)}


def example_of(doc: str) -> str | None:
    """The code of the ``Example::`` block of a docstring (dedented), or ``None``."""
    lines = doc.splitlines()
    for i, line in enumerate(lines):
        if line.strip() == "Example::":
            block = []
            for following in lines[i + 1:]:
                if following.strip() and not following.startswith((" ", "\t")):
                    break
                block.append(following)
            return textwrap.dedent("\n".join(block)).strip("\n") + "\n"
    return None


def hook_reference() -> list[dict[str, Any]]:
    """One entry per hook spec: name, kind, phase number, arguments, options, docstring, example."""
    specs = _spec_functions()
    marker = f"{hookspecs.PROJECT}_spec"
    entries = []
    ordered = [n for group in hook_groups().values() for n in group if n in specs]
    ordered += sorted(set(specs) - set(ordered))
    for name in ordered:
        fn = specs[name]
        signature = inspect.signature(fn)
        opts = getattr(fn, marker) or {}
        kind = next((k for k, names in hook_groups().items() if name in names), "unclassified")
        entries.append({
            "name": name,
            "kind": kind,
            "phase": hookspecs.PHASES.index(name) + 1 if name in hookspecs.PHASES else None,
            "arguments": [(p.name, p.annotation if p.annotation is not inspect.Parameter.empty else None)
                          for p in signature.parameters.values()],
            "firstresult": bool(opts.get("firstresult")),
            "historic": bool(opts.get("historic")),
            "doc": inspect.cleandoc(fn.__doc__ or ""),
            "example": example_of(inspect.cleandoc(fn.__doc__ or "")),
        })
    return entries


_KIND_TITLES = {
    "once": "Once per process",
    "document": "Per document, in phase order",
    "batch": "Per batch (observers)",
    "unclassified": "Other hooks",
}


def _docstring_markdown(doc: str) -> str:
    """reStructuredText-ish docstrings to Markdown: ``x`` → `x`, ``Example::`` blocks → fenced code."""
    out: list[str] = []
    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.rstrip().endswith("::"):
            head = line.rstrip()[:-2].rstrip()
            if head:
                out.append(head.replace("``", "`") + ":")
            i += 1
            block = []
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith((" ", "\t"))):
                block.append(lines[i])
                i += 1
            code = textwrap.dedent("\n".join(block)).strip("\n")
            language = "toml" if code.lstrip().startswith("[") else "python"
            out += ["", f"```{language}", code, "```", ""]
            continue
        out.append(line.replace("``", "`"))
        i += 1
    return "\n".join(out).strip()


def render_hooks_markdown() -> str:
    """``docs/hooks.md``: every hook spec with its arguments, phase, options, docstring and an example."""
    lines = [
        "# textplug hook reference",
        "",
        "<!-- Generated from framework/hookspecs.py by framework.hookdoc.render_hooks_markdown();",
        "     regenerate with: python -m framework.hookdoc docs/hooks.md -->",
        "",
        f"Plugin API version **{API_VERSION}**, record schema **{SCHEMA}** (see `framework.contract`).",
        "",
        _docstring_markdown(inspect.cleandoc(hookspecs.__doc__ or "")),
        "",
        "Implement a hook as a method of your plugin class marked with `@hookimpl` (`from framework import",
        "hookimpl`), taking the arguments below by name (you may leave out arguments you do not use).",
        "",
    ]
    entries = hook_reference()
    lines.append("| hook | when | arguments | options |")
    lines.append("|---|---|---|---|")
    for e in entries:
        when = f"phase {e['phase']}" if e["phase"] else _KIND_TITLES[e["kind"]].lower()
        opts = ", ".join(k for k in ("firstresult", "historic") if e[k]) or "-"
        lines.append(f"| [`{e['name']}`](#{e['name']}) | {when} | {', '.join(a for a, _ in e['arguments'])} "
                     f"| {opts} |")
    lines.append("")
    kind = None
    for e in entries:
        if e["kind"] != kind:
            kind = e["kind"]
            lines += [f"## {_KIND_TITLES[kind]}", ""]
        args = ", ".join(f"{a}: {t}" if t else a for a, t in e["arguments"])
        lines += [f"### {e['name']}", "", "```python", f"{e['name']}(self, {args}) -> None", "```", ""]
        facts = []
        if e["phase"]:
            facts.append(f"phase {e['phase']} of {len(hookspecs.PHASES)}, once per document")
        elif e["name"] == "register_commands":
            facts.append("once, when the `textplug` command starts")
        elif e["kind"] == "once":
            facts.append("once per pipeline (so once per worker process)")
        elif e["kind"] == "batch":
            facts.append("once per batch run")
        if e["historic"]:
            facts.append("historic: a plugin registered late still gets the call")
        if e["firstresult"]:
            facts.append("firstresult: the first non-None result wins")
        if facts:
            lines += ["*" + "; ".join(facts) + ".*", ""]
        lines += [_docstring_markdown(e["doc"]) or "(undocumented)", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m framework.hookdoc [--check] [PATH]``: write the hook reference to PATH (stdout without one);
    with ``--check``, exit 1 when PATH differs from what the specs give."""
    args = sys.argv[1:] if argv is None else list(argv)
    check = "--check" in args
    paths = [a for a in args if a != "--check"]
    text = render_hooks_markdown()
    if not paths:
        sys.stdout.write(text)
        return 0
    path = Path(paths[0])
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            sys.stderr.write(f"{path} is out of date: run python -m framework.hookdoc {path}\n")
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
