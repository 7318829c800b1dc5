// Accessibility: Material's JavaScript wraps each code block's copy button in an unlabelled
// <nav>, so a page with several code blocks has several landmarks of the same name (axe:
// landmark-unique). A copy button is not site navigation: drop the landmark role
// (role="none" is allowed on <nav>; an aria-label would bring the landmark back).
// The observer also covers pages swapped in by instant navigation; it does the work at most
// once per animation frame, however many elements Material adds.
(function () {
  var pending = false;
  function unmark() {
    pending = false;
    document.querySelectorAll("nav.md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
  }
  new MutationObserver(function () {
    if (!pending) {
      pending = true;
      requestAnimationFrame(unmark);
    }
  }).observe(document.body, { childList: true, subtree: true });
  unmark();
})();
