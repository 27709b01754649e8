// Filters the plan page's measure tree by grade, department and level. Progressive enhancement:
// the form stays hidden and the whole tree listed when this script does not run.
(function () {
  'use strict';
  var form = document.querySelector('form.tree-filter');
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll('ul.tree li[data-level]'));
  var status = document.getElementById('tree-filter-status');

  function value(name) {
    var field = form.elements.namedItem(name);
    return field ? field.value : '';
  }

  function matches(li, wanted) {
    if (wanted.grade && (' ' + li.getAttribute('data-grades') + ' ').indexOf(' ' + wanted.grade + ' ') < 0) return false;
    if (wanted.owner && ('|' + li.getAttribute('data-owners') + '|').indexOf('|' + wanted.owner + '|') < 0) return false;
    if (wanted.level && li.getAttribute('data-level') !== wanted.level) return false;
    return true;
  }

  function apply() {
    var wanted = { grade: value('grade'), owner: value('owner'), level: value('level') };
    var active = !!(wanted.grade || wanted.owner || wanted.level);
    var count = 0;
    // Children come after their parents in document order: walk backwards so a parent knows
    // whether any child stays visible, and stays as context for it.
    for (var i = items.length - 1; i >= 0; i--) {
      var li = items[i];
      var own = !active || matches(li, wanted);
      var childVisible = false;
      var sub = li.querySelector(':scope > ul');
      if (sub) {
        for (var c = sub.firstElementChild; c; c = c.nextElementSibling) {
          if (!c.hidden) { childVisible = true; break; }
        }
      }
      if (active && own) count++;
      li.hidden = !(own || childVisible);
      li.classList.toggle('filter-context', active && !own && childVisible);
    }
    status.textContent = active ? count + '件の取組が条件に合います。' : '';
  }

  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  form.hidden = false;
})();
