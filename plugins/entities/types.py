"""Coarse entity types (PER, ORG, LOC, PROD, MISC) from Wikidata classes (P31 instance of, P279 subclass of).

The tables list common classes only; an entity whose classes are all unknown gets ``MISC``. The class ids
are Wikidata items (Q5 human, Q43229 organization, ...), the same ones OpenTapioca's indexing profile uses.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["coarse_type", "TYPE_CLASSES", "DEFAULT_KEEP_CLASSES"]

TYPE_CLASSES: dict[str, frozenset[str]] = {
    "PER": frozenset({
        "Q5",          # human
        "Q15632617",   # fictional human
    }),
    "ORG": frozenset({
        "Q43229",      # organization
        "Q4830453",    # business
        "Q783794",     # company
        "Q891723",     # public company
        "Q6881511",    # enterprise
        "Q7278",       # political party
        "Q2085381",    # publisher
        "Q11032",      # newspaper
        "Q1110794",    # daily newspaper
        "Q1153191",    # online newspaper
        "Q35127",      # website
        "Q163740",     # nonprofit organization
        "Q484652",     # international organization
        "Q327333",     # government agency
        "Q3918",       # university
        "Q476028",     # association football club
        "Q15911314",   # association
        "Q2659904",    # government organization
        "Q1331793",    # media company
        "Q17127659",   # terrorist organization
        "Q245065",     # intergovernmental organization
        "Q1616075",    # television station
        "Q1002697",    # periodical literature
        "Q41298",      # magazine
        "Q3220391",    # social networking service
    }),
    "LOC": frozenset({
        "Q6256",       # country
        "Q3624078",    # sovereign state
        "Q515",        # city
        "Q1549591",    # big city
        "Q5119",       # capital
        "Q486972",     # human settlement
        "Q484170",     # commune of France
        "Q35657",      # state of the United States
        "Q618123",     # geographical object
        "Q82794",      # geographic region
        "Q3336843",    # country of the United Kingdom
        "Q6465",       # department of France
        "Q36784",      # region of France
        "Q5107",       # continent
        "Q23442",      # island
        "Q8502",       # mountain
        "Q4022",       # river
        "Q532",        # village
        "Q3957",       # town
        "Q10864048",   # first-level administrative country subdivision
        "Q1620908",    # historical region
        "Q3024240",    # historical country
    }),
    "PROD": frozenset({
        "Q2424752",    # product
        "Q7397",       # software
        "Q9135",       # operating system
        "Q22811662",   # smartphone model
        "Q1420",       # motor car
        "Q3231690",    # automobile model
        "Q7889",       # video game
    }),
}

# the classes a default filtered build keeps (people, organisations, places), as in OpenTapioca's profile
DEFAULT_KEEP_CLASSES = TYPE_CLASSES["PER"] | TYPE_CLASSES["ORG"] | TYPE_CLASSES["LOC"] | TYPE_CLASSES["PROD"]

_ORDER = ("PER", "ORG", "LOC", "PROD")


def coarse_type(p31: Iterable[str], p279: Iterable[str] = ()) -> str:
    """PER / ORG / LOC / PROD from the classes (P31 first, then P279), else MISC."""
    p31 = set(p31)
    for name in _ORDER:
        if p31 & TYPE_CLASSES[name]:
            return name
    p279 = set(p279)
    for name in _ORDER:
        if p279 & TYPE_CLASSES[name]:
            return name
    return "MISC"
