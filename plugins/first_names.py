"""First names from faker's person providers, the one reader shared by the plugins that need them.

faker (MIT) ships per-locale lists of first names, some split by gender (``first_names_male`` /
``first_names_female``); entities uses them to type unknown people, quotes to tell the gender of a pronoun's
antecedent. Nothing here folds or filters: each plugin keeps its own notion of a name.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Iterator

__all__ = ["faker_first_names"]


def faker_first_names(attr: str, locales: Iterable[str] | None = None) -> Iterator[str]:
    """The strings in faker's person providers' list ``attr`` (``first_names``, ``first_names_male``, ``last_names``,
    ``first_names_female``) for ``locales`` (every locale faker ships when None). Nothing when faker, a locale
    or the list is absent: the callers' other rules still run."""
    try:
        import faker.providers.person as person
    except ImportError:  # pragma: no cover - faker is a dependency; kept optional for slim installs
        return
    if locales is None:
        locales = [mod.name for mod in pkgutil.iter_modules(person.__path__)]
    for locale in locales:
        try:
            provider = importlib.import_module(f"{person.__name__}.{locale}").Provider
        except ImportError:
            continue
        value = provider.__dict__.get(attr)
        if isinstance(value, (list, tuple, dict)):  # some locales weight names in a dict
            yield from (name for name in value if isinstance(name, str))
