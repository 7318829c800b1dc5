// Abbreviations (XLA, TPU, ...) show their meaning on a tap or keyboard focus too, not only
// on a mouse hover (the title attribute's tooltip, which touch screens never show). A tap
// focuses the abbreviation (tabindex -1: reachable by pointer, not a Tab stop on every
// page), and the meaning appears under it until the focus moves on or Escape is pressed.
(function () {
  var tip;
  function hide() {
    if (tip) tip.hidden = true;
  }
  function show(abbr) {
    tip.textContent = abbr.getAttribute("data-title");
    tip.hidden = false;
    var box = abbr.getBoundingClientRect();
    var width = Math.min(tip.offsetWidth, document.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    tip.style.left = left + scrollX + "px";
    tip.style.top = box.bottom + scrollY + 6 + "px";
  }
  function setUp() {
    if (!tip || !tip.isConnected) {
      tip = document.createElement("span");
      tip.className = "tvk-abbr-tip";
      tip.id = "tvk-abbr-tip";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      document.body.appendChild(tip);
    }
    document.querySelectorAll(".md-content abbr[title]").forEach(function (abbr) {
      abbr.setAttribute("data-title", abbr.title);
      abbr.setAttribute("tabindex", "-1");
      abbr.setAttribute("aria-describedby", "tvk-abbr-tip");
      abbr.addEventListener("focus", function () { show(abbr); });
      abbr.addEventListener("blur", hide);
    });
  }
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  addEventListener("resize", hide);
  document$.subscribe(setUp);
})();
