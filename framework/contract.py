"""The versioned plugin contract: the record schema version, the plugin API version, and the hook reference.

Two numbers say what a plugin can rely on:

- ``SCHEMA_VERSION`` (``1``): the record format (DESIGN §3), written in every record as ``"schema": "textplug/1"``;
- ``API_VERSION`` (``"1.0"``): the hook specs, ``Document`` and the plugin attributes. The major number changes
  when something a plugin relies on changes or goes away; the minor number when something is added.

A plugin states what it was built for with class (or module) attributes, both optional::

    class Quotes:
        requires_api = ">=1.0"        # a version requirement: ">=1.2", ">=1,<2", "~=1.1", "==1.*"
        requires_schema = ">=1"

``check_contract`` compares them with this textplug and raises ``ContractError`` (a ``PluginLoadError``) with a
message saying which plugin, which distribution, what it needs and what to upgrade, so an incompatible plugin is
refused when the pipeline is built instead of failing mid-run.

This module also renders ``docs/hooks.md`` from the hook specs' docstrings (``render_hooks_markdown``);
``python -m framework.contract docs/hooks.md`` rewrites it, and a test keeps it in sync.
"""

from __future__ import annotations

import inspect
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

from . import hookspecs
from .errors import PluginLoadError
from .record import SCHEMA

__all__ = [
    "API_VERSION",
    "SCHEMA_VERSION",
    "ContractError",
    "check_contract",
    "satisfies",
    "parse_requirement",
    "hook_groups",
    "hook_reference",
    "render_hooks_markdown",
]

API_VERSION = "1.0"
SCHEMA_VERSION = int(SCHEMA.rpartition("/")[2])

_CLAUSE = re.compile(r"^\s*(~=|==|!=|>=|<=|>|<)?\s*(\d+(?:\.\d+)*)(\.\*)?\s*$")


class ContractError(PluginLoadError):
    """A plugin requires a textplug API or record schema version this textplug does not provide."""


def _version(text: str | int) -> tuple[int, ...]:
    parts = tuple(int(p) for p in str(text).split("."))
    return parts


