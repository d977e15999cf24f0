"""The ``digest`` MkDocs plugin: publish ``content/`` as cross-linked pages.

Algorithm: load and validate the content before MkDocs empties ``site_dir`` (``on_pre_build``),
index it and plan its pages as data; in ``on_files`` add each planned page that no hand-written
page replaces with ``File.generated`` (a front matter only); when MkDocs renders that page
(``on_pre_page``), the plugin renders it to HTML itself — templates write HTML, links are final
and checked against the build's files, headings get ids and the table of contents — so only
editors' Markdown fields go through Python-Markdown. Everything else is plain MkDocs.
"""

from __future__ import annotations

import gc
import html
import logging
import os
import re
from dataclasses import replace
from functools import partial
from pathlib import Path

import yaml
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from digest.decisions import Queue, pending
from digest.index import DigestIndex, IndexCache, build_index
from digest.load_cache import LoadCache
from digest.model import Digest
from digest.problems import Problem
from digest.publish import PUBLIC_RULES, PublishCache, published, summary
from digest.sanitize import sanitize_marked
from digest.site.dependencies import ALL, instrument, instrument_links, instrument_renderer
from digest.site.editor_markdown import EditorMarkdown
from digest.site.escape import html_title
from digest.site.exports import add_export_files, head_context
from digest.site.home import (
    BLOCKS,
    HomeSettings,
    HomeSettingsError,
    find_markers,
    replace_markers,
    resolve_pin,
)
from digest.site.incremental import IncrementalPreview, wrap_banners
from digest.site.jinja_cache import install as install_bytecode_cache
from digest.site.jinja_fast import CodeGenerator as ThemeCodeGenerator
from digest.site.links import SiteLinks
from digest.site.planner import HOME_URI, PlannedPage, Redirect, plan_pages, plan_redirects
from digest.site.redirects import redirect_html, redirect_paths
from digest.site.renderer import Renderer
from digest.site.review_page import REVIEW_URI, review_page
from digest.site.search_index_file import install_in as write_search_index_streamed
from digest.site.search_sections import install_in as read_search_sections_fast
from digest.site.staging import StagedSite, WarningCounter
from digest.site.theme_blocks import BlockCache, TocCache
from digest.site.theme_cache import HeaderCache, NavCache
from digest.site.toc import (
    PERMALINK_TITLE,
    heading_toc,
    headings_and_ids,
    ids_in,
    values_after_space,
)
from digest.validate import is_review_note

log = get_plugin_logger(__name__)

# Editors' Markdown fields may use these (generated pages themselves are HTML).
REQUIRED_EXTENSIONS = ("md_in_html", "attr_list", "tables")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_SAME_PAGE_ANCHOR = re.compile(r'href="#([^"]+)"')  # after whitespace (toc.values_after_space)
# Content a generated page leaves out of the search index (data-search-exclude) is also between
# these comments, so the search plugin need not parse it at all (``on_page_context``).
_SEARCH_EXCLUDED = re.compile(r"<!--dd-search-exclude-->.*?<!--/dd-search-exclude-->", re.DOTALL)
_EXCLUDED_START, _EXCLUDED_END = "<!--dd-search-exclude-->", "<!--/dd-search-exclude-->"
# Tags whose only effect on Material's search index is their text (it keeps p, code, pre, lists,
# sub and sup as tags and makes sections of headings): the search plugin is given their text
# alone, which it indexes the same, at a fraction of its HTML parser's cost. Not the headerlink
# `a` of a heading (search leaves it out), and only on a page with no data-search-exclude left
# (a tag's end could not be told from another's).
# Every alternative starts with "<" (the `</a>` one looks behind it for "&para;"), so `re` searches
# for that literal: 4 × faster than with a leading lookbehind, the same matches.
# A heading's permalink as toc.heading_toc writes it, last in the heading, goes whole: the search
# plugin skips a headerlink's text and keeps no `a` tag (a tenth of the tags it would read).
_SEARCH_TEXT_ONLY = re.compile(
    r"<(?:/?(?:span|strong|em|b|i|mark|q|div|table|thead|tbody|tr|td|th|blockquote|details|summary)"
    r"\b[^>]*|a\s(?![^>]*headerlink)[^>]*|(?<!&para;<)/a"
    rf'|a class="headerlink" href="#[^"<>]*" title="{PERMALINK_TITLE}">&para;</a(?=></h[1-6]>))>'
)


