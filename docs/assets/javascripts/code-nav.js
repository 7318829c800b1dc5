// Accessibility: Material's JavaScript wraps each code block's copy button in an unlabelled
// <nav>, so a page with several code blocks has several landmarks of the same name (axe:
// landmark-unique). A copy button is not site navigation: drop the landmark role
// (role="none" is allowed on <nav>; an aria-label would bring the landmark back).
// The observer also covers pages swapped in by instant navigation.
(function () {
  function unmark() {
    document.querySelectorAll("nav.md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
  }
  new MutationObserver(unmark).observe(document.body, { childList: true, subtree: true });
  unmark();
})();
