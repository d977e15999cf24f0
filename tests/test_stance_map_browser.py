"""The stance map in headless Chromium at phone width: the page never scrolls sideways; a map
wider than the screen scrolls inside its own box.

Reuses the built site, server, browser and page watch of ``test_browser`` (as
``test_home_browser`` does).
"""

from __future__ import annotations

from pathlib import Path

import test_browser as shared
from browser_support import PHONE
from browser_support import open_page as _open_page
from test_browser import sync_api

pytestmark = shared.pytestmark
site_dir = shared.site_dir
base_url = shared.base_url
browser = shared.browser
shots = shared.shots

# Widen the map as a digest of 40 themes would (copies of its columns), then measure: the page's
# scroll width, elements outside the map that stick out, and the map box's own widths.
_WIDEN_AND_MEASURE_JS = """
() => {
  const map = document.querySelector('.dd-stance-map');
  for (const row of map.querySelectorAll('tr')) {
    const last = row.lastElementChild;
    for (let i = 0; i < 30; i++) row.appendChild(last.cloneNode(true));
  }
  const wide = [...document.querySelectorAll('article *')]
    .filter((el) => !el.closest('.dd-stance-map'))
    .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
    .map((el) => `${el.tagName}.${el.className}`);
  const box = map.getBoundingClientRect();
  map.scrollLeft = 100;  // stays 0 unless the box itself scrolls (content merely spilling out)
  return {
    scroll: document.scrollingElement.scrollWidth, inner: innerWidth, wide,
    mapRight: box.right, mapScroll: map.scrollWidth, mapClient: map.clientWidth,
    scrolled: map.scrollLeft,
  };
}
"""


def test_stance_map_fits_a_phone(browser: sync_api.Browser, base_url: str, shots: Path) -> None:
    page, watch = _open_page(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(base_url + "stances/")
    sync_api.expect(page.locator(".dd-stance-map .dd-stance").first).to_be_visible()
    box = page.evaluate(_WIDEN_AND_MEASURE_JS)
    page.screenshot(path=str(shots / "stance-map-phone.png"), full_page=True)
    page.context.close()
    assert box["scroll"] <= box["inner"], f"the stance map page scrolls sideways: {box}"
    assert not box["wide"], f"elements stick out of the screen: {box}"
    assert box["mapRight"] <= box["inner"] + 1, f"the map's box sticks out: {box}"
    assert box["mapScroll"] > box["mapClient"], f"the map is not wider than its box: {box}"
    assert box["scrolled"] > 0, f"the wide map does not scroll in its box: {box}"
    watch.assert_clean()
