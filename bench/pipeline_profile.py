"""A py-spy profile of one pipeline run: where the CPU goes, per role (run_all's "profile").

`python -m bench.pipeline_profile` prints the Markdown summary; py-spy samples
`python -m bench.pipeline_profile --run` (one embedded run on the default farm)
with every thread and child process.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bench.bench_pipeline import DEFAULT_SPEC, article_pages, fresh_dir, salvo_pipeline
from bench.farm import REPO, FarmProcess
from ingest.worker_process import WORKER_NAME


def profile_run() -> None:
    """One embedded pipeline run on the default farm, to be sampled by py-spy (`profile`)."""
    with FarmProcess(DEFAULT_SPEC) as farm:
        page = article_pages(farm.feed_urls()[:1])[0][1]
        result = salvo_pipeline(farm.feed_urls(), farm.expected_articles, page)
        print(f"{result.articles} articles in {result.seconds:.2f} s", flush=True)


IDLE = re.compile(
    r"^(\S*select|\S*\.wait|Connection\._recv|_wait_for_tstate_lock|sleep|salvo_pipeline) "
    r"|^process \d+:"
    r"|^main\.<locals>\.watch "  # a worker's parent watchdog, asleep
)


def profile(top: int = 12) -> str | None:
    """Sample a whole pipeline run (every thread and worker process) with py-spy.

    Returns a Markdown summary: samples per role (Salvo's threads, the
    extraction workers, the farm) and the hottest Salvo functions (inclusive)
    and library functions (self) of each; None when py-spy is unavailable.
    """
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        return None
    with fresh_dir("salvo-profile-") as tmp:
        raw = tmp / "profile.raw"
        cmd = [spy, "record", "--subprocesses", "-r", "250", "--format", "raw", "-o", str(raw)]
        cmd += ["--", sys.executable, "-m", "bench.pipeline_profile", "--run"]
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
        if not raw.exists():
            return f"py-spy failed: {proc.stderr.strip()[-500:]}"
        lines = raw.read_text(encoding="utf-8").splitlines()
    roles: Counter[str] = Counter()
    salvo: dict[str, Counter[str]] = {}
    hot: dict[str, Counter[str]] = {}
    for line in lines:
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        proc_name = frames[1] if len(frames) > 1 and frames[1].startswith("process ") else ""
        role = (
            "farm (not Salvo)"
            if "bench.farm" in proc_name
            else "extraction workers"
            if WORKER_NAME in proc_name
            else "Salvo process (threads)"
        )
        n = int(count)
        waiting = IDLE.search(frames[-1]) or any("recv_bytes" in f for f in frames)
        if waiting:  # py-spy cannot always tell a blocked thread from a busy one
            continue
        roles[role] += n
        hot.setdefault(role, Counter())[frames[-1]] += n
        mine = {f for f in frames if re.search(r"\((ingest|processors|salvo|alerts)/", f)}
        for frame in mine:
            salvo.setdefault(role, Counter())[frame] += n
    out = [f"py-spy, 250 Hz, one `Pipeline(stages=(ingest, claims))` run ({run_line(proc)}).", ""]
    for role, total in roles.most_common():
        out.append(f"**{role}: {total} samples.** Salvo functions (inclusive):")
        out += [f"  {n:>5}  `{f}`" for f, n in salvo.get(role, Counter()).most_common(top)]
        out.append("  Hottest functions (self):")
        out += [f"  {n:>5}  `{f}`" for f, n in hot[role].most_common(top)]
        out.append("")
    return "\n".join(out)


def run_line(proc: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in proc.stdout.splitlines() if "articles in" in line]
    return lines[-1] if lines else "no result line"


if __name__ == "__main__":
    # Through the importable module, not __main__ (as bench_pipeline does).
    import bench.pipeline_profile as module

    if "--run" in sys.argv:
        module.profile_run()
    else:
        print(module.profile())
