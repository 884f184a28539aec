"""Import cost: ``import cal_async`` and reaching ``CalClient``, against ``import httpx``.

Each sample is a fresh interpreter timing only the import statement itself (interpreter
start-up excluded); the two are interleaved so machine noise hits both alike. Goal: <= 1.3x.

Both are measured as installed: httpx's bytecode was compiled by pip, and cal_async's is compiled
here first (an editable checkout under PYTHONDONTWRITEBYTECODE would otherwise recompile every
module on every import, which no installed user pays).
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
from pathlib import Path

RUNS = 21
SNIPPETS = {
    "httpx": "import httpx",
    "cal_async.CalClient": "import cal_async; cal_async.CalClient",
}


def _sample(code: str) -> float:
    prog = f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, check=True)
    return float(out.stdout)


def measure() -> dict[str, float]:
    import cal_async

    compileall.compile_dir(Path(cal_async.__file__).parent, quiet=1)
    samples: dict[str, list[float]] = {name: [] for name in SNIPPETS}
    for code in SNIPPETS.values():  # warm the OS file cache for both
        _sample(code)
    for _ in range(RUNS):
        for name, code in SNIPPETS.items():
            samples[name].append(_sample(code))
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    med = measure()
    base, ours = med["httpx"], med["cal_async.CalClient"]
    print(f"import: httpx {base * 1000:.1f} ms, cal_async.CalClient {ours * 1000:.1f} ms (median of {RUNS})")
    print(f"import ratio cal_async.CalClient / httpx = {ours / base:.2f}x (goal <= 1.3x)")


if __name__ == "__main__":
    main()
