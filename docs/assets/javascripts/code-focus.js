// Keyboard access to code blocks that scroll sideways (WCAG 2.1.1, axe's
// scrollable-region-focusable), on every device. A block that scrolls must take the focus
// (tabindex="0") so the arrow keys can scroll it: tablets and phones have keyboards and switch
// access too. Material does this only where the pointer can hover, only once a block scrolls
// into view (content.lazy), and on touch devices it removes the attribute again whenever it
// re-measures a block. This script gives every scrolling block the tabindex, on each page load
// (document$ also covers instant navigation), after a resize or rotation, just before Tab moves
// the focus, and again whenever Material takes it away.
(function () {
  function equip(code) {
    if (code.scrollWidth > code.clientWidth) {
      if (code.getAttribute("tabindex") !== "0") code.setAttribute("tabindex", "0");
    } else if (code.getAttribute("tabindex") === "0" && document.activeElement !== code) {
      code.removeAttribute("tabindex");
    }
  }
  function equipAll() {
    document.querySelectorAll(".md-content pre > code").forEach(equip);
  }
  var pending = 0;
  function soon() {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(equipAll);
  }
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      if (r.target.matches("pre > code") && !r.target.hasAttribute("tabindex")) equip(r.target);
    });
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["tabindex"] });
  document$.subscribe(soon);
  addEventListener("resize", soon);
  // A tab switch shows blocks that had no width while hidden.
  document.addEventListener("change", function (e) {
    if (e.target.closest && e.target.closest(".tabbed-set")) soon();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Tab") equipAll(); }, true);
})();
