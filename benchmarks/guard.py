"""Fail when a benchmark is slower than its budget relative to a baseline measured in the same run.

Usage: ``pytest benchmarks -m guard --benchmark-json=bench.json`` then ``python benchmarks/guard.py bench.json``.
A benchmark declares ``extra_info = {"baseline": <name>, "budget": <max ratio>}`` (see ``conftest.budget``), or
measures its own ratios with the functions taking turns in every round (``conftest.interleaved_ratios``).
Ratios taken in one run cancel most of a shared machine's noise; the verdict uses the ratio of the minimum
round times (the estimator least moved by other load, as timeit's docs advise), and the ratio of medians is
printed beside it for the record.
"""

from __future__ import annotations

import json
import sys


def check(report: dict) -> list[str]:
    medians = {bench["name"]: bench["stats"]["median"] for bench in report["benchmarks"]}
    minimums = {bench["name"]: bench["stats"]["min"] for bench in report["benchmarks"]}
    lines, failures = [], []
    for bench in report["benchmarks"]:
        info = bench.get("extra_info", {})
        for name, (ratio, limit) in info.get("ratios", {}).items():  # measured interleaved in one benchmark
            verdict = "ok" if ratio <= limit else "OVER BUDGET"
            line = f"{bench['name']}[{name}]: {ratio:.2f} (interleaved, median of rounds; budget {limit:.2f}) {verdict}"
            lines.append(line)
            if ratio > limit:
                failures.append(line)
        if "budget" not in info:
            continue
        baseline = info["baseline"]
        if baseline not in medians:
            failures.append(f"{bench['name']}: baseline {baseline} was not measured in this run")
            continue
        ratio = bench["stats"]["min"] / minimums[baseline]
        median_ratio = bench["stats"]["median"] / medians[baseline]
        verdict = "ok" if ratio <= info["budget"] else "OVER BUDGET"
        line = (f"{bench['name']}: {ratio:.2f} x {baseline} by min, {median_ratio:.2f} by median "
                f"(budget {info['budget']:.2f}) {verdict}")
        lines.append(line)
        if ratio > info["budget"]:
            failures.append(line)
    print("\n".join(lines) or "no budgeted benchmarks in this report")
    return failures


def main(path: str) -> int:
    with open(path, encoding="utf-8") as handle:
        failures = check(json.load(handle))
    if failures:
        print("benchmark guard failed:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
