// Dashboard charts (Chart.js from the webjar). Each canvas says what it draws (data-chart) and where its
// data is (a JSON script block: the content-security policy runs no inline script, JSON is only read).
// Labels come from the page's message bundle through data-labels ("a|b|c"), so charts follow the language.
(function () {
  if (!window.Chart) {
    return;
  }
  var colours = {
    NOT_STARTED: '#6c757d', IN_PROGRESS: '#0d6efd', OPEN_WITHIN_DEADLINE: '#0a58ca', DONE_ON_TIME: '#198754',
    DONE_LATE: '#b35c00', OVERDUE: '#dc3545', CANCELLED: '#495057'
  };
  function data(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  function labels(canvas) {
    return (canvas.dataset.labels || '').split('|');
  }
  var numberFormat = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en' : 'vi', { maximumFractionDigits: 2 });

  document.querySelectorAll('canvas[data-chart="status"]').forEach(function (canvas) {
    var counts = data('status-data') || {};
    var keys = Object.keys(counts);
    new Chart(canvas, {
      type: 'doughnut',
      data: {
        labels: labels(canvas),
        datasets: [{ data: keys.map(function (k) { return counts[k]; }), backgroundColor: keys.map(function (k) { return colours[k]; }) }]
      },
      options: { plugins: { legend: { position: 'right' } }, animation: false }
    });
  });

  document.querySelectorAll('canvas[data-chart="completeness"]').forEach(function (canvas) {
    var rows = data('completeness-data') || [];
    var names = labels(canvas);
    var series = [['onTime', '#198754'], ['late', '#b35c00'], ['missing', '#dc3545'], ['notDue', '#adb5bd']];
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: series.map(function (s, i) {
          return { label: names[i], data: rows.map(function (r) { return r[s[0]]; }), backgroundColor: s[1] };
        })
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } }, animation: false }
    });
  });

  document.querySelectorAll('canvas[data-chart="trajectory"]').forEach(function (canvas) {
    var d = data(canvas.dataset.source) || { actual: [], expected: [] };
    var names = labels(canvas);
    new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [
          { label: names[0], data: d.actual, borderColor: '#0d6efd', backgroundColor: '#0d6efd', tension: 0 },
          { label: names[1], data: d.expected, borderColor: '#adb5bd', borderDash: [6, 4], pointRadius: 0, tension: 0 }
        ]
      },
      options: {
        parsing: { xAxisKey: 'x', yAxisKey: 'y' },
        scales: {
          x: { type: 'linear', ticks: { stepSize: 1, callback: function (v) { return Math.round(v) === v ? String(v) : ''; } } },
          y: { ticks: { callback: function (v) { return numberFormat.format(v); } } }
        },
        animation: false
      }
    });
  });
}());
