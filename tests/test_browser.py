"""What only a browser shows: search, permalinks landing on a highlighted quote, offline, phones.

The bundled site is built with ``mkdocs build --strict``, served from a thread on 127.0.0.1 and
driven through Playwright with Debian's chromium (``/usr/bin/chromium``; no browser is ever
downloaded). Every page load fails the test on a console error, a failed local request, or any
request to another host: the published site must work offline (no web fonts, no CDN scripts).

Screenshots go to pytest's temp folder, or to ``$DIGEST_SCREENSHOTS`` when set, for a human look.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser_support import (
    CHROMIUM,
    PHONE,
    REPO,
    SKIP_REASON,
    build_site,
    launch_chromium,
    open_page,
    serve,
)

SPEAKER_SLUG = "speakers/sadiq-khan"
DEBATE_PATH = "debates/why-did-labour-lose/"

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(), reason=SKIP_REASON)]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency")


# --- The site, its server and the browser ----------------------------------------------------


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled site, built strictly, exactly as an editor publishes it."""
    return build_site(REPO, tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="module")
def base_url(site_dir: Path) -> Iterator[str]:
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: ``$DIGEST_SCREENSHOTS`` if set, else pytest's temp folder."""
    wanted = os.environ.get("DIGEST_SCREENSHOTS")
    if wanted:
        Path(wanted).mkdir(parents=True, exist_ok=True)
        return Path(wanted)
    return tmp_path_factory.mktemp("screenshots")


# --- Helpers reading the page ----------------------------------------------------------------

_HIGHLIGHT_PROPS = ("outline-style", "box-shadow", "background-color", "border-color")

_TARGET_STYLE_JS = """
([id, props]) => {
  const card = document.getElementById(id);
  if (!card) return null;
  const style = (el) => props.map((p) => getComputedStyle(el).getPropertyValue(p));
  const classes = [...card.classList];
  const sibling = classes.length
    ? [...document.getElementsByClassName(classes[0])].find((el) => el !== card && el.id)
    : null;
  const header = document.querySelector('.md-header');
  return {
    isTarget: card.matches(':target'),
    top: card.getBoundingClientRect().top,
    headerBottom: header ? header.getBoundingClientRect().bottom : 0,
    classes,
    target: style(card),
    other: sibling ? style(sibling) : null,
  };
}
"""

_MARK_JS = """
(id) => {
  const marks = [...document.querySelectorAll('mark')];
  const found = marks.find((m) =>
    [...m.attributes].some((a) => a.value.includes(id)) ||
    m.querySelector(`a[href$="#${id}"]`) ||
    (m.closest('a') && m.closest('a').getAttribute('href').endsWith(`#${id}`)));
  return found ? found.textContent : null;
}
"""

_OVERFLOW_JS = """
(id) => {
  const card = document.getElementById(id);
  const box = card.getBoundingClientRect();
  return {
    cardScroll: card.scrollWidth, cardClient: card.clientWidth,
    cardLeft: box.left, cardRight: box.right,
    viewport: document.documentElement.clientWidth,
    pageScroll: document.documentElement.scrollWidth,
  };
}
"""


_POSITIONS_JS = """
() => {
  const section = document.querySelector('.dd-positions');
  if (!section) return null;
  const inside = [...section.querySelectorAll('*')];
  const overflowing = inside
    .filter((el) => getComputedStyle(el).display !== 'inline')
    .filter((el) => el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${el.tagName}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
  const box = section.getBoundingClientRect();
  return {
    left: box.left,
    right: Math.max(box.right, ...inside.map((el) => el.getBoundingClientRect().right)),
    viewport: document.documentElement.clientWidth,
    pageScroll: document.documentElement.scrollWidth,
    overflowing,
    rows: section.querySelectorAll('tbody tr').length,
    headerShown: getComputedStyle(section.querySelector('thead')).display !== 'none',
  };
}
"""

_MARKS_JS = """
(id) => {
  const marks = [...document.querySelectorAll(`mark.dd-hl[data-quote="${id}"]`)];
  const kind = (m) => m.className.split(' ')[1];
  const other = [...document.querySelectorAll('mark.dd-hl')].find(
    (m) => m.dataset.quote !== id && kind(m) === kind(marks[0]));
  const style = (el) => getComputedStyle(el).backgroundColor + ' ' + getComputedStyle(el).boxShadow;
  return {
    count: marks.length,
    current: marks.every((m) => m.classList.contains('dd-hl--current')),
    first: marks[0].id,
    style: style(marks[0]),
    other: other ? style(other) : null,
  };
}
"""


def _search_and_open_speaker(page: sync_api.Page, base_url: str) -> None:
    """Material's search box, as a reader uses it: focus it, type, pick the speaker's page."""
    page.goto(base_url)
    page.locator("label.md-search__icon, input.md-search__input").first.click()
    page.keyboard.type("Khan")
    result = page.locator(f'a.md-search-result__link[href*="{SPEAKER_SLUG}"]:not([href*="#"])')
    result.first.wait_for(state="visible")
    result.first.click()
    page.wait_for_url(f"**/{SPEAKER_SLUG}/**")


def _quote_permalinks(page: sync_api.Page) -> sync_api.Locator:
    """On the speaker page: links to the debate page's anchors from the rows of his own quotes."""
    own = page.locator(".dd-quote-row__who > a:first-child", has_text=re.compile(r"^Sadiq Khan$"))
    rows = page.locator("article .dd-quote-row").filter(has=own)
    return rows.locator('a[href*="debates/"][href*="#q-"]')


def _open_a_quote_permalink(page: sync_api.Page) -> str:
    """Follow a link from the speaker page to one of his quotes; return the quote id."""
    permalink = _quote_permalinks(page).first
    href = permalink.get_attribute("href") or ""
    quote_id = href.rsplit("#", 1)[1]
    permalink.click()
    page.wait_for_url(f"**/debates/**#{quote_id}")
    return quote_id


