// Search across the site, offline and from file://: the index is a classic script (search-index.js) that sets
// window.etatSearchIndex, loaded with MiniSearch's UMD build; no fetch, no ES module, no WASM.
(function () {
  var data = window.etatSearchIndex;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!data || !form || !window.MiniSearch) return;
  form.hidden = false;
  var index = window.MiniSearch.loadJS(data.index, data.options);
  var docs = data.docs;
  function show(query) {
    list.textContent = '';
    if (!query.trim()) { status.textContent = ''; return; }
    var hits = index.search(query, { prefix: true, fuzzy: 0.2, boost: { title: 2 } }).slice(0, 50);
    status.textContent = hits.length ? data.words.results.replace('{count}', hits.length) : data.words.none;
    hits.forEach(function (hit) {
      var doc = docs[hit.id];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = data.root + doc.url;
      a.textContent = doc.title;
      li.appendChild(a);
      var p = document.createElement('p');
      p.textContent = doc.context;
      li.appendChild(p);
      list.appendChild(li);
    });
  }
  form.addEventListener('submit', function (event) { event.preventDefault(); show(input.value); });
  input.addEventListener('input', function () { show(input.value); });
  var query = new URLSearchParams(location.search).get('q');
  if (query) { input.value = query; show(query); }
})();
