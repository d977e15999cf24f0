"""Share and cite in headless Chromium: "Copy link" and the citation copy buttons really copy,
say so, work from the keyboard and fall back when the clipboard API is missing; with JavaScript
off the citations are still there; at phone width they fit the screen.

Reuses the built site, server, browser and page watch of ``test_browser`` (as
``test_stance_map_browser`` does).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_browser as shared
from browser_support import DESKTOP, PHONE
from browser_support import open_page as _open_page
from test_accessibility import AXE, _axe, _report, _switch_palette
from test_browser import DEBATE_PATH, sync_api

pytestmark = shared.pytestmark
site_dir = shared.site_dir
base_url = shared.base_url
browser = shared.browser
shots = shared.shots

QUOTE = "q-16e1994950"  # a direct quote of the bundled debate
CARD = f'[id="{QUOTE}"]'
CLIPBOARD = ["clipboard-read", "clipboard-write"]

# No clipboard API (as over plain http from another host, or in an old browser); execCommand is
# watched: what was selected when it ran, and whether it should pretend to succeed.
_NO_CLIPBOARD_JS = """
Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined});
window.__copied = [];
document.execCommand = (command) => {
  const el = document.activeElement;
  const text = el && 'value' in el ? el.value.slice(el.selectionStart, el.selectionEnd) : '';
  window.__copied.push([command, text]);
  return window.__execWorks;
};
"""


def _status(page: sync_api.Page) -> sync_api.Locator:
    return page.locator('[role="status"].dd-visually-hidden')


def _open_card(page: sync_api.Page, base_url: str) -> str:
    """Open the debate page at the quote; the quote's permalink as the reader sees it."""
    page.goto(f"{base_url}{DEBATE_PATH}#{QUOTE}")
    return f"{base_url}{DEBATE_PATH}#{QUOTE}"


def test_copy_link_puts_the_permalink_on_the_clipboard(
    browser: sync_api.Browser, base_url: str
) -> None:
    page, watch = _open_page(browser, viewport=DESKTOP, permissions=CLIPBOARD)
    permalink = _open_card(page, base_url)
    button = page.locator(f'{CARD} button[data-copy="link"]')
    sync_api.expect(button).to_be_visible()
    button.click()
    sync_api.expect(button).to_have_text("Copied")
    sync_api.expect(_status(page)).to_have_text("Link copied to the clipboard")
    assert page.evaluate("navigator.clipboard.readText()") == permalink
    sync_api.expect(button).to_have_text("Copy link", timeout=5_000)  # the label comes back
    # The citations show the permalink resolved against the page (the site has no site_url).
    urls = page.locator(f"{CARD} .dd-cite__url").all_text_contents()
    assert urls == [permalink, permalink]
    page.context.close()
    watch.assert_clean()


def test_a_citation_is_opened_and_copied_from_the_keyboard(
    browser: sync_api.Browser, base_url: str
) -> None:
    page, watch = _open_page(browser, viewport=DESKTOP, permissions=CLIPBOARD)
    permalink = _open_card(page, base_url)
    page.locator(f"{CARD} summary").focus()
    page.keyboard.press("Enter")
    note = page.locator(f"{CARD} dd").nth(1)
    sync_api.expect(note).to_be_visible()
    button = page.locator(f'{CARD} button[data-copy="citation"]').nth(1)
    assert button.get_attribute("aria-label") == "Copy Chicago-style note"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past the plain-text button to the note's
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        "Copy Chicago-style note"
    )
    page.keyboard.press("Space")
    sync_api.expect(button).to_have_text("Copied")
    sync_api.expect(_status(page)).to_have_text("Citation copied to the clipboard")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == " ".join(note.text_content().split())
    assert copied.startswith("Deborah Mattinson, quoted in “Why did Labour lose?")
    assert copied.endswith(f"“Why did Labour lose? Lessons from the election,” {permalink}.")
    assert page.evaluate("document.activeElement.textContent") == "Copied"  # focus stays
    page.context.close()
    watch.assert_clean()


def test_without_the_clipboard_api_execcommand_copies(
    browser: sync_api.Browser, base_url: str
) -> None:
    page, watch = _open_page(browser, viewport=DESKTOP)
    page.add_init_script(_NO_CLIPBOARD_JS + "window.__execWorks = true;")
    permalink = _open_card(page, base_url)
    button = page.locator(f'{CARD} button[data-copy="link"]')
    button.click()
    sync_api.expect(button).to_have_text("Copied")
    assert page.evaluate("window.__copied") == [["copy", permalink]]
    assert page.evaluate("document.activeElement.dataset.copy") == "link"  # focus given back
    page.context.close()
    watch.assert_clean()


