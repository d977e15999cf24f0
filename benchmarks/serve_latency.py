"""How long an editor waits, under ``mkdocs serve``, between saving a YAML file and seeing it.

Algorithm: a temp project laid out like this repository (the bundled content for ``--debates 0``,
else a synthetic digest of N debates, ``synthetic.py``) is served on loopback with
``python -m mkdocs serve --dirty`` (the README's preview command; ``--full`` leaves ``--dirty``
out). One speaker's YAML is edited (a new ``constituency``), and the time from the file write to
the speaker's page served with the new text is measured by polling the page over HTTP (MkDocs
holds requests back while it rebuilds), and to a headless Chromium (Debian's, through
Playwright) that has the page open showing it after its live reload. Then a broken edit (invalid
YAML): time to the error banner, the last good text still shown; and the fix: time to recovery.
The median of ``--edits`` edits is printed.

    python benchmarks/serve_latency.py --debates 0 200     # bundled, then 200 debates

Target (issue 10): ≤ 1 s for the bundled site, ≤ 3 s at 1,000 debates.
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from build_scale import REPO, _child_env, make_project

BANNER = "digest-content-errors"
TIMEOUT = 600.0
CHROMIUM = Path("/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError):
        return ""


def wait_for(url: str, done, start: float) -> float:
    """Seconds from ``start`` until the page at ``url`` satisfies ``done(html)``."""
    while time.perf_counter() - start < TIMEOUT:
        if done(fetch(url)):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise TimeoutError(url)


def set_constituency(path: Path, value: str) -> None:
    text = re.sub(r"^constituency: .*\n", "", path.read_text(encoding="utf-8"), flags=re.M)
    path.write_text(f"{text.rstrip()}\nconstituency: {value}\n", encoding="utf-8")


def make_served_project(root: Path, debates: int) -> tuple[Path, str]:
    """The project and the speaker to edit (the bundled site's first, or the busiest)."""
    if debates == 0:
        shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
        (root / "theme_overrides").symlink_to(REPO / "theme_overrides")
        shutil.copytree(REPO / "content", root / "content")
        return root, "sadiq-khan"
    make_project(root, debates, seed=0)
    speakers = sorted(
        (root / "content" / "speakers").glob("*.yaml"), key=lambda p: p.stat().st_size
    )
    return root, speakers[-1].stem


class Browser:
    """A headless Chromium showing one page, reloaded by MkDocs' live reload (or a no-op)."""

    def __init__(self, url: str) -> None:
        self.page = None
        if not CHROMIUM.exists():
            print("  (no /usr/bin/chromium: browser times skipped)")
            return
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        self.page = self._browser.new_page()
        self.page.goto(url, timeout=TIMEOUT * 1000)

    def wait_for(self, script: str, start: float) -> float | None:
        """Seconds from ``start`` until ``script`` (a JS expression) holds in the page."""
        if self.page is None:
            return None
        self.page.wait_for_function(script, timeout=TIMEOUT * 1000, polling=20)
        return time.perf_counter() - start

    def close(self) -> None:
        if self.page is not None:
            self._browser.close()
            self._playwright.stop()


def shows(text: str, banner: bool | None = None) -> str:
    """A JS expression: the page shows ``text`` (and the error banner, or not)."""
    script = f"document.body && document.body.innerText.includes({text!r})"
    if banner is not None:
        found = f"document.querySelector('.{BANNER}')"
        script += f" && {'!!' if banner else '!'}{found}"
    return script


def measure(debates: int, edits: int, dirty: bool = True) -> dict[str, list[float]]:
    root = Path(tempfile.mkdtemp(prefix=f"digest-serve-{debates}-"))
    port = free_port()
    process = None
    browser = None
    try:
        project, speaker = make_served_project(root, debates)
        url = f"http://127.0.0.1:{port}/speakers/{speaker}/"
        command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
        command += ["--dirty"] if dirty else []
        process = subprocess.Popen(
            command,
            cwd=project,
            env=_child_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        first = wait_for(url, lambda html: "</html>" in html, time.perf_counter())
        print(f"{debates:,} debates: first build served in {first:.1f} s; editing {speaker}")
        browser = Browser(url)
        path = project / "content" / "speakers" / f"{speaker}.yaml"
        times: dict[str, list[float]] = {}

        def timed(label: str, served, shown: str) -> None:
            times.setdefault(f"{label} served", []).append(wait_for(url, served, start))
            seen = browser.wait_for(shown, start)
            if seen is not None:
                times.setdefault(f"{label} browser", []).append(seen)

        for number in range(edits):
            token = f"Latencyton{number}"
            time.sleep(1.0)  # let the watcher settle after the last rebuild
            start = time.perf_counter()
            set_constituency(path, token)
            timed("edit", lambda html, t=token: t in html, shows(token))
        good = path.read_text(encoding="utf-8")
        time.sleep(1.0)
        start = time.perf_counter()
        path.write_text(good + "roles: [unclosed\n", encoding="utf-8")
        last = f"Latencyton{edits - 1}"
        timed("broken", lambda html: BANNER in html and last in html, shows(last, banner=True))
        time.sleep(1.0)
        start = time.perf_counter()
        path.write_text(good.replace(last, "Fixedton"), encoding="utf-8")
        timed(
            "fixed",
            lambda html: "Fixedton" in html and BANNER not in html,
            shows("Fixedton", banner=False),
        )
        return times
    finally:
        if browser is not None:
            browser.close()
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--debates", type=int, nargs="+", default=[0, 200], help="sizes (0 200)")
    parser.add_argument("--edits", type=int, default=3, help="edits timed per size (3)")
    parser.add_argument(
        "--full", action="store_true", help="serve without --dirty: every save rebuilds all"
    )
    args = parser.parse_args(argv)
    for debates in args.debates:
        times = measure(debates, args.edits, dirty=not args.full)
        for label, values in times.items():
            print(
                f"  {label:<15} write -> {statistics.median(values):6.2f} s median"
                f"  ({', '.join(f'{v:.2f}' for v in values)})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
