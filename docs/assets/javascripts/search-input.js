// Search runs on any change to the query, not only on a key: Material reads the box on
// keyup, so a paste by mouse or long press, dictation or autofill did nothing until the
// reader pressed a key. Each input event is passed on as the keyup Material listens for
// (typing then sends the same value twice; Material drops the repeat).
(function () {
  document.addEventListener("input", function (e) {
    var box = e.target;
    if (box.matches && box.matches(".md-search__input") && !e.isComposing) {
      box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    }
  });
})();
