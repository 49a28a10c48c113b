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
"""

from __future__ import annotations

import re
from typing import Any

from .errors import ContractError
from .record import SCHEMA

__all__ = [
    "API_VERSION",
    "SCHEMA_VERSION",
    "ContractError",
    "check_contract",
    "satisfies",
    "parse_requirement",
]

API_VERSION = "1.0"
SCHEMA_VERSION = int(SCHEMA.rpartition("/")[2])

_CLAUSE = re.compile(r"^\s*(~=|==|!=|>=|<=|>|<)?\s*(\d+(?:\.\d+)*)(\.\*)?\s*$")


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
        plugin = name or getattr(obj, "name", None) or ""
        low = _lowest(str(requirement))
        if low is not None and _pad(low, _version(have))[0] > _pad(low, _version(have))[1]:
            advice = (f"it was built for a newer textplug; upgrade textplug (pip install -U textplug) or install "
                      f"an older release of {dist or 'the plugin'}")
        else:
            advice = f"it was built for an older contract; upgrade {dist or 'the plugin'}"
        advice += f", or disable it with --disable {plugin}" if plugin else ""
        raise ContractError(
            f"{label} requires {what} {requirement}, but textplug {__version__} provides {what} {have}: {advice}"
        )
