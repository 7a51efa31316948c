// Kosei preview helper. Runs in Qt WebEngine's ApplicationWorld (an isolated
// world), never in the page's own world, where JavaScript is switched off.
(function () {
  "use strict";
  var bridge = null;
  var ownScrollY = -1;  // where our own scrollToLine() put the page: not a user scroll
  // The source line both sides agree is at the top (set by the editor or by the writer's
  // scrolling here). A resize re-wraps the page under an unchanged scrollY: the page goes
  // back to this line instead of reporting the line that happens to be there (#16 item 9).
  var anchorLine = null;

  // From this many blocks on (a post of a megabyte or more) Chromium lays out and paints
  // only the blocks near the screen (preview.css, #kosei-content.kosei-many): laying out
  // all of them took over a second after each big patch.
  var MANY = 2000;

  function sizeClass(main) {
    main.classList.toggle("kosei-many", blockNodes.length >= MANY);
    return blockNodes.length;
  }

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

  // The nodes of each top-level block, in order: patches replace blocks without
  // wrapping them in elements of our own (the page's CSS sees the same tree).
  var blockNodes = [];

  function parse(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  }

  // Blocks parsed in one go, a comment between two: thousands of separate parses cost
  // three times as much. When a block leaves an element open (raw HTML), the comments end
  // up inside it and do not count out: then each block is parsed on its own.
  var SEPARATOR = "kosei-block";

  function parseBlocks(htmls) {
    if (htmls.length > 1) {
      var joined = parse(htmls.join("<!--" + SEPARATOR + "-->"));
      var groups = [[]];
      var nodes = Array.prototype.slice.call(joined.childNodes);
      for (var i = 0; i < nodes.length; i++) {
        if (nodes[i].nodeType === 8 && nodes[i].data === SEPARATOR) {
          joined.removeChild(nodes[i]);
          groups.push([]);
        } else {
          groups[groups.length - 1].push(nodes[i]);
        }
      }
      if (groups.length === htmls.length) return { fragment: joined, groups: groups };
    }
    var all = document.createDocumentFragment();
    var each = [];
    for (var k = 0; k < htmls.length; k++) {
      var one = parse(htmls[k]);
      each.push(Array.prototype.slice.call(one.childNodes));
      all.appendChild(one);
    }
    return { fragment: all, groups: each };
  }

  function firstNodeFrom(index) {
    for (var i = index; i < blockNodes.length; i++) if (blockNodes[i].length) return blockNodes[i][0];
    return null;
  }

  function shiftLines(nodes, delta) {
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (node.nodeType !== 1) continue;
      var list = [node].concat(Array.prototype.slice.call(node.querySelectorAll("[data-line]")));
      for (var j = 0; j < list.length; j++) {
        var value = list[j].getAttribute("data-line");
        if (value !== null) list[j].setAttribute("data-line", String(parseInt(value, 10) + delta));
      }
    }
  }

  window.kosei = {
    update: function (html, headerHtml) {
      var main = document.getElementById("kosei-content");
      if (main) main.innerHTML = html;
      blockNodes = [];
      if (main) main.classList.remove("kosei-many");
      return blocks().length;
    },
    setBlocks: function (htmls) {
      var main = document.getElementById("kosei-content");
      if (!main) return -1;
      main.textContent = "";
      var parsed = parseBlocks(htmls);
      blockNodes = parsed.groups;
      main.appendChild(parsed.fragment);
      return sizeClass(main);
    },
    patch: function (start, removeCount, htmls, shifts) {
      var main = document.getElementById("kosei-content");
      if (!main) return -1;
      var gone = blockNodes.splice(start, removeCount);
      for (var i = 0; i < gone.length; i++) {
        for (var j = 0; j < gone[i].length; j++) if (gone[i][j].parentNode) gone[i][j].parentNode.removeChild(gone[i][j]);
      }
      var anchor = firstNodeFrom(start);
      var parsed = parseBlocks(htmls);
      main.insertBefore(parsed.fragment, anchor);
      blockNodes.splice.apply(blockNodes, [start, 0].concat(parsed.groups));
      for (var s = 0; s < shifts.length; s++) {
        for (var b = shifts[s][0]; b < shifts[s][0] + shifts[s][1]; b++) shiftLines(blockNodes[b], shifts[s][2]);
      }
      return sizeClass(main);
    },
    reveal: function (index) {
      // Keep the block being edited on screen (the last block of the post too),
      // without moving the page when it is already visible.
      var nodes = blockNodes[index] || [];
      var el = null;
      for (var i = 0; i < nodes.length && !el; i++) if (nodes[i].nodeType === 1) el = nodes[i];
      if (!el) return false;
      // Measured as laid out, not at the size a skipped block of a long post is given.
      if (blockNodes.length >= MANY) el.style.contentVisibility = "visible";
      var rect = el.getBoundingClientRect();
      if (rect.top >= 0 && rect.bottom <= window.innerHeight) return false;
      if (rect.top < 0 || rect.height > window.innerHeight) {
        window.scrollTo(0, Math.max(0, rect.top + window.scrollY - 8));
      } else {
        window.scrollTo(0, rect.bottom + window.scrollY - window.innerHeight + 8);
      }
      ownScrollY = window.scrollY;
      anchorLine = topLine();
      return true;
    },
    blockCount: function () { return blockNodes.length; },
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
        anchorLine = topLine();
      }
      return window.scrollY;
    },
    scrollToLine: function (line) {
      anchorLine = line;
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
  function keepAnchor() {
    if (anchorLine !== null && window.scrollY > 0) window.kosei.scrollToLine(anchorLine);
    else ownScrollY = window.scrollY;
  }

  // Resize steps run before scroll steps in a frame: the page is back on its line (and
  // ownScrollY says so) before the scroll that the re-wrap or Chromium's scroll anchoring
  // caused is looked at. (Comparing sizes in the scroll handler instead swallowed the
  // writer's first scroll when the page had been measured before its first layout.)
  window.addEventListener("resize", keepAnchor);

  window.addEventListener("scroll", function () {
    if (!bridge || Math.abs(window.scrollY - ownScrollY) < 2) return;
    ownScrollY = -1;
    anchorLine = topLine();
    bridge.lineScrolled(anchorLine);
  });

  if (typeof QWebChannel !== "undefined" && typeof qt !== "undefined") {
    new QWebChannel(qt.webChannelTransport, function (channel) { bridge = channel.objects.kosei; });
  }
})();
