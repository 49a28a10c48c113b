"""Plugins for the Dask engine tests (importable by worker processes)."""

from __future__ import annotations

import os
import time

from framework import Document, hookimpl


class Pause:
    """Takes ``pause.ms`` milliseconds per document, so a test can kill a worker while partitions run;
    with ``pause.mark`` set, records which instance processed it (``doc.built_by``: process id and object
    id) to show each worker process builds its pipeline once."""

    name = "pause"
    provides = ("doc.built_by",)

    def __init__(self) -> None:
        self.seconds = 0.0
        self.mark = False
        self.built_by = f"{os.getpid()}-{id(self)}"

    @hookimpl
    def configure(self, config: dict) -> None:
        settings = config.get(self.name, {})
        self.seconds = float(settings.get("ms", 0)) / 1000
        self.mark = bool(settings.get("mark"))

    @hookimpl
    def annotate_document(self, doc: Document) -> None:
        if self.seconds:
            time.sleep(self.seconds)
        if self.mark:
            doc.set("built_by", self.built_by)
