import framework
from framework import errors


def test_all_names_exist_and_nothing_public_is_missing() -> None:
    for name in framework.__all__:
        assert hasattr(framework, name), name
    public = {n for n, v in vars(framework).items() if not n.startswith("_") and not inspect_module(v)}
    assert public <= set(framework.__all__), sorted(public - set(framework.__all__))


def inspect_module(value) -> bool:
    import types

    return isinstance(value, types.ModuleType)


def test_one_exception_hierarchy() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.TextplugError)
        assert name in framework.__all__
