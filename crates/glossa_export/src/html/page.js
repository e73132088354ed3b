(function () {
  'use strict';
  var root = document.documentElement;
  var problems = [];
  function note(what) {
    problems.push(what);
    root.setAttribute('data-errors', problems.join(' | '));
  }
  window.addEventListener('error', function (e) { note('error: ' + e.message); });
  document.addEventListener('securitypolicyviolation', function (e) {
    note('csp: ' + e.violatedDirective);
  });
  var grid = document.getElementById('grid');
  var box = document.getElementById('only-f');
  if (!grid || !box) { return; }
  var rows = grid.querySelectorAll('tbody tr.f');
  var cur = -1;

  // Toggles one class on the table (CSS hides the rows) and records the cost,
  // style and layout included, in data-filter-ms.
  function setFilter(on) {
    var t0 = performance.now();
    grid.classList.toggle('only-f', on);
    void grid.offsetHeight;
    var ms = performance.now() - t0;
    grid.setAttribute('data-filter-ms', ms.toFixed(1));
    box.checked = on;
    return ms;
  }

  function go(step) {
    if (!rows.length) { return; }
    if (cur >= 0) { rows[cur].classList.remove('cur'); }
    cur = cur < 0 ? (step > 0 ? 0 : rows.length - 1) : (cur + step + rows.length) % rows.length;
    var row = rows[cur];
    row.classList.add('cur');
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'center' });
  }

  box.addEventListener('change', function () { setFilter(box.checked); });
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = e.target && e.target.tagName;
    if (tag === 'INPUT' && e.target !== box || tag === 'TEXTAREA' || tag === 'SELECT') { return; }
    if (e.key === 'j' || e.key === 'n') { go(1); }
    else if (e.key === 'k' || e.key === 'p') { go(-1); }
    else if (e.key === 'f') { setFilter(!box.checked); }
    else { return; }
    e.preventDefault();
  });
  // Tooltips are stored once per distinct text and attached on first hover.
  document.addEventListener('mouseover', function (e) {
    var m = e.target.closest ? e.target.closest('mark[aria-describedby]') : null;
    if (m && !m.title) {
      var tip = document.getElementById(m.getAttribute('aria-describedby'));
      if (tip) { m.title = tip.textContent; }
    }
  });

  // Self-test for the headless browser test (file:///...html#selftest).
  if (location.hash === '#selftest') {
    var on = setFilter(true);
    var shown = 0;
    for (var i = 0; i < grid.tBodies[0].rows.length; i++) {
      if (grid.tBodies[0].rows[i].offsetHeight > 0) { shown++; }
    }
    var off = setFilter(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    root.setAttribute('data-selftest', 'on=' + on.toFixed(1) + ' off=' + off.toFixed(1) +
      ' shown=' + shown + ' current=' + (cur >= 0 ? rows[cur].id : 'none'));
  }
}());
