// Only while `etat site serve` runs: reload the page when the site has been built again.
(function () {
  if (!window.EventSource || location.protocol === 'file:') return;
  var source = new EventSource('/_etat/reload');
  source.addEventListener('reload', function () { location.reload(); });
})();
