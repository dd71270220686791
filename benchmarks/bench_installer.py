"""The installer build beside `python -m app`: folder size, self-test time, start to window.

    python -m benchmarks.bench_installer [--runs 5] [--only-frozen]

Needs dist/InnoCite (bash scripts/build_installer.sh). "Start to window" is what the app
prints with INNOCITE_EXIT_AFTER_SHOW=1: seconds from process creation to the main window
exposed and painted; median of ``--runs`` after one warm-up run that creates the database.
Each run uses a fresh home (XDG folders) so nothing of the user's is read or written.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "InnoCite" / "InnoCite"
SHOWN = re.compile(r"window shown after ([0-9.]+) s")


def folder_mb(path: Path) -> float:
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) / 1e6


def _env(home: Path, platform: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        INNOCITE_LANG="en",
    )
    env.pop("INNOCITE_DB_URL", None)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    else:
        env.pop("QT_QPA_PLATFORM", None)
    return env


def self_test_seconds(command: list[str]) -> tuple[float, bool]:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        done = subprocess.run(
            [*command, "--self-test"],
            env=_env(Path(tmp), "offscreen"),
            capture_output=True,
            text=True,
            timeout=300,
        )
        return time.perf_counter() - t0, done.returncode == 0


def start_to_window(command: list[str], runs: int, xvfb: bool) -> list[float]:
    """Seconds to the shown window of ``runs`` starts (after one warm-up start)."""
    prefix = ["xvfb-run", "-a"] if xvfb else []
    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp), None if xvfb else "offscreen")
        env["INNOCITE_EXIT_AFTER_SHOW"] = "1"
        for i in range(runs + 1):
            done = subprocess.run(
                [*prefix, *command], env=env, capture_output=True, text=True, timeout=120
            )
            found = SHOWN.search(done.stdout)
            if done.returncode != 0 or not found:
                raise SystemExit(
                    f"bench_installer: {' '.join(command)} did not show its window "
                    f"(exit {done.returncode}): {done.stderr.strip()[-400:]}"
                )
            if i:  # the first start creates the database and the demo project
                times.append(float(found.group(1)))
    return times


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--only-frozen", action="store_true", help="skip the source baseline")
    args = p.parse_args(argv)
    if not FROZEN.exists():
        print(f"bench_installer: {FROZEN} missing; run bash scripts/build_installer.sh")
        return 1
    builds = [("frozen dist/InnoCite", [str(FROZEN)])]
    if not args.only_frozen:
        builds.append(("source python -m app", [sys.executable, "-m", "app"]))
    displays = [("offscreen", False)]
    if shutil.which("xvfb-run"):
        displays.append(("xvfb", True))
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} cores, load {load:.2f}, median of {args.runs} starts")
    header = f"{'':22} {'size MB':>8} {'self-test s':>12}"
    header += "".join(f" {'window ' + name + ' s':>18}" for name, _ in displays)
    print(header)
    for label, command in builds:
        size = f"{folder_mb(FROZEN.parent):8.1f}" if label.startswith("frozen") else f"{'-':>8}"
        seconds, ok = self_test_seconds(command)
        row = f"{label:22} {size} {seconds:9.2f} {'ok' if ok else 'FAIL':>2}"
        for _name, xvfb in displays:
            times = start_to_window(command, args.runs, xvfb)
            row += f" {statistics.median(times):8.2f} ({min(times):.2f}-{max(times):.2f})"
        print(row, flush=True)
        if not ok:
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
