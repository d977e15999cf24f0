/* Debate Digest: when the URL's #fragment is a quote card (#q-…) or the quote's first mark in the
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

  window.addEventListener("hashchange", emphasise);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", emphasise);
  } else {
    emphasise();
  }
})();
