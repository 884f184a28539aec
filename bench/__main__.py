"""Run every benchmark and print each ratio against its baseline, measured in the same run."""

from __future__ import annotations

from . import bench_http, bench_import, bench_parse


def main() -> None:
    bench_import.main()
    bench_parse.main()
    bench_http.main()


if __name__ == "__main__":
    main()