class DigestConfig(Config):
    content_dir = c.Type(str, default="content")
    """The content folder (debates/, speakers/, …), relative to mkdocs.yml."""
    templates_dir = c.Optional(c.Type(str))
    """Folder searched first for page templates (``digest/debate.html``…); default: the theme's
    ``custom_dir``, so ``theme_overrides/digest/quote-card.html`` overrides the packaged card."""
    article = c.Type(bool, default=True)
    """Show each debate's full article text with the quotes highlighted."""
    featured_quote = c.Optional(c.Type(str))
    """The front page's featured quote, ``<debate id>#<quote id>``; default: the newest reviewed
    direct quote. A quote the build does not publish fails the build."""
    home_items = c.Type(int, default=6)
    """How many debates, people and themes each front-page block lists."""
    publish = c.Choice(PUBLIC_RULES, default="reviewed")
    """What ``mkdocs build`` publishes (docs/publishing.md): ``reviewed``, only what an editor
    approved; ``drafts``, drafts too, with their badge (never a needs-review record). ``mkdocs
    serve`` shows every record but rejected ones, and a review page."""


class DigestPlugin(BasePlugin[DigestConfig]):
    """Hooks: ``on_config`` resets per-build state (a plugin lives across ``serve`` rebuilds) and
    checks the Markdown extensions editors' fields need; ``on_pre_build`` loads, validates and
    indexes the content (fatal problems abort the build before the old site is touched);
    ``on_files`` adds the pages, the redirects of merged records and the exports (feeds, open
    data: ``digest.export``); ``on_pre_page`` makes a generated page render itself, as HTML,
    when it is written (``on_page_context``, before search reads it, which also hands
    ``main.html`` the page's feed links and JSON-LD); ``on_post_page`` lets its HTML go.

    Under ``mkdocs serve`` (``on_startup``, which also keeps this instance across rebuilds) an
    editor's half-finished edit must not stop the preview: content with errors is reported in the
    terminal and on a banner atop every page, and the last good content stays on show until the
    errors are fixed. ``mkdocs build`` never does this: it fails and leaves the old site alone."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        self.dirty = False
        self.staged: StagedSite | None = None  # build only: where this build writes the site
        self.staged_config: MkDocsConfig | None = None
        self.warnings: WarningCounter | None = None
        self.last_good: Digest | None = None  # serve only: what to show while content is broken
        self.load_cache = LoadCache()  # serve only: what loading made of each file, kept
        self.index_cache = IndexCache()  # serve only: each debate's index entries, kept
        self.publish_cache = PublishCache()  # serve only: each debate as published, kept
        self.incremental: IncrementalPreview | None = None  # serve --dirty: docs/site.md
        self._reset()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = dirty
        if self.serving and dirty:  # render only what an edit changes (digest/site/incremental.py)
            self.incremental = IncrementalPreview()

    def on_shutdown(self) -> None:
        # MkDocs caches instances that have on_startup for the whole process: forget the session.
        self.serving = False
        self.last_good = None
        self.load_cache, self.index_cache = LoadCache(), IndexCache()
        self.publish_cache = PublishCache()
        self.incremental = None

    def _reset(self) -> None:
        self.digest: Digest | None = None
        self.index: DigestIndex | None = None
        self.pages: list[PlannedPage] = []
        self.generated: dict[str, PlannedPage] = {}  # src_uri -> the planned page MkDocs renders
        self.renderer: Renderer | None = None
        self._full_content: dict[str, str] = {}  # src_uri -> content, while search reads a page
        self._deferred: dict[str, PlannedPage] = {}  # read by MkDocs, rendered when written
        self._files: Files | None = None
        self.repo_root = Path.cwd()
        self.content_dir = Path("content")
        self.content_errors: list[str] = []  # serve only: shown on every page's banner
        self.queue: Queue | None = None  # serve only: what waits for a decision (review page)
        self.redirects: list[Redirect] = []  # old URLs of merged records (digest merge)
        self.planned_by_uri: dict[str, PlannedPage] = {}  # src_uri -> page (exports' head tags)

    def _configure(self, config: MkDocsConfig) -> MkDocsConfig:
        gc.unfreeze()  # serve: the last build's frozen records become collectable again
        _collect_less_often()
        self._reset()
        self.repo_root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        self.content_dir = self.repo_root / self.config.content_dir
        for name in REQUIRED_EXTENSIONS:  # the generated pages are written with these
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        self._stage_site(config)
        return config

    # Before any plugin's on_config (the search plugin compiles templates in its own).
    @event_priority(100)
    def _begin_incremental(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.incremental is not None:
            self.incremental.begin(config, self._template_dirs(config))
        return config

    # Before the search plugin's on_config, which makes a theme environment of its own for each
    # of its three labels and compiled language.html and en.html in each, every build.
    @event_priority(100)
    def _cache_theme_environments(self, config: MkDocsConfig) -> MkDocsConfig:
        """Every theme environment of this build gets the compiled-template cache (jinja_cache)."""
        theme = config.theme
        if getattr(theme.get_env, "digest_cached", False):
            return config
        make_env = theme.get_env

        def get_env():
            env = make_env()
            install_bytecode_cache(env)
            return env

        get_env.digest_cached = True  # type: ignore[attr-defined]
        theme.get_env = get_env  # type: ignore[method-assign]
        return config

    on_config = CombinedEvent(_begin_incremental, _cache_theme_environments, _configure)

    def _stage_site(self, config: MkDocsConfig) -> None:
        """Build into a staging folder so that no failure can cost readers the previous site.

        Not under ``serve`` (it builds into a temporary folder of its own) nor ``--dirty`` (which
        updates the existing site in place on purpose)."""
        if self.serving or self.dirty:
            return
        self.staged = StagedSite(Path(config.site_dir))
        self.staged_config = config
        config.site_dir = str(self.staged.begin())
        if config.strict:  # MkDocs aborts after on_post_build if anything warned: don't swap then
            self.warnings = WarningCounter()
            logging.getLogger("mkdocs").addHandler(self.warnings)

    # Before the search plugin's post_build (0), which writes the index this completes.
    @event_priority(50)
    def _finish_incremental(self, *, config: MkDocsConfig) -> None:
        if self.incremental is None or self._files is None:
            return
        files = self._files
        self.incremental.finish(
            files,
            config,
            self.index,
            _search_plugin(config),
            lambda file: self._banners(file.page, files) if file.page else "",
            self._banner_state(),
        )

    # Last of every plugin's post_build: the search index and sitemap are in the staging folder.
    @event_priority(-100)
    def _commit_staged(self, *, config: MkDocsConfig) -> None:
        staged, warned = self.staged, self.warnings is not None and self.warnings.count > 0
        self._end_staging()
        if staged is None:
            return
        if warned:  # `--strict` is about to abort the build: keep the previous site
            staged.abandon()
            return
        staged.commit()
        log.info(f"site written to {staged.site_dir}")

    on_post_build = CombinedEvent(_finish_incremental, _commit_staged)

    def on_build_error(self, *, error: Exception) -> None:
        if self.incremental is not None:
            self.incremental.failed()
        if self.staged is not None:
            self.staged.abandon()
        self._end_staging()

    def _end_staging(self) -> None:
        """Back to the real ``site_dir`` (gh-deploy reads it after the build), counter removed."""
        if self.warnings is not None:
            logging.getLogger("mkdocs").removeHandler(self.warnings)
        if self.staged is not None and self.staged_config is not None:
            self.staged_config.site_dir = str(self.staged.site_dir)
        self.staged, self.staged_config, self.warnings = None, None, None

    # Run after other plugins' pre_build: nothing here depends on them, and a failure should
    # come after their own checks.
    @event_priority(-50)
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.digest = self._publish(self._load())
        if not self.config.article:  # copies: the loaded records are kept for the next rebuild
            self.digest.debates = {
                debate_id: replace(debate, article_text="")
                for debate_id, debate in self.digest.debates.items()
            }
        self.index = build_index(self.digest, self.index_cache if self.serving else None)
        self.pages = plan_pages(self.index, self._home_settings(config))
        if self.queue is not None:
            self.pages.append(review_page(self.queue, self.config.publish))
        self.redirects = plan_redirects(self.index)
        # The same index, a faster HTML tokenizer; the search copy let go once indexed.
        # Its entries to disk as each page is indexed (not in serve --dirty, which reads them).
        search_file = write_search_index_streamed(config.plugins, spool=self.incremental is None)
        indexed = self._search_read
        if search_file is not None:
            indexed = search_file.spooling_after(indexed)
        read_search_sections_fast(config.plugins, indexed)
        if self.incremental is not None:  # what each page looks up is recorded from here on
            instrument(self.index, self.incremental.tracer)
            self.incremental.indexed(self.index)

    def _load(self) -> Digest:
        from digest.load import check_content  # the loader is plain Python: imported lazily

        if not self.content_dir.is_dir():
            raise PluginError(
                f"digest: content folder '{self.content_dir}' not found; "
                "set plugins.digest.content_dir in mkdocs.yml"
            )
        cache = self.load_cache if self.serving else None  # digest/load_cache.py
        digest, problems = check_content(self.content_dir, cache)
        errors = [p for p in problems if p.severity == "error"]
        if digest is None or errors:
            if not self.serving:
                raise PluginError(_problem_report(errors, self.repo_root))
            return self._keep_previewing(errors)
        notes = [p for p in problems if is_review_note(p)]
        for problem in problems:
            if not is_review_note(problem):  # never published: counted by _publish instead
                log.warning(_relative(problem, self.repo_root))
        if notes:
            log.info(
                f"{len(notes)} editor decision{'s' if len(notes) != 1 else ''} pending (records"
                " to review, possible doubles): `digest check` lists them"
            )
        self.last_good = digest
        return digest

    def _publish(self, digest: Digest) -> Digest:
        """The publishing rule (docs/publishing.md), applied before anything is indexed so no page
        can show or link to a withheld record. ``serve`` shows everything but rejected records and
        plans the review page; ``build`` publishes what the ``publish`` option says, and reports
        at info level (``--strict`` must not fail on it) what it withheld."""
        if not self.serving:
            shown, withheld = published(digest, self.config.publish)
            log.info(summary(shown, withheld))
            return shown
        shown, _ = published(digest, "preview", self.publish_cache)
        self.queue = pending(digest, self.repo_root)
        if len(self.queue):
            log.info(f"{len(self.queue):,} records wait for a decision: see the review page")
        return shown

    def _keep_previewing(self, errors: list[Problem]) -> Digest:
        """Serve: report the errors, and go on showing the last good content (or none yet)."""
        self.content_errors = [_relative(p, self.repo_root) for p in errors]
        shown = "the last good content" if self.last_good else "no content until they are fixed"
        report = _problem_report(errors, self.repo_root).removeprefix("digest: ")
        log.error(report.replace("the site was not built", f"the preview shows {shown}"))
        return self.last_good or Digest(root=self.content_dir)

    def _home_settings(self, config: MkDocsConfig) -> HomeSettings:
        """The front page's settings, its pinned quote checked now: a bad pin fails the build
        before site_dir is emptied (``serve`` says so and shows the default quote instead)."""
        settings = HomeSettings(
            featured_quote=self.config.featured_quote,
            items=self.config.home_items,
            title=config.site_name,
            description=config.site_description or "",
        )
        if settings.items < 1:
            raise PluginError("mkdocs.yml: plugins.digest.home_items: must be 1 or more")
        try:
            resolve_pin(self.index, settings.featured_quote)
        except HomeSettingsError as error:
            message = f"mkdocs.yml: plugins.digest.{error}"
            if not self.serving:
                raise PluginError(message) from None
            log.error(message)
            return replace(settings, featured_quote=None)
        return settings

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        """A hand-written page's ``<!-- digest:<block> -->`` markers become the front page's
        blocks (``digest.site.home.BLOCKS``), linked from that page."""
        if page.file.generated_by is not None or "digest:" not in markdown:
            return markdown
        markers = find_markers(markdown)
        if not markers:
            return markdown
        unknown = [m for m in markers if m.name not in BLOCKS]
        if unknown:
            path = _posix_relpath(Path(page.file.abs_src_path or page.file.src_uri), self.repo_root)
            lines = "\n".join(
                f"  {path}:{m.line}:{m.column}: digest:{m.name}: no such block "
                f"(known: {', '.join(BLOCKS)})"
                for m in unknown
            )
            raise PluginError(f"digest: unknown block marker in a page:\n{lines}")
        blocks = self._render_blocks(page, config, {m.name for m in markers})
        return replace_markers(markdown, blocks)

    def _render_blocks(self, page: Page, config: MkDocsConfig, names: set[str]) -> dict[str, str]:
        """Each block as HTML (raw HTML in the page's Markdown), its links final from the page
        and its headings given ids."""
        home = next(p for p in self.pages if p.src_uri == HOME_URI and p.kind == "home")
        renderer = self.renderer or Renderer(self.index, self._template_dirs(config))
        permalink = _permalink_setting(config)
        blocks = {}
        for name in names:
            planned = PlannedPage("home", page.file.src_uri, BLOCKS[name], home.title, home.record)
            links = renderer.site.for_page(page.file.src_uri, page.file.url)
            blocks[name] = heading_toc(renderer.render(planned, links), permalink)[0]
        return blocks

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        """A generated page renders itself later (:meth:`_render_late`), not through Markdown."""
        planned = self.generated.get(page.file.src_uri)
        if planned is not None and page.file.generated_by is not None:
            page.render = partial(self._defer_page, page, planned)  # type: ignore[method-assign]
        return page

    def _defer_page(self, page: Page, planned: PlannedPage, config: MkDocsConfig, files) -> None:
        """``Page.render`` of a generated page, when MkDocs reads every page before writing any:
        only its title (the nav shows it on other pages). Its HTML is made just before the page
        is written and let go once it is, so a build never holds every page's HTML at once."""
        page.content = ""
        page._title_from_render = html_title(planned.title)
        page.present_anchor_ids = set()
        self._deferred[page.file.src_uri] = planned

    def _render_page(self, page: Page, planned: PlannedPage, config: MkDocsConfig, files) -> None:
        """What ``Page.render`` does, for a page whose template writes HTML: content, table of
        contents, title, anchors present (for MkDocs' anchor validation) and links to anchors."""
        assert self.renderer is not None
        links = self.renderer.site.for_page(planned.src_uri, page.file.url)
        try:
            content = self.renderer.render(planned, links)
        except Exception as error:  # a template error names the page and template, no traceback
            message = f"digest: rendering {planned.src_uri} with {planned.template}: {error!r}"
            raise PluginError(message) from error
        front = _FRONT_MATTER.match(content)
        if front:  # a template's own front matter (the home page hides its TOC)
            page.meta.update(yaml.safe_load(front.group(1)) or {})
            content = content[front.end() :]
        content, tokens, ids = headings_and_ids(content, _permalink_setting(config))
        page.content = self._finish_content(content, page, files)
        page.toc = get_toc(tokens)
        page._title_from_render = html_title(planned.title)
        page.present_anchor_ids = set(ids)  # ids_in(content), found with the headings
        own = {anchor: f"#{anchor}" for anchor in values_after_space(_SAME_PAGE_ANCHOR, content)}
        page.links_to_anchors = {**links.links_to_anchors, page.file: own} if own else (
            links.links_to_anchors
        )

    # First of every plugin's on_page_context: the search plugin (0) reads the page's HTML.
    @event_priority(100)
    def _render_late(self, context, *, page: Page, config: MkDocsConfig, nav):
        planned = self._deferred.pop(page.file.src_uri, None)
        if planned is not None:
            if self.incremental is not None:  # until on_post_page: the page's lookups
                self.incremental.page_rendering(_own_record(planned))
            self._render_page(page, planned, config, self._files)
        return context

    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri in self.generated:
            page.content = ""  # written: nothing reads it again (anchors are kept apart)
            if self.incremental is not None:
                self.incremental.page_written(page.file.src_uri, page.present_anchor_ids)
        return output

    # First of every plugin's on_page_content: the editors' Markdown is made safe before any
    # other plugin reads the page's HTML (search indexes it from on_page_context). A generated
    # page has no HTML yet (``_defer_page``): it gets the same treatment when it is rendered.
    @event_priority(100)
    def on_page_content(
        self, html_text: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        self._files = files
        if page.file.src_uri in self._deferred:
            return html_text
        return self._finish_content(html_text, page, files)

    def _finish_content(self, html_text: str, page: Page, files: Files) -> str:
        """The page's HTML sanitised where editors wrote it, with the preview's banners."""
        banners = self._banners(page, files)
        if self.incremental is not None:  # banners alone can change on a page not rendered again
            generated = page.file.generated_by is not None
            banners = wrap_banners(banners, hide_from_search=generated)
        return banners + sanitize_marked(html_text)

    def _banners(self, page: Page, files: Files) -> str:
        banners = self._review_banner(page, files)
        if not self.content_errors:
            return banners
        return _error_banner(self.content_errors, have_previous=self.last_good is not None) + (
            banners
        )

    def _banner_state(self) -> tuple:
        """What the banners of every page show (serve): when it changes, each page's do."""
        return (tuple(self.content_errors), self.last_good is not None, len(self.queue or ()))

    # Around the search plugin's on_page_context (priority 0), which parses every page's HTML:
    # the repeated quote rows it would skip anyway (data-search-exclude) are out of its sight,
    # then the page gets its whole content back before the theme renders it.
    @event_priority(50)
    def _hide_from_search(self, context, *, page: Page, config: MkDocsConfig, nav):
        if page.file.generated_by is not None and page.content and "<!--dd-search-" in page.content:
            self._full_content[page.file.src_uri] = page.content
            page.content = without_search_excluded(page.content)
        content = page.content
        if page.file.generated_by is not None and content and "data-search-exclude" not in content:
            self._full_content.setdefault(page.file.src_uri, content)
            page.content = _SEARCH_TEXT_ONLY.sub("", content)
        return context

    def _search_read(self, page: Page) -> None:
        """The search plugin has indexed the page: the copy made for it is no longer needed (and
        the plugin's own pass over the HTML then has nothing to do)."""
        if page.file.src_uri in self._full_content:
            page.content = ""

    @event_priority(-50)
    def _show_after_search(self, context, *, page: Page, config: MkDocsConfig, nav):
        full = self._full_content.pop(page.file.src_uri, None)
        if full is not None:
            page.content = full
        return context


    def _review_banner(self, page: Page, files: Files) -> str:
        """Serve: the number of records waiting for a decision atop every page, linking to the
        review page (nothing once everything is decided, and nothing in a build)."""
        review = files.get_file_from_path(REVIEW_URI) if self.queue else None
        if review is None or not review.generated_by:
            return ""
        count = len(self.queue)
        href = html.escape(review.url_relative_to(page.file))
        public = (
            "the public build leaves them out"
            if self.config.publish == "reviewed"
            else "the public build shows the drafts with a badge, never needs-review records"
        )
        return (
            '<div class="admonition info digest-review-count"><p>'
            f"Preview: {count:,} record{'s' if count != 1 else ''} wait for a decision ({public})"
            f' — <a href="{href}">review them</a></p></div>'
        )

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self._files = files
        docs_prefix = _posix_relpath(Path(config.docs_dir), self.repo_root)
        for file in files.documentation_pages():
            # One edit_uri (the repo root) serves hand-written pages and YAML-backed ones.
            file.edit_uri = f"{docs_prefix}/{file.src_uri}"
        self.renderer = Renderer(
            self.index,
            self._template_dirs(config),
            SiteLinks(files, config.use_directory_urls, config.site_url, config.site_name),
            EditorMarkdown(list(config.markdown_extensions), dict(config.mdx_configs)),
        )
        if self.incremental is not None:  # serve --dirty: what each page looks up is recorded
            instrument_links(self.renderer.site, self.incremental.tracer)
            instrument_renderer(self.renderer, self.incremental.tracer)
            self.incremental.templates.attach(self.renderer.env)
        content_prefix = _posix_relpath(self.content_dir, self.repo_root)
        for page in self.pages:
            if files.get_file_from_path(page.src_uri) is not None:
                log.debug(f"{page.src_uri}: a hand-written page replaces the generated one")
                continue
            files.append(self._generate(page, content_prefix, config))
            self.generated[page.src_uri] = page
        for redirect in self.redirects:
            path, target = redirect_paths(redirect, config.use_directory_urls)
            if files.get_file_from_path(path) is None:
                content = redirect_html(target, redirect.target_name)
                files.append(File.generated(config, path, content=content))
        if self.incremental is not None:
            rendered = self.incremental.mark(files, self.generated, _always_rendered)
            log.debug(f"serve --dirty: {rendered:,} pages to render")
        self._add_exports(files, config)
        if self.incremental is None or self.incremental.render_all:  # a few pages: no need
            _freeze_long_lived()
        return files

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """Material's nav and header are rendered once per folder for the pages outside the nav
        (theme_cache); its templates are compiled with the renderer's shorter ``getattr``
        (jinja_fast), before any of them is loaded."""
        env.code_generator_class = ThemeCodeGenerator
        install_bytecode_cache(env)  # the theme's templates compiled once, not once per build
        NavCache().install(env)
        HeaderCache().install(env)
        BlockCache().install(env)  # base.html's page-free blocks once per depth (theme_blocks)
        TocCache().install(env)  # the TOC once per distinct TOC
        return env

    def _add_exports(self, files: Files, config: MkDocsConfig) -> None:
        """Feeds, open data and JSON-LD (``digest.export``): views of the same published index,
        added as files so they land in the staged site and MkDocs checks the links to them."""
        self.planned_by_uri = {page.src_uri: page for page in self.pages}
        if self.index is None:
            return
        if self.incremental is not None and self.incremental.exports_deferred:
            self.incremental.defer_exports(files, self.index, config)  # written on request
        else:
            add_export_files(files, self.index, config)

    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        """Serve --dirty: the pages MkDocs will skip keep their titles and anchors (every page
        has its ``Page`` by now)."""
        if self.incremental is not None:
            self.incremental.restore(files, self.generated, lambda p: html_title(p.title))
        return nav

    def on_pre_template(self, template, *, template_name: str, config: MkDocsConfig):
        if self.incremental is not None and template_name == "sitemap.xml" and self._files:
            return self.incremental.sitemap.template(template, self._files.documentation_pages())
        return template

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        if self.incremental is not None:
            self.incremental.serve_hook(server)
        return server

    def _head_tags(self, context, *, page: Page, config: MkDocsConfig, nav):
        """The page's feeds (``<link rel="alternate">``) and JSON-LD, for ``main.html``'s head."""
        if self.index is not None:
            planned = self.planned_by_uri.get(page.file.src_uri)
            context.update(head_context(planned, self.index, config))
        return context

    # Just around the search plugin's on_page_context: the entries it makes of this page.
    @event_priority(40)
    def _search_before(self, context, *, page: Page, config: MkDocsConfig, nav):
        if self.incremental is not None:
            self.incremental.search_before(_search_plugin(config))
        return context

    @event_priority(-40)
    def _search_after(self, context, *, page: Page, config: MkDocsConfig, nav):
        if self.incremental is not None:
            self.incremental.search_after(page.file.src_uri, _search_plugin(config))
        return context

    on_page_context = CombinedEvent(
        _render_late, _hide_from_search, _search_before, _search_after, _show_after_search,
        _head_tags
    )

    def _generate(self, page: PlannedPage, content_prefix: str, config: MkDocsConfig) -> File:
        """The page's file, empty: the page renders itself (``on_pre_page``). Its title is set
        then, as the first heading's would be (not as front matter, which Material would show in
        the nav and the window title instead of the nav's own titles)."""
        inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
        file = File.generated(config, page.src_uri, content="", inclusion=inclusion)
        file.edit_uri = f"{content_prefix}/{page.edit_path}" if page.edit_path else None
        return file

    def _template_dirs(self, config: MkDocsConfig) -> list[Path]:
        if self.config.templates_dir:
            return [self.repo_root / self.config.templates_dir]
        custom_dir = config.theme.custom_dir
        return [Path(custom_dir)] if custom_dir else []


def _own_record(planned: PlannedPage) -> set[tuple]:
    """A record page depends on all of its record, which it is given rather than looks up."""
    record_id = getattr(planned.record, "id", None)
    return {(planned.kind, record_id), (planned.kind, record_id, ALL)} if record_id else set()


def _always_rendered(planned: PlannedPage) -> bool:
    """Pages made from data the dependency tracing does not follow: the front page ranks the
    digest when it is planned, the review page lists the queue."""
    return planned.kind in ("home", "review")


def _search_plugin(config: MkDocsConfig):
    """Material's search plugin (the one with an index), or None."""
    for plugin in config.plugins.values():
        if hasattr(plugin, "search_index") and hasattr(plugin, "search_index_prev"):
            return plugin
    return None


def _permalink_setting(config: MkDocsConfig) -> bool | str:
    """``toc``'s ``permalink`` option in mkdocs.yml: headings of generated pages get the same."""
    if "toc" not in config.markdown_extensions:
        return False
    return (config.mdx_configs.get("toc") or {}).get("permalink", False)


def without_search_excluded(content: str) -> str:
    """``_SEARCH_EXCLUDED.sub("", content)`` with ``str.find``: the regular expression's lazy
    ``.*?`` tried the end comment at every character of every excluded region (2 % of a build)."""
    pieces, position = [], 0
    while (start := content.find(_EXCLUDED_START, position)) != -1:
        end = content.find(_EXCLUDED_END, start + len(_EXCLUDED_START))
        if end == -1:  # no end after this start, so none after any later one: the rest stays
            break
        pieces.append(content[position:start])
        position = end + len(_EXCLUDED_END)
    if not pieces:
        return content
    pieces.append(content[position:])
    return "".join(pieces)


def _error_banner(errors: list[str], *, have_previous: bool) -> str:
    """A Material admonition listing the content errors (escaped: they quote the editor's text)."""
    shown = "the last good version" if have_previous else "no content until they are fixed"
    items = "".join(f"<li><code>{html.escape(line)}</code></li>" for line in errors)
    return (
        '<div class="admonition failure digest-content-errors">'
        f'<p class="admonition-title">{len(errors)} problem{"s" if len(errors) != 1 else ""} in '
        f"content — this preview shows {shown}</p><ul>{items}</ul></div>"
    )


def _freeze_long_lived() -> None:
    """Take the content, its index and the config out of the cyclic GC for the rest of the build.

    They stay alive until the build ends, and every full collection (a few dozen while MkDocs
    renders) walks all of them: at 1,000 debates GC time went from 3.6-4.2 s to 2.7-2.9 s of a
    ~64 s build. Collected first, so no cyclic garbage is frozen; ``on_config`` unfreezes.
    """
    gc.collect()
    gc.freeze()


GC_YOUNG_THRESHOLD = 20_000
"""Allocations between two young collections during a build (Python's default: 700). A build
allocates millions of short-lived objects (parsed YAML, template output): at 300 debates this cut
the cyclic GC from ~3.5 % of the build to ~1.5 %, peak memory unchanged."""


def _collect_less_often() -> None:
    young, *older = gc.get_threshold()
    if 0 < young < GC_YOUNG_THRESHOLD:  # 0: the GC is off; never turn it back on
        gc.set_threshold(GC_YOUNG_THRESHOLD, *older)


def _problem_report(errors: list[Problem], root: Path) -> str:
    count = len(errors)
    lines = "\n".join(f"  {_relative(p, root)}" for p in errors)
    return (
        f"digest: {count} problem{'s' if count != 1 else ''} in content; "
        f"the site was not built (run `digest check` to see them again):\n{lines}"
    )


def _relative(problem: Problem, root: Path) -> str:
    """The problem line with its path relative to the repo, as an editor opens it."""
    try:
        path = Path(os.path.abspath(problem.path)).relative_to(root)
    except ValueError:  # the repo itself sits behind a symlink: compare real paths
        try:
            path = Path(problem.path).resolve().relative_to(root)
        except (ValueError, OSError, RuntimeError):  # RuntimeError: the file is a symlink loop
            return str(problem)
    return str(replace(problem, path=path))


def _posix_relpath(path: Path, root: Path) -> str:
    return Path(os.path.relpath(path.resolve(), root)).as_posix()
