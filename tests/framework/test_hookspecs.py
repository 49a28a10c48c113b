import inspect

from framework import PHASES, hookspecs


def _specs():
    return {name: fn for name, fn in vars(hookspecs).items()
            if callable(fn) and hasattr(fn, f"{hookspecs.PROJECT}_spec")}


def test_every_hook_spec_is_documented() -> None:
    specs = _specs()
    assert set(PHASES) <= set(specs)
    for name, fn in specs.items():
        doc = inspect.getdoc(fn) or ""
        assert len(doc) > 40, f"hook {name} needs a docstring a plugin author can work from"


def test_module_docstring_explains_registration() -> None:
    assert "entry-points.textplug" in (hookspecs.__doc__ or "")


def test_phases_are_the_six_of_the_design() -> None:
    assert PHASES == ("prepare_document", "detect_language", "segment_document", "annotate_document",
                      "link_entities", "finalize_document")