# --- Tests -----------------------------------------------------------------------------------


def test_search_speaker_then_quote_permalink(
    browser: sync_api.Browser, base_url: str, shots: Path
) -> None:
    """Home -> search "Khan" -> speaker page -> quote permalink -> the quote, highlighted."""
    page, watch = open_page(browser, viewport={"width": 1280, "height": 900})
    _search_and_open_speaker(page, base_url)
    assert "Sadiq Khan" in page.locator("h1").first.inner_text()
    page.screenshot(path=str(shots / "speaker.png"), full_page=True)

    quote_id = _open_a_quote_permalink(page)
    assert page.evaluate("location.hash") == f"#{quote_id}"
    card = page.locator(f"#{quote_id}")
    sync_api.expect(card).to_be_visible()
    sync_api.expect(card).to_be_in_viewport()
    styles = page.evaluate(_TARGET_STYLE_JS, [quote_id, list(_HIGHLIGHT_PROPS)])
    assert styles is not None and styles["isTarget"], f"#{quote_id} is not the :target: {styles}"
    assert styles["other"] is not None, f"no other quote card to compare with: {styles}"
    assert styles["target"] != styles["other"], f"the targeted card looks like the others: {styles}"
    assert styles["top"] >= styles["headerBottom"], f"the card is under the sticky header: {styles}"
    mark = page.evaluate(_MARK_JS, quote_id)
    assert mark, f"no highlighted <mark> for {quote_id} in the article text"
    page.screenshot(path=str(shots / "debate-target.png"))
    page.screenshot(path=str(shots / "debate-full.png"), full_page=True)
    page.context.close()
    watch.assert_clean()


def test_quote_card_fits_a_phone(browser: sync_api.Browser, base_url: str, shots: Path) -> None:
    """At 375 px wide a quote card must not overflow: no sideways scrolling to read a quote."""
    page, watch = open_page(browser, viewport={"width": 1280, "height": 900})
    _search_and_open_speaker(page, base_url)
    debate_url = _quote_permalinks(page).first.evaluate("a => a.href")
    page.context.close()

    page, phone_watch = open_page(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(debate_url)
    quote_id = urlsplit(debate_url).fragment
    sync_api.expect(page.locator(f"#{quote_id}")).to_be_visible()
    box = page.evaluate(_OVERFLOW_JS, quote_id)
    page.screenshot(path=str(shots / "phone-target.png"))
    page.screenshot(path=str(shots / "phone-full.png"), full_page=True)
    page.context.close()
    assert box["cardScroll"] <= box["cardClient"] + 1, f"quote card content overflows: {box}"
    on_screen = box["cardLeft"] >= -1 and box["cardRight"] <= box["viewport"] + 1
    assert on_screen, f"the quote card sticks out of the screen: {box}"
    assert box["pageScroll"] <= box["viewport"] + 1, f"the page scrolls sideways: {box}"
    watch.assert_clean()
    phone_watch.assert_clean()


def test_positions_fit_a_phone(browser: sync_api.Browser, base_url: str, shots: Path) -> None:
    """At 375 px the five-column positions table becomes stacked cards: nothing sticks out."""
    page, watch = open_page(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(base_url + DEBATE_PATH)
    section = page.locator(".dd-positions")
    section.scroll_into_view_if_needed()
    box = page.evaluate(_POSITIONS_JS)
    section.screenshot(path=str(shots / "phone-positions.png"))
    page.context.close()
    assert box is not None and box["rows"] > 0, f"no positions on the page: {box}"
    assert not box["headerShown"], f"the table header is still shown on a phone: {box}"
    assert not box["overflowing"], f"positions overflow their boxes: {box}"
    on_screen = box["left"] >= -1 and box["right"] <= box["viewport"] + 1
    assert on_screen, f"the positions stick out of the screen: {box}"
    assert box["pageScroll"] <= box["viewport"] + 1, f"the page scrolls sideways: {box}"
    watch.assert_clean()


def test_quote_card_and_its_article_mark_point_at_each_other(
    browser: sync_api.Browser, base_url: str, shots: Path
) -> None:
    """#q-… (the card) also emphasises the quote's marks in the article; the card's "See in the
    article" link lands on the first mark (#a-q-…), which is the :target and in view."""
    page, watch = open_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(base_url + DEBATE_PATH)
    link = page.locator('.dd-quote a[href^="#a-q-"]').first
    quote_id = link.get_attribute("href")[len("#a-") :]
    page.goto(base_url + DEBATE_PATH + "#" + quote_id)
    marks = page.evaluate(_MARKS_JS, quote_id)
    assert marks["count"] >= 1 and marks["current"], f"its marks are not emphasised: {marks}"
    assert marks["first"] == f"a-{quote_id}", marks
    assert marks["other"] is not None and marks["style"] != marks["other"], marks

    page.locator(f'[id="{quote_id}"] a[href="#a-{quote_id}"]').click()
    page.wait_for_function(f"location.hash === '#a-{quote_id}'")
    mark = page.locator(f'[id="a-{quote_id}"]')
    sync_api.expect(mark).to_be_in_viewport()
    assert mark.evaluate("m => m.matches(':target')")
    assert page.evaluate(_MARKS_JS, quote_id)["current"]
    page.screenshot(path=str(shots / "article-target.png"))
    mark.locator("a").first.click()  # and back to the card
    page.wait_for_function(f"location.hash === '#{quote_id}'")
    sync_api.expect(page.locator(f'[id="{quote_id}"]')).to_be_in_viewport()
    page.context.close()
    watch.assert_clean()
