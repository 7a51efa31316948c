// Kosei preview helper. Runs in Qt WebEngine's ApplicationWorld (an isolated
// world), never in the page's own world, where JavaScript is switched off.
(function () {
  "use strict";
  var bridge = null;
  var quietUntil = 0;  // ignore scroll events caused by our own scrolling
  var scrollTimer = null;

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
    var list = blocks();
    for (var i = 0; i < list.length; i++) {
      var rect = list[i].getBoundingClientRect();
      if (rect.bottom > 1) return parseInt(list[i].getAttribute("data-line"), 10);
    }
    return 1;
  }

  window.kosei = {
    update: function (html, headerHtml) {
      var main = document.getElementById("kosei-content");
      if (main) main.innerHTML = html;
      return blocks().length;
    },
    setStyle: function (css, userCss, bodyClass) {
      document.getElementById("kosei-style").textContent = css;
      document.getElementById("kosei-user-style").textContent = userCss;
      document.body.className = bodyClass;
    },
    scrollToLine: function (line) {
      var el = blockAtOrBefore(line);
      quietUntil = Date.now() + 250;
      if (!el) { window.scrollTo(0, 0); return 0; }
      var y = el.getBoundingClientRect().top + window.scrollY - 8;
      window.scrollTo(0, Math.max(0, y));
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

  window.addEventListener("scroll", function () {
    if (Date.now() < quietUntil || !bridge) return;
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(function () { bridge.lineScrolled(topLine()); }, 60);
  });

  if (typeof QWebChannel !== "undefined" && typeof qt !== "undefined") {
    new QWebChannel(qt.webChannelTransport, function (channel) { bridge = channel.objects.kosei; });
  }
})();
