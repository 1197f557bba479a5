/* Touchstone site search: runs from file:// with no network. The index shards (search/shard-N.js)
   were cut at publish time by the workbench's Lucene analysis into lower-case words and CJK bigrams
   (a lone CJK character stays one term), after folding traditional characters to simplified ones; a
   query is folded with the same table (touchstoneFolding, written above this script by the
   publisher) and cut the same way here, and a chapter matches when it holds every query term. */
var touchstoneSearch = (function () {
  var pages = [];
  var shards = [];
  var folding = {};
  var pairs = typeof touchstoneFolding === "string" ? touchstoneFolding : "";
  for (var p = 0; p + 1 < pairs.length; p += 2) { folding[pairs.charAt(p)] = pairs.charAt(p + 1); }

  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) { var c = text.charAt(i); out += folding[c] || c; }
    return out;
  }
  var CJK = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

  function add(shard) {
    for (var i = 0; i < shard.pages.length; i++) { pages[shard.first + i] = shard.pages[i]; }
    shards.push(shard);
  }

  /* The pages holding a term, with its weight on each: [page, weight, page, weight, ...]. A shard
     lists them by position in the shard, the weight after a colon when it is not 1. */
  function postings(term) {
    var out = [];
    for (var s = 0; s < shards.length; s++) {
      var terms = shards[s].terms;
      if (!Object.prototype.hasOwnProperty.call(terms, term)) { continue; }
      var items = terms[term].split(",");
      for (var i = 0; i < items.length; i++) {
        var colon = items[i].indexOf(":");
        out.push(shards[s].first + (colon < 0 ? +items[i] : +items[i].substring(0, colon)), colon < 0 ? 1 : +items[i].substring(colon + 1));
      }
    }
    return out;
  }

  function terms(query) {
    var text = fold(query.normalize("NFKC").toLowerCase());
    var out = [];
    var run = "";
    var word = "";
    function flushRun() {
      if (run.length === 1) { out.push(run); }
      for (var i = 0; i + 1 < run.length; i++) { out.push(run.substr(i, 2)); }
      run = "";
    }
    function flushWord() { if (word) { out.push(word); word = ""; } }
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (CJK.test(c)) { flushWord(); run += c; }
      else if (/[\p{L}\p{N}_]/u.test(c) || (c === "'" && word && /[\p{L}\p{N}]/u.test(text.charAt(i + 1) || ""))) { flushRun(); word += c; }
      else { flushRun(); flushWord(); }
    }
    flushRun();
    flushWord();
    return out;
  }

  function search(query) {
    var wanted = terms(query);
    if (!wanted.length) { return []; }
    var scores = null;
    for (var t = 0; t < wanted.length; t++) {
      var numbers = postings(wanted[t]);
      if (!numbers.length) { return []; }
      var idf = Math.log(1 + pages.length / (numbers.length / 2));
      var found = {};
      for (var i = 0; i + 1 < numbers.length; i += 2) {
        var doc = +numbers[i];
        if (scores === null || scores[doc] !== undefined) { found[doc] = (scores ? scores[doc] : 0) + (+numbers[i + 1]) * idf; }
      }
      scores = found;
    }
    var hits = [];
    for (var d in scores) { if (Object.prototype.hasOwnProperty.call(scores, d)) { hits.push([+d, scores[d]]); } }
    hits.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    return hits.slice(0, 50).map(function (h) { return pages[h[0]]; });
  }

  function show(query) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!query.trim()) { status.textContent = ""; return; }
    var hits = search(query);
    status.textContent = hits.length ? "" : status.getAttribute("data-empty");
    hits.forEach(function (page) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = page[0];
      link.textContent = page[1];
      var snippet = document.createElement("p");
      snippet.textContent = page[2];
      item.appendChild(link);
      item.appendChild(snippet);
      list.appendChild(item);
    });
  }

  function start() {
    var input = document.getElementById("q");
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    input.addEventListener("input", function () { show(input.value); });
    show(input.value);
  }

  return { add: add, start: start, search: search, terms: terms };
})();
