"""The html report in a real headless Chromium (Debian's package), driven by Playwright.

The setup installs Debian's chromium when it is missing (as root, with apt-get); the test skips,
saying why, only when no Chromium can be found or installed. Playwright only drives that
executable: it never downloads a browser of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.report.html_format import format_html
from report_corpus import HERE, INPUTS, make_report, options

HOSTILE = ("Hostages: 251 seized, 297 of whom are held. <script>alert(1)</script>"
           "<img src=x onerror=alert(2)>\n")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
ARTIFACTS = HERE / "artifacts"


def _find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def _install_chromium() -> str:
    """Install Debian's chromium; returns why it could not, or an empty string."""
    if shutil.which("apt-get") is None:
        return "apt-get is not available"
    if os.geteuid() != 0:
        return "not root, so apt-get cannot install it"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd, timeout in ((["apt-get", "update", "-qq"], 600),
                         (["apt-get", "install", "-y", "-qq", "chromium"], 1500)):
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
        except (OSError, subprocess.SubprocessError) as exc:
            return f"{' '.join(cmd)}: {exc}"
        if done.returncode != 0:
            return f"{' '.join(cmd)} failed: {(done.stderr or done.stdout).strip()[-300:]}"
    return ""


@pytest.fixture(scope="session")
def chromium() -> str:
    path = _find_chromium()
    if path is None:
        why = _install_chromium()
        path = _find_chromium()
        if path is None:
            pytest.skip(f"no Chromium at /usr/bin/chromium and it could not be installed "
                        f"({why or 'apt-get install -y chromium left none'})")
    return path


@pytest.fixture
def browser_page(chromium):
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS,
                                             headless=True, timeout=120_000)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            yield page
        finally:
            browser.close()


def test_html_report_in_chromium(browser_page, tmp_path):
    report = make_report(INPUTS + [("articles/hostile.txt", HOSTILE.encode())])
    claims = sum(len(d.claims) for d in report.documents)
    html_file = tmp_path / "report.html"
    html_file.write_text(format_html(report, options()), encoding="utf-8")
    page = browser_page
    errors: list[str] = []
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(html_file.as_uri(), wait_until="load")

    # Loaded with nothing but itself, no error, nothing from the article run.
    assert errors == []
    assert dialogs == []
    assert requests == [html_file.as_uri()]

    # The highlights, one per claim, coloured by verdict; the claimless warning is a spot.
    count = page.evaluate("sel => document.querySelectorAll(sel).length", "pre mark.claim")
    assert count == claims
    for verdict in ("inconsistent", "consistent", "unchecked"):
        assert page.locator(f"pre mark.v-{verdict}").count() > 0, verdict
    assert page.locator("pre mark.spot").count() == 1
    red = page.eval_on_selector("pre mark.v-inconsistent",
                                "el => getComputedStyle(el).backgroundColor")
    green = page.eval_on_selector("pre mark.v-consistent",
                                  "el => getComputedStyle(el).backgroundColor")
    assert red != green and "rgba(0, 0, 0, 0)" not in (red, green)
    hostile = page.locator("section.doc", has_text="articles/hostile.txt").locator("pre")
    assert "<script>alert(1)</script><img src=x onerror=alert(2)>" in hostile.inner_text()

    # Keyboard: the skip link leads to the findings; Tab reaches the first; Enter moves the
    # focus to its claim, which shows a focus outline; Escape goes back; n goes to the next.
    active = "() => document.activeElement"
    page.keyboard.press("Tab")
    assert page.evaluate(f"({active})().className") == "skip"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    link = page.evaluate(f"({active})().getAttribute('data-target')")
    assert page.evaluate(f"({active})().className") == "jump" and link
    page.keyboard.press("Enter")
    assert page.evaluate(f"({active})().id") == link
    assert page.evaluate(f"({active})().tagName") == "MARK"
    assert page.evaluate(f"getComputedStyle(({active})()).outlineStyle") == "solid"
    page.keyboard.press("Escape")
    assert page.evaluate(f"({active})().getAttribute('data-target')") == link
    # n moves to the next finding (which may sit on the same claim as the first).
    position = "() => [...document.querySelectorAll('.jump')].indexOf(document.activeElement)"
    first = page.evaluate(f"({position})()")
    page.keyboard.press("n")
    assert page.evaluate(f"({position})()") == first + 1
    assert errors == []

    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / "html-report.png")