def test_when_nothing_can_copy_the_text_is_selected_for_the_reader(
    browser: sync_api.Browser, base_url: str
) -> None:
    page, watch = _open_page(browser, viewport=DESKTOP)
    page.add_init_script(_NO_CLIPBOARD_JS + "window.__execWorks = false;")
    permalink = _open_card(page, base_url)
    button = page.locator(f'{CARD} button[data-copy="link"]')
    button.click()
    sync_api.expect(button).to_have_text("Press Ctrl+C")
    sync_api.expect(_status(page)).to_have_text("Link selected: press Ctrl+C to copy it")
    assert page.locator(f"{CARD} details").get_attribute("open") is not None
    assert page.evaluate("getSelection().toString()") == permalink
    page.context.close()
    watch.assert_clean()


def test_with_javascript_off_the_citation_is_there(
    browser: sync_api.Browser, base_url: str
) -> None:
    page, watch = _open_page(browser, viewport=DESKTOP, java_script_enabled=False)
    _open_card(page, base_url)
    # A button would do nothing without the script: Copy link stays hidden, and there is no
    # citation "Copy" button at all.
    sync_api.expect(page.locator(f'{CARD} button[data-copy="link"]')).to_be_hidden()
    assert page.locator(f'{CARD} button[data-copy="citation"]').count() == 0
    page.locator(f"{CARD} summary").click()
    plain = page.locator(f"{CARD} dd").first
    sync_api.expect(plain).to_be_visible()
    text = " ".join(plain.text_content().split())
    assert text.startswith("Deborah Mattinson: “immigration was ‘a good example of middle class")
    assert text.endswith(f"Debate Digest: #{QUOTE}")  # the link from the page, as written
    page.context.close()
    watch.assert_clean()


# Every citation of the page opened; what sticks out of the screen.
_OPEN_ALL_AND_MEASURE_JS = """
() => {
  document.querySelectorAll('details.dd-cite').forEach((d) => { d.open = true; });
  const wide = [...document.querySelectorAll('article *')]
    .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
    .filter((el) => !el.closest('.md-typeset__scrollwrap, .dd-stance-map, .mermaid'))
    .map((el) => `${el.tagName}.${el.className}`);
  const cite = document.querySelector('#q-16e1994950 dd').getBoundingClientRect();
  return {
    scroll: document.scrollingElement.scrollWidth, inner: innerWidth, wide,
    citeLeft: cite.left, citeRight: cite.right, citeHeight: cite.height,
  };
}
"""


def test_citations_fit_a_phone(browser: sync_api.Browser, base_url: str, shots: Path) -> None:
    page, watch = _open_page(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    _open_card(page, base_url)
    sync_api.expect(page.locator(f'{CARD} button[data-copy="link"]')).to_be_visible()
    box = page.evaluate(_OPEN_ALL_AND_MEASURE_JS)
    sync_api.expect(page.locator(f"{CARD} dd").first).to_be_visible()
    page.locator(CARD).screenshot(path=str(shots / "cite-phone.png"))
    page.context.close()
    assert box["scroll"] <= box["inner"], f"the debate page scrolls sideways: {box}"
    assert not box["wide"], f"elements stick out of the screen: {box}"
    assert box["citeLeft"] >= 0 and box["citeRight"] <= box["inner"], box
    assert box["citeHeight"] > 40, f"the citation is not shown: {box}"
    watch.assert_clean()


@pytest.mark.skipif(not AXE.exists(), reason="axe-core: bash scripts/setup.sh --browser")
def test_open_citations_pass_axe_in_both_palettes(
    browser: sync_api.Browser, base_url: str
) -> None:
    """The page-kind sweep of test_accessibility sees the citations closed and no quote
    targeted: here the page is opened at a permalink (its card and marks emphasised), every
    citation is open and a button shows "Copied", in the light palette and then the dark one."""
    context = {"viewport": DESKTOP, "color_scheme": "light", "permissions": CLIPBOARD}
    page, watch = _open_page(browser, **context)
    _open_card(page, base_url)
    page.locator(f'{CARD} button[data-copy="link"]').click()
    page.evaluate("document.querySelectorAll('details.dd-cite').forEach((d) => { d.open = true; })")
    page.add_script_tag(path=str(AXE))
    found = {"light": _axe(page)}
    _switch_palette(page)
    found["dark"] = _axe(page, colours_only=True)
    page.context.close()
    found = {name: nodes for name, nodes in found.items() if nodes}
    assert not found, _report(found)
    watch.assert_clean()
