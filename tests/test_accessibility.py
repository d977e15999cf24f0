"""WCAG 2.1 AA in the browser: axe-core on every page kind, both palettes, desktop and phone.

axe-core is pinned in ``tests/browser/package.json`` and installed by ``bash scripts/setup.sh
--browser`` (``npm ci``) into ``tests/browser/node_modules``, outside the published site; Playwright
injects it into each page. A run checks the WCAG 2.0/2.1 A and AA rules plus axe's best practices
(the search dialog's name is one) and fails on any serious or critical violation, listing each
(rule, impact, target, summary). After the palette toggle switches a page to the other palette,
axe's colour rules run again.

Pages: home, the five indexes, About, and of each kind (debate, speaker, theme, policy,
organisation) the page with the most HTML, so the longest tables and most badges are checked.
The bundled site runs at 1280 and 375 px; a 30-debate synthetic digest (benchmarks/synthetic.py:
drafts, long tables) at 1280 px. Keyboard tests: every control is reached by Tab with a visible
focus ring, the palette toggle works from the keyboard, a quote permalink focuses the quote.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import (
    CHROMIUM,
    DESKTOP,
    PHONE,
    REPO,
    SKIP_REASON,
    build_site,
    launch_chromium,
    open_page,
    serve,
)

AXE = REPO / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# Switching the palette changes colours only (Material swaps CSS variables; the markup is the
# same), so after the switch only the rules that read colours run again: half the time.
AXE_COLOUR_RULES = ["color-contrast", "link-in-text-block"]
FAILING_IMPACTS = ("serious", "critical")
DETAIL_KINDS = {
    "debates": "debate",
    "speakers": "speaker",
    "themes": "theme",
    "policies": "policy",
    "organisations": "organisation",
}
SYNTHETIC_DEBATES = 30
PALETTES = {"light": "default", "dark": "slate"}
WIDTHS = {"desktop": DESKTOP, "phone": PHONE}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=SKIP_REASON),
    pytest.mark.skipif(
        not AXE.exists(),
        reason="axe-core is not installed: bash scripts/setup.sh --browser (runs npm ci)",
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency")


# --- Sites, server, browser ------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def bundled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(REPO, tmp_path_factory.mktemp("bundled-site"))


@pytest.fixture(scope="module")
def bundled_url(bundled_site: Path) -> Iterator[str]:
    with serve(bundled_site) as url:
        yield url


def _load_synthetic() -> Any:
    """benchmarks/synthetic.py is a script beside its benchmark, not a package: load it by path."""
    spec = importlib.util.spec_from_file_location("synthetic", REPO / "benchmarks" / "synthetic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic digest laid out like this repository (as benchmarks/build_scale.py does)."""
    root = tmp_path_factory.mktemp("synthetic")
    content = root / "content"
    shutil.copytree(REPO / "content" / "pages", content / "pages")
    _load_synthetic().generate_corpus(content, SYNTHETIC_DEBATES, seed=0)
    (root / "theme_overrides").symlink_to(REPO / "theme_overrides", target_is_directory=True)
    shutil.copyfile(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return build_site(root, root / "site")


@pytest.fixture(scope="module")
def synthetic_url(synthetic_site: Path) -> Iterator[str]:
    with serve(synthetic_site) as url:
        yield url


def page_kinds(site: Path) -> dict[str, str]:
    """One page of every kind: name -> path under the site root.

    Of the pages of a kind, the one with the most HTML: the longest tables, the most badges."""
    pages = {"home": "", "about": "about/", "stance map": "stances/"}
    for folder, kind in DETAIL_KINDS.items():
        pages[f"{folder} index"] = f"{folder}/"
        details = [d for d in (site / folder).iterdir() if (d / "index.html").is_file()]
        assert details, f"the site has no {kind} page"
        biggest = max(details, key=lambda d: ((d / "index.html").stat().st_size, d.name))
        pages[kind] = f"{folder}/{biggest.name}/"
    return pages


# --- Running axe -----------------------------------------------------------------------------

_AXE_RUN_JS = """
async (runOnly) => {
  const result = await axe.run(document, {runOnly, resultTypes: ['violations']});
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.map(String).join(' '),
      impact: n.impact,
      summary: (n.failureSummary || '').replace(/\\s+/g, ' ').trim(),
    })),
  }));
}
"""

# Material replaces each <pre class="mermaid"> by its drawing; axe must see the finished page.
_SETTLED_JS = "() => !document.querySelector('pre.mermaid')"



def _axe(page: sync_api.Page, *, colours_only: bool = False) -> list[dict[str, Any]]:
    """Serious and critical violations on the open page, one entry per failing node."""
    run_only = (
        {"type": "rule", "values": AXE_COLOUR_RULES}
        if colours_only
        else {"type": "tag", "values": AXE_TAGS}
    )
    violations = page.evaluate(_AXE_RUN_JS, run_only)
    return [
        {"rule": v["id"], "help": v["help"], **node}
        for v in violations
        for node in v["nodes"]
        if (node["impact"] or v["impact"]) in FAILING_IMPACTS
    ]


def _scheme(page: sync_api.Page) -> str:
    return page.evaluate("document.body.dataset.mdColorScheme")


def _switch_palette(page: sync_api.Page) -> str:
    """Press the header's palette toggle, as a reader does; wait until the colours settle."""
    before = _scheme(page)
    page.locator('[data-md-component="palette"] label:not([hidden])').click()
    page.wait_for_function(
        "([before]) => document.body.dataset.mdColorScheme !== before"
        " && !document.body.hasAttribute('data-md-color-switching')",
        arg=[before],
    )
    return _scheme(page)


def _report(found: dict[str, list[dict[str, Any]]]) -> str:
    lines = []
    for name, nodes in found.items():
        for node in nodes:
            lines.append(
                f"  {name}: {node['rule']} ({node['impact']}) at {node['target']}: "
                f"{node['help']}. {node['summary'][:300]}"
            )
    return f"{len(lines)} serious/critical axe violations:\n" + "\n".join(lines)


def _sweep(
    browser: sync_api.Browser, base_url: str, pages: dict[str, str], width: str
) -> dict[str, list[dict[str, Any]]]:
    """axe on each page in both palettes: the page opens in the one the last page left (the
    first in the system's light palette) and is checked, then the toggle switches it and the
    colour rules run again. One load per page; the report names page and palette."""
    context_args: dict[str, Any] = {"viewport": WIDTHS[width], "color_scheme": "light"}
    if width == "phone":
        context_args.update(is_mobile=True, has_touch=True)
    page, watch = open_page(browser, **context_args)
    found: dict[str, list[dict[str, Any]]] = {}
    for name, path in pages.items():
        page.goto(base_url + path, wait_until="load")
        page.wait_for_function(_SETTLED_JS)
        page.add_script_tag(path=str(AXE))
        schemes = [_scheme(page)]
        nodes = {schemes[0]: _axe(page)}
        schemes.append(_switch_palette(page))
        nodes[schemes[1]] = _axe(page, colours_only=True)
        assert sorted(schemes) == sorted(PALETTES.values()), f"{name}: schemes {schemes}"
        for scheme, failing in nodes.items():
            if failing:
                found[f"{name} ({path or '/'}, {scheme})"] = failing
    page.context.close()
    watch.assert_clean()
    return found


# --- axe on every page kind ------------------------------------------------------------------


@pytest.mark.parametrize("width", list(WIDTHS))
def test_bundled_site_has_no_serious_violations(
    browser: sync_api.Browser, bundled_site: Path, bundled_url: str, width: str
) -> None:
    pages = page_kinds(bundled_site)
    assert len(pages) == 13, pages
    found = _sweep(browser, bundled_url, pages, width)
    assert not found, _report(found)


def test_synthetic_digest_has_no_serious_violations(
    browser: sync_api.Browser, synthetic_site: Path, synthetic_url: str
) -> None:
    """Many drafts (badges everywhere) and long tables, which the bundled site lacks; both
    palettes at desktop width (the phone layout's colours and markup are the same)."""
    pages = page_kinds(synthetic_site)
    found = _sweep(browser, synthetic_url, pages, "desktop")
    assert not found, _report(found)


# --- Keyboard --------------------------------------------------------------------------------

# What has focus now: what kind of control, whether its ring can be seen, and the ring's
# contrast with what is behind it (WCAG 2.4.7 and 1.4.11: 3:1 for a focus indicator).
_FOCUS_JS = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  // The palette toggle's focus is on a hidden radio button; its label is what one sees.
  const shown = el.matches('.md-option') ? el.nextElementSibling || el : el;
  const parse = (c) => {
    const m = c.match(/[\\d.]+/g).map(Number);
    return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1};
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const style = getComputedStyle(shown);
  const inset = parseFloat(style.outlineOffset) < 0;
  // The colour behind the ring: backgrounds from the element (inset ring) or its parent up.
  const layers = [];
  for (let n = inset ? shown : shown.parentElement; n; n = n.parentElement) {
    const bg = parse(getComputedStyle(n).backgroundColor);
    if (bg.a > 0) layers.push(bg);
    if (bg.a >= 1) break;
  }
  const behind = layers.reverse().reduce((acc, c) => over(c, acc), {r: 255, g: 255, b: 255, a: 1});
  const ring = over(parse(style.outlineColor), behind);
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const [hi, lo] = [lum(ring), lum(behind)].sort((a, b) => b - a);
  const box = shown.getBoundingClientRect();
  const kind =
    el.matches('.md-search__input') ? 'search' :
    el.matches('.md-option') ? 'palette toggle' :
    el.matches('label[for="__drawer"]') ? 'navigation button' :
    el.matches('a.headerlink') ? 'heading permalink' :
    el.matches('.dd-quote a[href^="#"]') ? 'quote link' :
    el.matches('.md-content__button') ? 'edit button' : 'other';
  return {
    what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${
      (el.getAttribute('href') || el.id || '').slice(0, 40)}`,
    kind,
    visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
    ring: `${style.outlineStyle} ${style.outlineWidth}`,
    ringShown: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    contrast: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
  };
}
"""
KEYBOARD_CONTROLS = {"search", "palette toggle", "heading permalink", "quote link", "edit button"}
MAX_TAB_STOPS = 400


def _tab_stops(page: sync_api.Page) -> list[dict[str, Any]]:
    """Press Tab until focus comes back round (or MAX_TAB_STOPS); what each stop showed."""
    stops: list[dict[str, Any]] = []
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        stop = page.evaluate(_FOCUS_JS)
        if stop is None or (stops and stop["what"] == stops[0]["what"]):
            break
        stops.append(stop)
    return stops


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("palette", list(PALETTES))
def test_every_control_is_reached_by_tab_with_a_visible_ring(
    browser: sync_api.Browser, bundled_site: Path, bundled_url: str, palette: str, width: str
) -> None:
    """On a debate page (header, quotes, tables, article): Tab reaches search, the palette
    toggle, heading and quote permalinks and the edit button (and on a phone the navigation
    button); every stop is on screen with a solid ring of at least 2 px and 3:1 contrast."""
    context_args: dict[str, Any] = {"viewport": WIDTHS[width], "color_scheme": palette}
    page, watch = open_page(browser, **context_args)
    page.goto(bundled_url + page_kinds(bundled_site)["debate"])
    stops = _tab_stops(page)
    page.context.close()
    reached = {stop["kind"] for stop in stops}
    wanted = KEYBOARD_CONTROLS | ({"navigation button"} if width == "phone" else set())
    assert wanted <= reached, f"not reached by Tab: {wanted - reached}"
    assert len(stops) > 20, f"too few tab stops for a debate page: {stops}"
    unseen = [s for s in stops if not (s["visible"] and s["ringShown"] and s["contrast"] >= 3)]
    assert not unseen, "tab stops without a visible focus ring:\n" + "\n".join(map(str, unseen))
    watch.assert_clean()


def test_palette_toggle_works_from_the_keyboard(
    browser: sync_api.Browser, bundled_url: str
) -> None:
    page, watch = open_page(browser, viewport=DESKTOP, color_scheme="light")
    page.goto(bundled_url)
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.md-option')"):
            break
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    page.keyboard.press("Enter")
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    page.reload()  # the choice is kept
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.context.close()
    watch.assert_clean()


def test_quote_permalink_lands_with_focus_on_the_quote(
    browser: sync_api.Browser, bundled_site: Path, bundled_url: str
) -> None:
    """Opening debate#q-… focuses the card; its "in the article" link focuses the mark; Tab
    then continues from inside the quote, not from the top of the page."""
    page, watch = open_page(browser, viewport=DESKTOP)
    debate = bundled_url + page_kinds(bundled_site)["debate"]
    page.goto(debate)
    quote_id = page.locator('.dd-quote a[href^="#a-q-"]').first.get_attribute("href")[3:]
    page.goto(f"{debate}#{quote_id}")
    page.wait_for_function(f"document.activeElement.id === '{quote_id}'")
    page.keyboard.press("Tab")
    inside = page.evaluate(f"!!document.activeElement.closest('[id=\"{quote_id}\"]')")
    assert inside, "Tab after a quote permalink does not continue from the quote"

    page.locator(f'[id="{quote_id}"] a[href="#a-{quote_id}"]').click()
    page.wait_for_function(f"document.activeElement.id === 'a-{quote_id}'")
    assert page.evaluate("document.activeElement.tagName") == "MARK"
    page.context.close()
    watch.assert_clean()


# --- Marks and diagrams have words -------------------------------------------------------------

_STANCE_RE = re.compile(
    r'<span class="dd-stance dd-stance--([\w-]+)">'
    r'<span aria-hidden="true">[^<]+</span>([^<]*)</span>'
)
_FIGURE_RE = re.compile(
    r'<figure aria-describedby="([^"]+)" class="dd-relations-diagram">(.*?)</figure>', re.S
)


def _pages_html(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}


def test_stance_marks_have_a_word_not_only_a_colour(synthetic_site: Path) -> None:
    """✔ / ✘ / ± / ? are each followed by their word, so colour and symbol are never alone; the
    mark itself is hidden from screen readers, which read the word."""
    stances = [m for html in _pages_html(synthetic_site).values() for m in _STANCE_RE.findall(html)]
    kinds = {kind for kind, _ in stances}
    assert kinds == {"supports", "opposes", "mixed", "unclear"}, kinds
    unlabelled = [(kind, text) for kind, text in stances if not re.search(r"[A-Za-z]{4,}", text)]
    assert not unlabelled, unlabelled[:5]


def test_relation_diagram_points_at_its_text_alternative(bundled_site: Path) -> None:
    """The Mermaid diagram is a figure with a caption, described by the relation list."""
    html = (bundled_site / page_kinds(bundled_site)["debate"] / "index.html").read_text("utf-8")
    figures = _FIGURE_RE.findall(html)
    assert figures, "no relation diagram figure on the debate page"
    for described_by, inside in figures:
        assert 'class="mermaid"' in inside and "<figcaption>" in inside, inside[:200]
        listed = re.search(rf'id="{described_by}"[^>]*>\s*<ul>\s*<li>', html)
        assert listed, f"aria-describedby={described_by} names no relation list"


_NEXT_NAV_LINK_JS = """
() => {
  const el = document.activeElement;
  const box = el.getBoundingClientRect();
  return {
    inDrawer: !!el.closest('.md-sidebar--primary'),
    onScreen: box.left >= 0 && box.right <= window.innerWidth && box.width > 0,
  };
}
"""


def test_navigation_drawer_opens_and_closes_from_the_keyboard(
    browser: sync_api.Browser, bundled_url: str
) -> None:
    """On a phone the site's navigation is in a drawer: its button is reached by Tab, Enter
    opens it (Tab then walks its links, on screen), Escape closes it with focus back."""
    page, watch = open_page(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(bundled_url + "about/")
    button = page.locator('label[for="__drawer"][role="button"]')
    for _ in range(10):
        page.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    assert button.get_attribute("aria-expanded") == "false"
    assert button.get_attribute("aria-label"), "the navigation button has no name"
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    page.wait_for_timeout(400)  # the drawer slides in
    for _ in range(10):
        page.keyboard.press("Tab")
        where = page.evaluate(_NEXT_NAV_LINK_JS)
        if where["inDrawer"]:
            break
    assert where == {"inDrawer": True, "onScreen": True}, where
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert button.evaluate("b => b === document.activeElement")
    page.context.close()
    watch.assert_clean()
