// The review page: mark in the document's text the span an item was read from, while the item is hovered
// or focused; remove (and restore) rows; add rows from their <template>. Works without it too: the form
// submits as it is, only without highlighting, adding or removing.
(function () {
  var pane = document.getElementById('doc-text');
  if (!pane) {
    return;
  }
  var full = pane.textContent;
  var shown = null;

  function show(start, end) {
    var key = start + ':' + end;
    if (key === shown) {
      return;
    }
    shown = key;
    if (!(start >= 0 && end > start && end <= full.length)) {
      pane.textContent = full;
      return;
    }
    pane.textContent = '';
    pane.appendChild(document.createTextNode(full.slice(0, start)));
    var mark = document.createElement('mark');
    mark.id = 'doc-highlight';
    mark.textContent = full.slice(start, end);
    pane.appendChild(mark);
    pane.appendChild(document.createTextNode(full.slice(end)));
    // scroll the text pane only, never the page the person is working in
    pane.scrollTop = Math.max(0, mark.offsetTop - pane.clientHeight / 3);
  }

  function itemOf(target) {
    return target && target.closest ? target.closest('.review-item') : null;
  }

  function onEnter(event) {
    var row = itemOf(event.target);
    if (row) {
      show(parseInt(row.dataset.start, 10), parseInt(row.dataset.end, 10));
    }
  }

  // confirming and discarding cannot be undone: ask; and one submit per click, however impatient
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var prompt = (event.submitter && event.submitter.dataset.confirm) || form.dataset.confirm;
    if (prompt && !window.confirm(prompt)) {
      event.preventDefault();
      return;
    }
    if (form.dataset.submitting === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.submitting = 'true';
    form.querySelectorAll('button[type=submit]').forEach(function (b) {
      b.classList.add('disabled');
    });
  });

  // after a refused save, go straight to the first field to correct
  var invalid = document.querySelector('#review-form .is-invalid');
  if (invalid) {
    invalid.focus();
  }

  document.addEventListener('mouseover', onEnter);
  document.addEventListener('focusin', onEnter);

  document.addEventListener('click', function (event) {
    var remove = event.target.closest ? event.target.closest('.review-remove') : null;
    if (remove) {
      var row = itemOf(remove);
      var flag = row.querySelector('.review-removed-flag');
      var removed = flag.value !== 'true';
      flag.value = removed ? 'true' : 'false';
      row.classList.toggle('review-removed', removed);
      remove.textContent = removed ? remove.dataset.labelUndo : remove.dataset.labelRemove;
      remove.setAttribute('aria-pressed', removed ? 'true' : 'false');
      // a removed row is kept (to undo) but no longer edited, by keyboard either
      row.querySelectorAll('input[type=text], textarea').forEach(function (input) {
        input.readOnly = removed;
      });
      return;
    }
    var add = event.target.closest ? event.target.closest('.review-add') : null;
    if (add) {
      var template = document.getElementById(add.dataset.template);
      var rows = document.getElementById(add.dataset.rows);
      var index = parseInt(rows.dataset.next || '0', 10);
      rows.dataset.next = String(index + 1);
      var holder = document.createElement(template.content.firstElementChild.tagName === 'TR' ? 'tbody' : 'div');
      holder.innerHTML = template.innerHTML.split('__i__').join(String(index));
      var added = holder.firstElementChild;
      rows.appendChild(added);
      var first = added.querySelector('input[type=text], textarea');
      if (first) {
        first.focus();
      }
    }
  });
})();
