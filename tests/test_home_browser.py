"""The front page in headless Chromium: it fits a phone; its search form opens Material's search.

Reuses the built site, server, browser and page watch of ``test_browser`` (Debian's chromium,
never a downloaded one; any request to another host or console error fails the test).
"""

from __future__ import annotations

from pathlib import Path

import test_browser as shared
from browser_support import PHONE
from browser_support import open_page as _open_page
from test_browser import sync_api

# The shared module's fixtures and marks (skipped without /usr/bin/chromium), used as they are.
pytestmark = shared.pytestmark
site_dir = shared.site_dir
base_url = shared.base_url
browser = shared.browser
shots = shared.shots

_OVERFLOW_JS = """
() => {
  const wide = [...document.querySelectorAll('article *')]
    .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
    .map((el) => `${el.tagName}.${el.className}`);
  return {scroll: document.scrollingElement.scrollWidth, inner: innerWidth, wide};
}
"""


def test_home_fits_a_phone(browser: sync_api.Browser, base_url: str, shots: Path) -> None:
    """At 375 px nothing on the front page sticks out: no sideways scrolling."""
    page, watch = _open_page(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(base_url)
    sync_api.expect(page.locator(".dd-home-featured .dd-quote")).to_be_visible()
    box = page.evaluate(_OVERFLOW_JS)
    page.screenshot(path=str(shots / "home-phone.png"), full_page=True)
    page.context.close()
    assert box["scroll"] <= box["inner"], f"the home page scrolls sideways: {box}"
    assert not box["wide"], f"elements stick out of the screen: {box}"
    watch.assert_clean()


def test_home_on_a_desktop_puts_people_and_themes_side_by_side(
    browser: sync_api.Browser, base_url: str, shots: Path
) -> None:
    page, watch = _open_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(base_url)
    people = page.locator(".dd-home-people").bounding_box()
    themes = page.locator(".dd-home-themes").bounding_box()
    page.screenshot(path=str(shots / "home-desktop.png"), full_page=True)
    page.context.close()
    assert people and themes and abs(people["y"] - themes["y"]) < 1, (people, themes)
    assert themes["x"] >= people["x"] + people["width"], (people, themes)
    watch.assert_clean()


def test_home_search_form_opens_material_search(
    browser: sync_api.Browser, base_url: str, shots: Path
) -> None:
    """Type a name in the front page's field, press Search: Material's search opens with it,
    and its result leads to the speaker's page."""
    page, watch = _open_page(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(base_url)
    page.locator("#dd-home-search-q").fill("Khan")
    page.locator(".dd-home-search button[type=submit]").click()
    page.wait_for_url("**/?q=Khan")
    sync_api.expect(page.locator("input.md-search__input")).to_have_value("Khan")
    result = page.locator('a.md-search-result__link[href*="speakers/sadiq-khan"]:not([href*="#"])')
    result.first.wait_for(state="visible")
    page.screenshot(path=str(shots / "home-search.png"))
    result.first.click()
    page.wait_for_url("**/speakers/sadiq-khan/**")
    assert "Sadiq Khan" in page.locator("h1").first.inner_text()
    page.context.close()
    watch.assert_clean()


def test_the_featured_quote_links_to_its_permalink(
    browser: sync_api.Browser, base_url: str
) -> None:
    page, watch = _open_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(base_url)
    link = page.locator('.dd-home-featured .dd-quote__meta a[href*="#q-"]').first
    quote_id = (link.get_attribute("href") or "").rsplit("#", 1)[1]
    link.click()
    page.wait_for_url(f"**/debates/**#{quote_id}")
    card = page.locator(f'[id="{quote_id}"]')
    sync_api.expect(card).to_be_in_viewport()
    assert card.evaluate("c => c.matches(':target')")
    page.context.close()
    watch.assert_clean()
