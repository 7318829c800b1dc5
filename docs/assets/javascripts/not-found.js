// On the 404 page, suggest a search made of the words in the address that was not found.
(function () {
  var box = document.getElementById("tvk-notfound-query");
  if (!box || box.value) return;
  var words = decodeURIComponent(location.pathname)
    .replace(/\.html?$/, "")
    .split(/[\/_\-.]+/)
    .filter(function (w) { return w && !/^(index|en|docs)$/i.test(w); });
  box.value = words.join(" ");
})();
