// Kosei preview helper. Runs in Qt WebEngine's ApplicationWorld (an isolated
// world), never in the page's own world, where JavaScript is switched off.
(function () {
  "use strict";
  var bridge = null;
  var ownScrollY = -1;  // where our own scrollToLine() put the page: not a user scroll

  function blocks() {
    return document.querySelectorAll("#kosei-content [data-line]");
  }

  function blockAtOrBefore(line) {
    var best = null;
    var list = blocks();
    for (var i = 0; i < list.length; i++) {
      var n = parseInt(list[i].getAttribute("data-line"), 10);
      if (n <= line && (!best || n >= parseInt(best.getAttribute("data-line"), 10))) best = list[i];
    }
    return best || list[0] || null;
  }

  function topLine() {
    // Binary search: blocks are in document order, so their bottoms grow.
    var list = blocks();
    var lo = 0, hi = list.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid].getBoundingClientRect().bottom > 1) { found = mid; hi = mid - 1; } else { lo = mid + 1; }
    }
    return found < 0 ? 1 : parseInt(list[found].getAttribute("data-line"), 10);
  }

  window.kosei = {
    update: function (html, headerHtml) {
      var main = document.getElementById("kosei-content");
      if (main) main.innerHTML = html;
      return blocks().length;
    },
    setStyle: function (css, userCss, bodyClass) {
      // Keep the block at the top of the view where it is, even if the new
      // style changes the layout (a writer's CSS with other fonts or margins).
      var anchor = window.scrollY > 0 ? blockAtOrBefore(topLine()) : null;
      var offset = anchor ? anchor.getBoundingClientRect().top : 0;
      document.getElementById("kosei-style").textContent = css;
      document.getElementById("kosei-user-style").textContent = userCss;
      document.body.className = bodyClass;
      if (anchor) {
        var y = anchor.getBoundingClientRect().top + window.scrollY - offset;
        window.scrollTo(0, Math.max(0, y));
        ownScrollY = window.scrollY;
      }
      return window.scrollY;
    },
    scrollToLine: function (line) {
      var el = blockAtOrBefore(line);
      if (!el) { ownScrollY = 0; window.scrollTo(0, 0); return 0; }
      var y = el.getBoundingClientRect().top + window.scrollY - 8;
      window.scrollTo(0, Math.max(0, y));
      ownScrollY = window.scrollY;
      return parseInt(el.getAttribute("data-line"), 10);
    },
    flash: function (line, endLine, cls) {
      var old = document.querySelectorAll("." + cls);
      for (var i = 0; i < old.length; i++) old[i].classList.remove(cls);
      var list = blocks();
      var hit = 0;
      for (var j = 0; j < list.length; j++) {
        var n = parseInt(list[j].getAttribute("data-line"), 10);
        if (n >= line && n <= endLine) { list[j].classList.add(cls); hit++; }
      }
      if (!hit) { var el = blockAtOrBefore(line); if (el) { el.classList.add(cls); hit = 1; } }
      return hit;
    },
    topLine: topLine,
    hasBridge: function () { return !!bridge; },
    text: function () { var m = document.getElementById("kosei-content"); return m ? m.innerText : ""; }
  };

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (link && link.getAttribute("href").charAt(0) === "#") {
      // In-page anchors (footnotes): scroll here instead of navigating.
      event.preventDefault();
      var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
      if (target) target.scrollIntoView();
      return;
    }
    var block = event.target.closest ? event.target.closest("[data-line]") : null;
    if (block && !link && bridge) bridge.lineActivated(parseInt(block.getAttribute("data-line"), 10));
  }, true);

  // No setTimeout here: with the page's JavaScript switched off, Chromium
  // never fires timers, in any world. Scroll events come once a frame at most.
  window.addEventListener("scroll", function () {
    if (!bridge || Math.abs(window.scrollY - ownScrollY) < 2) return;
    ownScrollY = -1;
    bridge.lineScrolled(topLine());
  });

  if (typeof QWebChannel !== "undefined" && typeof qt !== "undefined") {
    new QWebChannel(qt.webChannelTransport, function (channel) { bridge = channel.objects.kosei; });
  }
})();
