// Whole words match whole words. Material's search adds a wildcard to every word of the
// query, and lunr scores each word of the index the wildcard reaches: "keras*" reaches
// hundreds of dotted names (keras.layers.Dense, keras.utils.PyDataset, ...), "3*" every
// version number, so a question that says "keras" or "3" ranked the sections with the most
// names first and drowned the one that answers it. This script sits between Material and
// its search worker: it keeps the word list of the index Material loads, and sends a query
// word the index has as a whole word as an exact term (word^1: lunr's boost syntax, neutral
// weight, which Material leaves without a wildcard). A word still being typed ("tenso")
// is not in the list and keeps its wildcard, so results still follow the typing.
// It also drops, from the results the worker sends back, the hidden paragraph that lists a
// section's names for the index (tvk_docs/search_terms.py): readers see the section's text,
// not the list. Loaded in <head>, before Material creates the worker (overrides/main.html).
(function () {
  var Native = window.Worker;
  if (typeof Native !== "function") return;
  var SETUP = 0, QUERY = 2, RESULT = 3; // Material's search worker messages
  // The names paragraph as it reaches a result: tags stripped, search terms in <mark>.
  var NAMES = /<p>(?:<mark[^>]*>)?Names(?:<\/mark>)? in this (?:<mark[^>]*>)?section(?:<\/mark>)?:[\s\S]*?<\/p>/g;
  var words = null, separator = null;

  function remember(index) {
    separator = new RegExp(index.config.separator, "g");
    words = new Set();
    index.docs.forEach(function (doc) {
      [doc.title, doc.text].forEach(function (field) {
        if (!field) return;
        String(field).replace(/<[^>]*>/g, " ").split(separator).forEach(function (word) {
          if (word) words.add(word.toLowerCase());
        });
      });
    });
  }

  function exact(query) {
    if (!words) return query;
    return query.split(/(\s+)/).map(function (part) {
      if (!part.trim() || /[\^~*:+]/.test(part) || part.charAt(0) === "-") return part;
      // A part the separator cuts into words ("tf-keras", "'apply'") becomes those words.
      var pieces = part.split(separator).filter(Boolean);
      if (!pieces.length) return part;
      for (var i = 0; i < pieces.length; i++)
        if (!words.has(pieces[i].toLowerCase())) return part;
      return pieces.map(function (piece) { return piece + "^1"; }).join(" ");
    }).join("");
  }

  function clean(data) {
    if (!data || !Array.isArray(data.items)) return data;
    data.items.forEach(function (page) {
      page.forEach(function (section) {
        if (typeof section.text === "string") section.text = section.text.replace(NAMES, "");
      });
    });
    return data;
  }

  // The worker itself starts only when Material first sends it something: the index, once
  // the reader opens the search. Until then Material talks to a stand-in, so a reader who
  // never searches does not download the worker script (12 KB compressed).
  function Worker(url, options) {
    var stand = new EventTarget(), real = null;
    function start() {
      if (real) return real;
      real = new Native(url, options);
      real.addEventListener("message", function (e) {
        if (e.data && e.data.type === RESULT) clean(e.data.data);
        stand.dispatchEvent(new MessageEvent("message", { data: e.data }));
      });
      real.addEventListener("error", function () { stand.dispatchEvent(new Event("error")); });
      return real;
    }
    stand.postMessage = function (message) {
      if (message && message.type === SETUP && message.data) remember(message.data);
      if (message && message.type === QUERY && typeof message.data === "string")
        message = { type: QUERY, data: exact(message.data) };
      start().postMessage(message);
    };
    stand.terminate = function () { if (real) real.terminate(); };
    return stand;
  }
  Worker.prototype = Native.prototype;
  window.Worker = Worker;
})();
