"""Entity linking: mentions → Wikidata ids or NIL clusters, over a knowledge base built offline."""

from .plugin import Entities

__all__ = ["Entities"]
