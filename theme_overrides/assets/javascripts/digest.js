/* Debate Digest's page script. Without it every link still works; only the extras are missing.

   When the URL's #fragment is a quote card (#q-…) or the quote's first mark in the
   article (#a-q-…), emphasise every mark of that quote and its card. CSS :target reaches only the
   one element with that id, and a quote can be marked in several pieces. Without this script the
   marks and cards still link to each other; only the extra emphasis is missing. */
(function () {
  "use strict";

  function emphasise() {
    document.querySelectorAll(".dd-hl--current, .dd-quote--current").forEach(function (el) {
      el.classList.remove("dd-hl--current", "dd-quote--current");
    });
    var id = decodeURIComponent(location.hash.slice(1)).replace(/^a-/, "");
    if (!id) return;
    var marks = document.querySelectorAll("mark.dd-hl[data-quote]");
    for (var i = 0; i < marks.length; i++) {
      if (marks[i].getAttribute("data-quote") === id) marks[i].classList.add("dd-hl--current");
    }
    var card = document.getElementById(id);
    if (card && card.classList.contains("dd-quote")) card.classList.add("dd-quote--current");
  }

  /* A permalink lands with keyboard focus on the quote (its card or mark), as on any other
     #target: a screen reader reads it next and Tab continues from there. preventScroll keeps
     the browser's own scroll to the target (which honours scroll-margin-top). */
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || !target.matches(".dd-quote, mark.dd-hl")) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }

  /* Material opens its navigation drawer (phones, narrow windows) with a <label>, which the
     keyboard cannot reach: make it a named button that Enter and Space press. */
  function drawerButton() {
    var drawer = document.getElementById("__drawer");
    var label = document.querySelector('.md-header label.md-header__button[for="__drawer"]');
    if (!drawer || !label) return;
    label.setAttribute("role", "button");
    label.setAttribute("tabindex", "0");
    label.setAttribute("aria-label", "Navigation");
    var sync = function () { label.setAttribute("aria-expanded", String(drawer.checked)); };
    sync();
    drawer.addEventListener("change", sync);
    /* A click on the label toggles the checkbox, as a tap does. Material's own Enter handler
       (it clicks a focused label) must not click it a second time: stop the event here. */
    label.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      event.stopPropagation();
      label.click();
    });
    /* Escape closes the open drawer and gives focus back to its button. */
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !drawer.checked) return;
      label.click();
      label.focus();
    });
  }

  /* Material's palette toggle is a pair of radio buttons, none checked until the reader picks
     one: Tab then focuses the first, whose label is hidden when the page follows a dark system
     setting, so the focus cannot be seen. Move it to the option whose label is shown. */
  function paletteFocus(event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches(".md-option")) return;
    var label = input.nextElementSibling;
    if (!input.form || !label || !label.hidden) return;
    var options = input.form.querySelectorAll("input.md-option");
    for (var i = 0; i < options.length; i++) {
      var shown = options[i].nextElementSibling;
      if (shown && !shown.hidden) {
        options[i].checked = true; /* no change event: the palette stays as it is */
        options[i].focus();
        return;
      }
    }
  }

  /* The search results box is a Tab stop of its own, but Material closes the search when its
     input loses focus, so Tab lands on a box that is collapsing (invisible focus). Results are
     reached with the arrow keys, as Material intends; their links stay focusable. */
  function searchResultsOutOfTabOrder() {
    var wrap = document.querySelector(".md-search__scrollwrap[tabindex='0']");
    if (wrap) wrap.setAttribute("tabindex", "-1");
  }

  function onHash() {
    emphasise();
    focusTarget();
  }

  function start() {
    onHash();
    drawerButton();
    searchResultsOutOfTabOrder();
  }

  window.addEventListener("hashchange", onHash);
  document.addEventListener("focusin", paletteFocus);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
