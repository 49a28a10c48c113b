"""HTML view of records and of a whole run (``textplug view``); see docs/view.md.

Library use::

    from plugins.view import write_report, render_report
    write_report(["records.jsonl"], "report.html")
    html_bytes = render_report(records)            # any iterable of record dicts
"""

from .document import render_document
from .overview import Overview
from .plugin import View, view_command
from .report import Report, build_report, read_records, render_report, write_report

__all__ = ["Overview", "Report", "View", "build_report", "read_records", "render_document", "render_report",
           "view_command", "write_report"]
