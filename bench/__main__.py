"""Run every benchmark and print each ratio against its baseline, measured in the same run.

``python -m bench`` runs them all; ``python -m bench ratebudget`` (or any of the names below)
runs only those named.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from . import bench_http, bench_import, bench_parse, bench_ratebudget

BENCHES: dict[str, Callable[[], None]] = {
    "import": bench_import.main,
    "parse": bench_parse.main,
    "http": bench_http.main,
    "ratebudget": bench_ratebudget.main,
}


def main(argv: list[str] | None = None) -> None:
    names = sys.argv[1:] if argv is None else argv
    unknown = [name for name in names if name not in BENCHES]
    if unknown:
        raise SystemExit(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
    for name in names or BENCHES:
        BENCHES[name]()


if __name__ == "__main__":
    main()
