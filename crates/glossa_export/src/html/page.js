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
    void grid.offsetHeight; // pending layout is not part of the toggle's cost
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
  // Tooltips are stored once per distinct text (span#tN in div#tips) and
  // attached to a term (mark.tN) on first hover; the row number cell shows
  // the alignment confidence.
  var confLabel = grid.tHead ? grid.tHead.rows[0].cells[0].title : '';
  document.addEventListener('mouseover', function (e) {
    var el = e.target;
    if (!el || el.title || !el.getAttribute) { return; }
    var term = el.tagName === 'MARK' ? /^t\d+$/.exec(el.className) : null;
    if (term) {
      var node = document.getElementById(term[0]);
      if (node) { el.title = node.textContent; }
    } else if (el.hasAttribute('data-c')) {
      el.title = confLabel + ' ' + el.getAttribute('data-c');
    }
  });

  // Self-test for the headless browser test (file:///...html#selftest):
  // five filter on/off cycles (best, median and worst cost of each
  // direction), the number of rows the filter shows, and the row reached by
  // pressing j twice.
  if (location.hash === '#selftest') {
    var ons = [], offs = [], shown = 0;
    for (var c = 0; c < 5; c++) {
      ons.push(setFilter(true));
      if (c === 0) {
        var all = grid.tBodies[0].rows;
        for (var i = 0; i < all.length; i++) { if (all[i].offsetHeight > 0) { shown++; } }
      }
      offs.push(setFilter(false));
    }
    var stats = function (name, xs) {
      xs.sort(function (a, b) { return a - b; });
      return name + '=' + xs[0].toFixed(1) + ' ' + name + '-median=' + xs[2].toFixed(1) +
        ' ' + name + '-max=' + xs[4].toFixed(1);
    };
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    root.setAttribute('data-selftest', stats('on', ons) + ' ' + stats('off', offs) +
      ' shown=' + shown + ' current=' + (cur >= 0 ? rows[cur].id : 'none'));
  }
}());
