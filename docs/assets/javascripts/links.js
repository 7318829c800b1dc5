// Links to share: every heading's link sign and every tab set's link button copy the
// address of that section or tab, and say so; a tab the reader picks stays in the address bar
// while they read its section.
//
// Material's navigation.tracking rewrites the address on scroll to the heading in view, which
// drops a tab's id (#training-loop-tensorflow becomes #training-loop). Its replaceState calls
// pass through the wrapper below, which keeps the chosen tab's id while the reader is still in
// its section: the section Material names is that one, or the tab set is on screen (Material
// names the section whose heading has scrolled past the header, which is the one before while
// the heading of a set on screen is still further down).
(function () {
  var chosen = {}; // section id -> the tab input the reader picked (or arrived by) in it

  function href(id) {
    var url = new URL(location.href);
    url.search = "";
    url.hash = id;
    return url.href;
  }

  // A live region exists before anything is announced in it, or screen readers may miss
  // the first message.
  var status;
  function statusRegion() {
    if (!status || !status.isConnected) {
      status = document.createElement("div");
      status.className = "tvk-status";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
  }
  function announce(text) {
    statusRegion();
    status.textContent = text;
    status.classList.add("tvk-status--shown");
    clearTimeout(status.timer);
    status.timer = setTimeout(function () {
      status.classList.remove("tvk-status--shown");
      status.textContent = "";
    }, 3000);
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      ok ? resolve() : reject(new Error("copy refused"));
    });
  }

  function share(id, what, focus) {
    if (location.hash !== "#" + id) history.replaceState(history.state, "", href(id));
    copy(href(id)).then(
      function () { announce("Link to " + what + " copied"); },
      function () { announce("Could not copy: the address bar now has the link to " + what); }
    ).then(function () { if (focus) focus.focus(); });
  }

  function text(el) {
    var clone = el.cloneNode(true);
    clone.querySelectorAll(".headerlink").forEach(function (a) { a.remove(); });
    return clone.textContent.trim();
  }

  // The section (a heading the table of contents lists) that an element belongs to.
  function sectionOf(el, headings) {
    var found = null;
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) found = headings[i];
      else break;
    }
    return found;
  }

  function tabLabel(input) {
    var label = document.querySelector('label[for="' + input.id + '"]');
    return label ? label.textContent.trim() : input.id;
  }

  function setUp() {
    chosen = {};
    statusRegion();
    var article = document.querySelector(".md-content article");
    if (!article) return;
    var headings = Array.prototype.slice.call(
      article.querySelectorAll("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")
    );

    headings.forEach(function (h) {
      var link = h.querySelector("a.headerlink");
      if (!link) return;
      var title = text(h);
      link.setAttribute("aria-label", "Copy link to section " + title);
      link.setAttribute("title", "Copy link to this section");
      // The link still does what a link does (the address gets the section's id and the
      // heading scrolls to the top); a plain click or Enter also copies it.
      link.addEventListener("click", function (e) {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        setTimeout(function () { share(h.id, "section " + title, link); });
      });
    });

    article.querySelectorAll(".tabbed-set").forEach(function (set) {
      var labels = set.querySelector(".tabbed-labels");
      if (!labels || set.querySelector(":scope > .tvk-tab-link")) return;
      var section = sectionOf(set, headings);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "tvk-tab-link md-icon";
      button.innerHTML =
        '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M10.6 13.4a1 1 0 0 1 0-1.4l3-3a1 1 0 1 1 1.4 1.4l-3 3a1 1 0 0 1-1.4 0Zm-1.8 5.2a3.5 3.5 0 0 1-5-5l2.5-2.4a1 1 0 0 1 1.4 1.4l-2.4 2.4a1.5 1.5 0 0 0 2.1 2.2l2.5-2.5a1 1 0 1 1 1.4 1.4l-2.5 2.5Zm8.3-5.4a1 1 0 0 1-1.4-1.4l2.4-2.4a1.5 1.5 0 0 0-2.1-2.2l-2.5 2.5a1 1 0 0 1-1.4-1.4l2.5-2.5a3.5 3.5 0 0 1 5 5l-2.5 2.4Z"/></svg>';
      function current() {
        return set.querySelector(":scope > input:checked") || set.querySelector(":scope > input");
      }
      function name() {
        var where = section ? " in section " + text(section) : "";
        return "the " + tabLabel(current()) + " tab" + where;
      }
      function describe() {
        button.setAttribute("aria-label", "Copy link to " + name());
        button.title = "Copy link to this tab";
      }
      describe();
      set.addEventListener("change", describe);
      button.addEventListener("click", function () {
        var input = current();
        if (section) chosen[section.id] = input;
        share(input.id, name(), button);
      });
      set.appendChild(button);

      // The reader's own choice: a click on a tab label of this set, seen while it travels
      // down (Material stops it at the label's link), or an arrow key that changes the tab.
      // Material switches the other sets to the same tab by script; those changes are not
      // the reader's choice of a tab in their sections (their events are trusted all the
      // same, so a flag set by the key press tells them apart).
      function pick(input) {
        if (!section) return;
        chosen[section.id] = input;
        setTimeout(function () {
          if (input.checked) history.replaceState(history.state, "", href(input.id));
        });
      }
      var keyed = false;
      set.addEventListener("click", function (e) {
        var label = e.isTrusted && e.target.closest(".tabbed-labels > label");
        var input = label && set.querySelector(':scope > input[id="' + label.htmlFor + '"]');
        if (input) pick(input);
      }, true);
      set.addEventListener("keydown", function (e) {
        if (!e.isTrusted || e.target.parentElement !== set || e.target.tagName !== "INPUT") return;
        keyed = true;
        setTimeout(function () { keyed = false; });
      }, true);
      set.querySelectorAll(":scope > input").forEach(function (input) {
        input.addEventListener("change", function () { if (keyed) pick(input); });
        if (section && location.hash === "#" + input.id) chosen[section.id] = input;
      });
    });
  }

  function onScreen(el) {
    var box = el.getBoundingClientRect();
    var top = document.querySelector(".md-header").getBoundingClientRect().bottom;
    return box.bottom > top && box.top < innerHeight;
  }

  function keptTab(id) {
    var input = chosen[id];
    if (!input) {
      for (var section in chosen) {
        if (onScreen(chosen[section].closest(".tabbed-set"))) { input = chosen[section]; break; }
      }
    }
    return input && input.isConnected && input.checked ? input.id : null;
  }

  var replace = history.replaceState;
  history.replaceState = function (state, title, url) {
    if (url != null) {
      try {
        var next = new URL(url, location.href);
        var tab = keptTab(decodeURIComponent(next.hash.slice(1)));
        if (tab && next.pathname === location.pathname) {
          next.hash = tab;
          url = next.href;
        }
      } catch (e) { /* leave the address as given */ }
    }
    return replace.call(history, state, title, url);
  };

  document$.subscribe(setUp);
})();
