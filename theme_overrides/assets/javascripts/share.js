/* Debate Digest: "Copy link" and the copy buttons of "Cite this quote" on each quote card.

   The citations are in the page's HTML (digest/quote-share.html), readable and selectable with
   this script off; "Copy link" is `hidden` until it runs, and it adds each citation's "Copy". It shows each card's permalink as an
   absolute URL (a site without site_url writes it relative to the page: it is resolved against
   the page's own address), copies to the clipboard — navigator.clipboard where the page is a
   secure context, else the older execCommand("copy") — and says so, on the button ("Copied")
   and to screen readers (one polite live region). When neither can copy, it selects the text
   so the reader presses Ctrl+C. No network, no dependencies. */
(function () {
  "use strict";

  var CONFIRM_MS = 2000;
  var ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;
  var status = null;

  /* The permalink of a share block, absolute: site_url's, or resolved against this page. */
  function permalink(share) {
    var url = share.getAttribute("data-permalink") || "";
    if (ABSOLUTE.test(url)) return url;
    var here = location.href.split(/[?#]/)[0];
    try {
      return new URL(url, here).href;
    } catch (error) {
      return url;
    }
  }

  function start() {
    var shares = document.querySelectorAll(".dd-share[data-permalink]");
    if (!shares.length) return;
    for (var i = 0; i < shares.length; i++) {
      var url = permalink(shares[i]);
      var spans = shares[i].querySelectorAll(".dd-cite__url");
      for (var j = 0; j < spans.length; j++) spans[j].textContent = url;
      var buttons = shares[i].querySelectorAll("button[data-copy]");
      for (var k = 0; k < buttons.length; k++) buttons[k].hidden = false;
      var terms = shares[i].querySelectorAll(".dd-cite dt");
      for (var m = 0; m < terms.length; m++) addCopyButton(terms[m]);
    }
    status = document.createElement("div");
    status.className = "dd-visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    document.body.appendChild(status);
    document.addEventListener("click", onClick);
  }

  /* Each citation's own "Copy" button, made here: the page's HTML stays small, and without
     this script a button would do nothing. Named after its citation ("Copy Plain text"). */
  function addCopyButton(term) {
    var button = document.createElement("button");
    button.type = "button";
    button.setAttribute("data-copy", "citation");
    button.setAttribute("aria-label", "Copy " + term.textContent.trim());
    button.textContent = "Copy";
    term.appendChild(document.createTextNode(" "));
    term.appendChild(button);
  }

  function onClick(event) {
    var button = event.target instanceof Element && event.target.closest(".dd-share button[data-copy]");
    if (!button) return;
    var share = button.closest(".dd-share");
    var link = button.getAttribute("data-copy") === "link";
    var source = link ? null : citationOf(button);
    var text = link ? permalink(share) : source && source.textContent.replace(/\s+/g, " ").trim();
    if (!text) return;
    var what = link ? "Link" : "Citation";
    copy(text, button).then(function (copied) {
      if (copied) {
        announce(button, "Copied", what + " copied to the clipboard");
        return;
      }
      selectForCopy(link ? share.querySelector(".dd-cite__url") : source, share);
      var keys = /Mac|iPhone|iPad/.test(navigator.platform || "") ? "⌘C" : "Ctrl+C";
      announce(button, "Press " + keys, what + " selected: press " + keys + " to copy it");
    });
  }

  /* The <dd> of a citation: the one after the button's <dt>. */
  function citationOf(button) {
    var term = button.closest("dt");
    var next = term && term.nextElementSibling;
    return next && next.tagName === "DD" ? next : null;
  }

  /* A promise of true once ``text`` is on the clipboard, false when it could not be put there. */
  function copy(text, button) {
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return legacyCopy(text, button); }
      );
    }
    return Promise.resolve(legacyCopy(text, button));
  }

  /* execCommand("copy") of a throwaway textarea: works over plain http and file:// too. */
  function legacyCopy(text, button) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "dd-visually-hidden";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(area);
    button.focus();
    return copied;
  }

  /* Neither way could copy: open the citations and select ``element``'s text for the reader. */
  function selectForCopy(element, share) {
    if (!element) return;
    var details = share.querySelector("details");
    if (details) details.open = true;
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /* The button says what happened for a moment; the live region tells screen readers. */
  function announce(button, label, message) {
    if (!button.hasAttribute("data-label")) button.setAttribute("data-label", button.textContent);
    button.textContent = label;
    button.classList.add("dd-share--done");
    clearTimeout(button.ddTimer);
    button.ddTimer = setTimeout(function () {
      button.textContent = button.getAttribute("data-label");
      button.classList.remove("dd-share--done");
    }, CONFIRM_MS);
    status.textContent = "";
    setTimeout(function () { status.textContent = message; }, 50);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
