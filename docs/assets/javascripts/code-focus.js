// Keyboard access to code blocks that scroll sideways (WCAG 2.1.1, axe's
// scrollable-region-focusable). Material makes such a block focusable (tabindex="0", so the
// arrow keys can scroll it) on devices whose pointer can hover. With content.lazy it does
// that only once the block comes into view, so on load every block further down the page
// would be out of the keyboard's reach. This gives each block Material has not equipped yet
// the tabindex Material would give it: on every page load (document$ also covers instant
// navigation) and again just before Tab moves the focus, in case the width has changed.
// Material takes over when the block comes into view.
(function () {
  function equip() {
    if (!matchMedia("(hover)").matches) return;
    document.querySelectorAll("pre:not([id^='__code_']) > code:not([tabindex])").forEach(
      function (code) {
        if (code.scrollWidth > code.clientWidth) code.setAttribute("tabindex", "0");
      }
    );
  }
  document$.subscribe(equip);
  document.addEventListener("keydown", function (e) { if (e.key === "Tab") equip(); }, true);
})();
