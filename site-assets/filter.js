// The decision register's filter: rows that hold every word typed stay. Classic script, so it runs from file:// too.
(function () {
  var box = document.querySelector('.etat-filter');
  var input = document.getElementById('filter');
  var count = document.getElementById('filter-count');
  if (!box || !input) return;
  box.hidden = false;
  var rows = Array.prototype.slice.call(document.querySelectorAll('#decisions tbody tr'));
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var match = words.every(function (word) { return texts[i].indexOf(word) !== -1; });
      row.hidden = !match;
      if (match) shown++;
    });
    count.textContent = count.getAttribute('data-template').replace('{shown}', shown).replace('{total}', rows.length);
  }
  input.addEventListener('input', apply);
  apply();
})();
