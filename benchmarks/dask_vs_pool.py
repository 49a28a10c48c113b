"""Dask LocalCluster (2 workers) against the 2-process pool, rounds interleaved (pool, Dask, pool, Dask …) so
both see the same load on a shared machine. The same input and pipeline as ``test_dask.py``.

Usage: ``python benchmarks/dask_vs_pool.py [ROUNDS] [COPIES]`` (defaults 3 and 8: 22,464 documents).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import distributed
from test_dask import CPU_PLUGIN, run_dask, run_pool

from framework import Pipeline

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "news.jsonl"


def main(rounds: int = 3, copies: int = 8) -> None:
    pipeline = Pipeline.from_config(entry_points=False, modules=[CPU_PLUGIN])
    with tempfile.TemporaryDirectory() as tmp:
        data = NEWS.read_bytes() * copies
        path = Path(tmp) / "news.jsonl"
        path.write_bytes(data)
        documents = data.count(b"\n")
        started = time.perf_counter()
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = distributed.Client(cluster)
        client.wait_for_workers(2)
        startup = time.perf_counter() - started
        times: dict[str, list[float]] = {"pool": [], "dask": []}
        warm = time.perf_counter()
        run_dask(pipeline, str(path), Path(tempfile.mkdtemp(dir=tmp)), client)
        print(f"{documents} documents; Dask start-up {startup:.2f} s, first run (workers build the pipeline) "
              f"{time.perf_counter() - warm:.1f} s", flush=True)
        for r in range(rounds):
            for name in ("pool", "dask"):
                out = Path(tempfile.mkdtemp(dir=tmp))
                t = time.perf_counter()
                n = run_pool(pipeline, str(path), out) if name == "pool" else run_dask(pipeline, str(path), out, client)
                times[name].append(time.perf_counter() - t)
                assert n == documents
                seconds = times[name][-1]
                print(f"round {r} {name}: {seconds:.1f} s, {documents / seconds:.0f} docs/s", flush=True)
        client.close()
        cluster.close()
    pool, dask = (statistics.median(times[k]) for k in ("pool", "dask"))
    print(f"median: pool {documents / pool:.0f} docs/s, Dask {documents / dask:.0f} docs/s; Dask/pool throughput "
          f"{pool / dask:.2f} (by min {min(times['pool']) / min(times['dask']):.2f}); with start-up "
          f"{pool / (dask + startup):.2f}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