def _pad(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    width = max(len(a), len(b))
    return a + (0,) * (width - len(a)), b + (0,) * (width - len(b))


def parse_requirement(requirement: str | int | float) -> list[tuple[str, tuple[int, ...], bool]]:
    """``">=1.0,<2"`` → ``[(">=", (1, 0), False), ("<", (2,), False)]`` (the flag marks a ``.*`` wildcard).

    A bare version (``"1"``, ``1``) means ``>=`` that version within the same major: ``~=`` semantics on the
    major (``"1"`` → ``>=1,<2``). Raises ``ValueError`` on anything else.
    """
    text = str(requirement).strip()
    if not text:
        raise ValueError("empty version requirement")
    clauses = []
    for part in text.split(","):
        match = _CLAUSE.match(part)
        if not match:
            raise ValueError(f"{part.strip()!r} is not a version requirement (e.g. '>=1.0', '>=1,<2', '~=1.1')")
        op, version, wildcard = match.group(1), _version(match.group(2)), bool(match.group(3))
        if wildcard and op not in ("==", "!="):
            raise ValueError(f"{part.strip()!r}: '.*' only goes with == or !=")
        if op is None:
            clauses += [(">=", version, False), ("<", (version[0] + 1,), False)]
        else:
            clauses.append((op, version, wildcard))
    return clauses


def satisfies(version: str | int, requirement: str | int | float) -> bool:
    """Whether ``version`` (``"1.0"``) meets ``requirement`` (``">=1.0,<2"``)."""
    have = _version(version)
    for op, want, wildcard in parse_requirement(requirement):
        if wildcard:
            equal = have[: len(want)] == want
            ok = equal if op == "==" else not equal
        elif op == "~=":
            a, b = _pad(have, want)
            upper = want[:-1] if len(want) > 1 else want
            upper = upper[:-1] + (upper[-1] + 1,)
            ok = a >= b and have[: len(upper)] < upper
        else:
            a, b = _pad(have, want)
            ok = {"==": a == b, "!=": a != b, ">=": a >= b, "<=": a <= b, ">": a > b, "<": a < b}[op]
        if not ok:
            return False
    return True


def _lowest(requirement: str) -> tuple[int, ...] | None:
    lows = [v for op, v, _ in parse_requirement(requirement) if op in (">=", ">", "~=", "==")]
    return max(lows) if lows else None


def check_contract(obj: Any, name: str | None = None, dist: str | None = None, dist_version: str | None = None,
                   api_version: str = API_VERSION, schema_version: int = SCHEMA_VERSION) -> None:
    """Refuse a plugin whose ``requires_api`` / ``requires_schema`` this textplug does not meet.

    ``obj`` is the plugin (instance, class or module); ``name`` and ``dist`` only make the message precise.
    Raises ``ContractError``; a plugin that declares nothing is accepted.
    """
    from . import __version__

    label = f"plugin {name or getattr(obj, 'name', None) or type(obj).__name__!r}"
    if dist:
        label += f" (distribution {dist}{' ' + dist_version if dist_version else ''})"
    for attr, have, what in (("requires_api", api_version, "textplug plugin API"),
                             ("requires_schema", str(schema_version), "record schema")):
        requirement = getattr(obj, attr, None)
        if requirement is None:
            continue
        try:
            ok = satisfies(have, requirement)
        except ValueError as exc:
            raise ContractError(f"{label} declares {attr} = {requirement!r}, which is not valid: {exc}") from exc
        if ok:
            continue
        low = _lowest(str(requirement))
        if low is not None and _pad(low, _version(have))[0] > _pad(low, _version(have))[1]:
            advice = (f"it was built for a newer textplug than this one (textplug {__version__}); "
                      f"upgrade textplug (pip install -U textplug) or install an older release of "
                      f"{dist or 'the plugin'}")
        else:
            advice = (f"it was built for an older contract; upgrade {dist or 'the plugin'} or disable it "
                      f"with --disable {name or getattr(obj, 'name', '')}")
        raise ContractError(
            f"{label} requires {what} {requirement}, but textplug {__version__} provides {what} {have}: {advice}"
        )


# -- the hook reference ---------------------------------------------------------------------------------
ONCE = ("configure", "register_readers", "register_writers", "register_commands")
BATCH = ("batch_started", "batch_finished")

EXAMPLES: dict[str, str] = {
    "configure": """\
@hookimpl
def configure(self, config):
    settings = config.get(self.name, {})
    self.min_length = int(settings.get("min_length", 3))   # --set myplugin.min_length=5 arrives as "5"
""",
    "register_readers": """\
@hookimpl
def register_readers(self, registry):
    registry.add_reader("lines", read_lines, extensions=(".lines",))

def read_lines(stream, name, options):
    for number, line in enumerate(stream, 1):
        yield {"id": f"{name}:{number}", "text": line.decode("utf-8").rstrip("\\n")}
""",
    "register_writers": """\
@hookimpl
def register_writers(self, registry):
    registry.add_writer("ids", IdsWriter, extensions=(".ids",))

class IdsWriter:
    def __init__(self, stream, options):
        self.stream = stream
    def write(self, record):
        self.stream.write(record["id"].encode() + b"\\n")
    def close(self):
        pass
""",
    "register_commands": """\
@hookimpl
def register_commands(self, cli):
    @cli.command("hello")
    def hello():
        \"\"\"Say hello.\"\"\"
        click.echo("hello")
""",
    "prepare_document": """\
@hookimpl
def prepare_document(self, doc):
    head, sep, _ = doc.text.partition("\\n")
    if sep:
        doc.set("title", head)
""",
    "detect_language": """\
@hookimpl
def detect_language(self, doc):
    doc.set("lang", "fr" if " le " in doc.text else "en", score=0.5)
""",
    "segment_document": """\
@hookimpl
def segment_document(self, doc):
    for match in re.finditer(r"[^\\n]+", doc.text):
        doc.add_span("paragraph", match.start(), match.end())
""",
    "annotate_document": """\
@hookimpl
def annotate_document(self, doc):
    ignored = doc.ignored()
    for match in re.finditer(r"\\$[A-Z]{1,6}\\b", doc.text):
        if not any(s < match.end() and match.start() < e for s, e in ignored):
            doc.add_span("cashtag", match.start(), match.end(), symbol=match.group()[1:])
""",
    "link_entities": """\
@hookimpl
def link_entities(self, doc):
    for span in doc.spans("mention"):
        kb_id = self.kb.get(doc.span_text(span))
        doc.add_span("entity", span["start"], span["end"], kb_id=kb_id, type="PER")
""",
    "finalize_document": """\
@hookimpl
def finalize_document(self, doc):
    doc.set("quote_count", len(doc.spans("quote")))
""",
    "batch_started": """\
@hookimpl
def batch_started(self, info):
    self.started = time.monotonic()
""",
    "batch_finished": """\
@hookimpl
def batch_finished(self, stats):
    print(f"{stats['records']} records at {stats['docs_per_s']:.0f} docs/s", file=sys.stderr)
""",
}


def hook_groups() -> dict[str, tuple[str, ...]]:
    """The hook names by kind, in the order they run: ``once``, ``document`` (the phases) and ``batch``."""
    return {"once": ONCE, "document": tuple(hookspecs.PHASES), "batch": BATCH}


def _spec_functions() -> dict[str, Any]:
    marker = f"{hookspecs.PROJECT}_spec"
    return {name: fn for name, fn in vars(hookspecs).items() if callable(fn) and hasattr(fn, marker)}


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
            "example": EXAMPLES.get(name),
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
    from . import __version__  # noqa: F401  (kept out of the text so a version bump does not stale the file)

    lines = [
        "# textplug hook reference",
        "",
        "<!-- Generated from framework/hookspecs.py by framework.contract.render_hooks_markdown();",
        "     regenerate with: python -m framework.contract docs/hooks.md -->",
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
        if e["example"]:
            lines += ["Example:", "", "```python", e["example"].rstrip("\n"), "```", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m framework.contract [PATH]``: write the hook reference to PATH (stdout without one)."""
    argv = sys.argv[1:] if argv is None else argv
    text = render_hooks_markdown()
    if argv:
        Path(argv[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
