"""``textplug new-plugin NAME``: write a ready-to-install plugin package.

The package installs with ``pip install -e`` and passes its own tests at once::

    textplug-NAME/
      pyproject.toml           entry point [project.entry-points.textplug] NAME = "textplug_NAME.plugin:Class"
      README.md
      textplug_NAME/__init__.py
      textplug_NAME/plugin.py  the plugin class: configure + the chosen phases, with docstrings
      tests/test_plugin.py     tests using the textplug pytest plugin (fixtures, assert_span)

The example plugin marks acronyms (``EU``, ``NASA``) in a layer named after the plugin, in the first chosen
phase, skipping regions other plugins marked ignored (source tags); the other chosen phases are documented
stubs. Replace the pattern with the real work.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from pathlib import Path

from .contract import API_VERSION
from .errors import ConfigError
from .hookspecs import PHASES

__all__ = ["create_plugin", "render_plugin", "normalize_phase", "PHASE_ALIASES", "DEFAULT_PHASE"]

DEFAULT_PHASE = "annotate_document"
PHASE_ALIASES = {
    "prepare": "prepare_document",
    "language": "detect_language",
    "detect": "detect_language",
    "segment": "segment_document",
    "annotate": "annotate_document",
    "link": "link_entities",
    "finalize": "finalize_document",
}
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

_PHASE_DOCS = {
    "prepare_document": "Phase 1: regions and metadata (source tags, titles, boilerplate).",
    "detect_language": "Phase 2: document and span languages (``doc.set(\"lang\", ...)``).",
    "segment_document": "Phase 3: paragraphs, sentences, quotes.",
    "annotate_document": "Phase 4: tweet entities and other annotators.",
    "link_entities": "Phase 5: entity mentions linked to knowledge-base ids.",
    "finalize_document": "Phase 6: cross-layer work, once every other layer is there.",
}


def normalize_phase(phase: str) -> str:
    """``"segment"`` or ``"segment_document"`` → ``"segment_document"``; ``ConfigError`` for anything else."""
    name = PHASE_ALIASES.get(phase, phase)
    if name not in PHASES:
        choices = ", ".join([*PHASES, *PHASE_ALIASES])
        raise ConfigError(f"unknown phase {phase!r}; choose among: {choices}")
    return name


def _names(name: str) -> dict[str, str]:
    plugin = name.strip().lower().replace("-", "_")
    if plugin.startswith("textplug_"):
        plugin = plugin[len("textplug_"):]
    if keyword.iskeyword(plugin):
        raise ConfigError(f"plugin name {name!r} is not usable: {plugin!r} is a Python keyword")
    if not _NAME.match(plugin) or len(plugin) > 30:
        raise ConfigError(f"plugin name {name!r} is not usable: use lowercase letters, digits and _ or -, "
                          "starting with a letter, at most 30 characters (e.g. 'cashtags' or 'press-agencies')")
    return {
        "plugin": plugin,
        "package": f"textplug_{plugin}",
        "dist": f"textplug-{plugin.replace('_', '-')}",
        "cls": "".join(part.capitalize() for part in plugin.split("_")),
    }


def _q(value: str) -> str:
    """A TOML / Python double-quoted string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_plugin(name: str, phases: Iterable[str] | None = None) -> dict[str, str]:
    """The files of a new plugin package: ``{relative path: content}`` (nothing is written)."""
    from . import __version__

    n = _names(name)
    chosen = [normalize_phase(p) for p in (phases or (DEFAULT_PHASE,))]
    chosen = sorted(set(chosen), key=PHASES.index)
    plugin, package, dist, cls = n["plugin"], n["package"], n["dist"], n["cls"]
    core_major_minor = ".".join(__version__.split(".")[:2])
    requirement = f">={API_VERSION},<{int(API_VERSION.split('.')[0]) + 1}"
    files: dict[str, str] = {}

    files["pyproject.toml"] = f"""\
[build-system]
requires = ["setuptools>=64"]
build-backend = "setuptools.build_meta"

[project]
name = {_q(dist)}
version = "0.1.0"
description = "A textplug plugin: {plugin}"
readme = "README.md"
requires-python = ">=3.10"
dependencies = ["textplug>={core_major_minor}"]

[project.optional-dependencies]
test = ["pytest>=8"]

# This line is what makes textplug find the plugin once the package is installed.
[project.entry-points.textplug]
{plugin} = "{package}.plugin:{cls}"

[tool.setuptools]
packages = [{_q(package)}]

[tool.pytest.ini_options]
testpaths = ["tests"]
"""

    files[f"{package}/__init__.py"] = f'''\
"""textplug plugin {plugin!r}."""

from .plugin import {cls}

__all__ = ["{cls}"]
'''

    P = _q(plugin)
    work, *stubs = chosen
    methods = [f'''\
    @hookimpl
    def {work}(self, doc: Document) -> None:
        """{_PHASE_DOCS[work]}

        Marks every match of the pattern in layer {P},
        skipping the regions earlier plugins asked to skip (``doc.ignored()``, e.g. the ``Source-147`` tag).
        Offsets are code points, half-open: ``doc.text[start:end]`` is the span. Never modify ``doc.text``.
        """
        ignored = doc.ignored()
        for match in self.pattern.finditer(doc.text):
            start, end = match.span()
            if any(s < end and start < e for s, e in ignored):
                continue
            doc.add_span({P}, start, end)
''']
    for phase in stubs:
        methods.append(f'''\
    @hookimpl
    def {phase}(self, doc: Document) -> None:
        """{_PHASE_DOCS[phase]}

        See docs/hooks.md in textplug for what this phase is for. Layers or doc fields this writes must be
        listed in ``provides``; those it reads from other plugins in ``requires``.
        """
''')

    files[f"{package}/plugin.py"] = f'''\
"""The {P} textplug plugin.

textplug calls the methods marked ``@hookimpl`` (the hook reference lists them all); this one implements
{", ".join(chosen)}. Replace the example pattern with the real work.
"""

from __future__ import annotations

import re
from typing import Any

from framework import ConfigError, Document, hookimpl

DEFAULT_PATTERN = r"\\b[A-Z][A-Z0-9]{{1,9}}\\b"  # acronyms: EU, NASA, G20


class {cls}:
    """Marks acronyms (EU, NASA) in layer {P}.

    Setting: ``pattern`` (a regular expression).
    """

    name = {P}  # the plugin's name, the same as its entry point name
    provides = ({P},)  # the layers (and "doc.<field>"s) this plugin writes
    requires = ()  # the layers / doc fields it needs from other plugins
    requires_api = "{requirement}"  # the textplug plugin API this was written for

    def __init__(self) -> None:
        self.pattern = re.compile(DEFAULT_PATTERN)

    @hookimpl
    def configure(self, config: dict[str, Any]) -> None:
        """Read this plugin's settings (``--set {plugin}.pattern=...`` arrives as a string).

        Called once per pipeline, that is once per worker process: load models and data here.
        """
        settings = config.get(self.name, {{}})
        if "pattern" in settings:
            try:
                self.pattern = re.compile(settings["pattern"])
            except re.error as exc:
                raise ConfigError(f"{{self.name}}: pattern is not a valid regular expression: {{exc}}") from exc

''' + "\n".join(methods)

    files["tests/test_plugin.py"] = f'''\
"""Tests of the {P} plugin, with textplug's pytest fixtures (loaded automatically)."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
from framework import ConfigError
from framework.testing import assert_no_errors, assert_no_span, assert_span

from {package} import {cls} as Plugin  # the plugin under test

LAYER = Plugin.name  # the layer the example writes


@pytest.fixture
def pipeline(textplug_pipeline):
    return textplug_pipeline(Plugin)  # only the plugin under test


def test_marks_acronyms(pipeline):
    record = pipeline.process("The EU and NASA signed it on Tuesday.")
    assert_no_errors(record)
    assert_span(record, LAYER, "EU")
    assert_span(record, LAYER, "NASA")
    assert_no_span(record, LAYER, "The")


def test_offsets_are_code_points(textplug_record):
    record = textplug_record("\\U0001F600 \\u00ab NASA \\u00bb", Plugin)
    span = assert_span(record, LAYER, "NASA")
    assert (span["start"], span["end"]) == (4, 8)


def test_pattern_setting(textplug_record):
    settings = {{Plugin.name: {{"pattern": r"\\bmet\\b"}}}}  # what --set NAME.pattern=... gives
    record = textplug_record("Tuesday, the EU met.", Plugin, settings=settings)
    assert_span(record, LAYER, "met")
    assert_no_span(record, LAYER, "EU")


def test_bad_pattern_is_refused(textplug_pipeline):
    with pytest.raises(ConfigError, match="pattern"):
        textplug_pipeline(Plugin, settings={{Plugin.name: {{"pattern": "("}}}})


def test_runs_on_the_bundled_samples(pipeline, textplug_samples):
    records = [pipeline.process(doc) for doc in textplug_samples]
    assert_no_errors(records)


def test_runs_on_the_shared_corpora(pipeline, textplug_corpus):
    """Skipped unless the shared corpora are there (--textplug-data DIR or TEXTPLUG_DATA)."""
    records = textplug_corpus(pipeline, "seed/*.txt", limit=50)
    assert_no_errors(records)


def test_installed_as_a_textplug_plugin():
    names = {{ep.name: ep.value for ep in entry_points(group="textplug")}}
    expected = f"{{Plugin.__module__}}:{{Plugin.__name__}}"
    assert names.get(Plugin.name) == expected, "pip install -e . first"
'''

    phase_list = "\n".join(f"- `{p}`" for p in chosen)
    files["README.md"] = f"""\
# {dist}

A [textplug](https://pypi.org/project/textplug/) plugin. It marks acronyms in the layer `{plugin}`
(replace that with what your plugin really does). Hooks implemented:

- `configure`: reads the setting `pattern` (a regular expression)
{phase_list}

## Install and try

```console
pip install -e '.[test]'
textplug plugins                      # {plugin} is listed, with its hooks and layers
textplug plugins --check              # validates it against the hook specs
textplug run article.txt -o out.jsonl --plugins {plugin}
textplug run article.txt --set {plugin}.pattern='\\b[A-Z]{{3,}}\\b' -o out.jsonl
```

## Test

```console
pytest
```

The fixtures `textplug_pipeline`, `textplug_record`, `textplug_samples`, `textplug_data` and `textplug_corpus`
and the helpers in `framework.testing` (`assert_span`, `assert_no_errors` …) come with textplug. Run against
the shared corpora with `pytest --textplug-data /path/to/shared/data`.

## The contract

- Write only the layers listed in `provides`; list what you read from other plugins in `requires`.
- Offsets are code points, half-open; never modify `doc.text`.
- `requires_api` states the textplug plugin API this plugin was written for; a textplug that does not meet it
  refuses the plugin with a clear message.
"""
    return files


def create_plugin(name: str, directory: str | Path = ".", phases: Iterable[str] | None = None,
                  force: bool = False) -> Path:
    """Write the package ``textplug-NAME`` into ``directory`` and return its folder.

    Refuses (``ConfigError``) to overwrite an existing folder unless ``force``.
    """
    files = render_plugin(name, phases)
    root = Path(directory) / _names(name)["dist"]
    if root.exists() and any(root.iterdir()) and not force:
        raise ConfigError(f"{root} already exists and is not empty (use --force to overwrite)")
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root
