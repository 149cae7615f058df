// The results chart: votes per option as horizontal bars (Chart.js from WebJars). Option titles
// are wrapped into lines that fit the width left of the bars (at most three lines, the rest cut
// with an ellipsis); the tooltip and the table below give every title whole.
(function () {
  'use strict';
  var canvas = document.getElementById('results-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  var titles = JSON.parse(canvas.dataset.labels);
  var font = window.Chart.helpers.toFont(window.Chart.defaults.font);
  var measure = document.createElement('canvas').getContext('2d');
  measure.font = font.string;

  // Greedy word wrap by measured width; a word longer than a line is cut.
  function wrap(title, width) {
    var lines = [];
    var line = '';
    title.split(/\s+/).forEach(function (word) {
      var candidate = line ? line + ' ' + word : word;
      if (measure.measureText(candidate).width <= width || !line) {
        line = candidate;
      }
      else {
        lines.push(line);
        line = word;
      }
    });
    lines.push(line);
    var fitted = lines.slice(0, 3).map(function (text) { return cut(text, width); });
    if (lines.length > 3) {
      fitted[2] = cut(fitted[2] + '…', width);
    }
    return fitted;
  }

  function cut(text, width) {
    if (measure.measureText(text).width <= width) {
      return text;
    }
    while (text.length > 1 && measure.measureText(text + '…').width > width) {
      text = text.slice(0, -1);
    }
    return text.replace(/…$/, '') + '…';
  }

  // the labels may take up to 45 % of the chart's width (the bars need the rest)
  function labels() {
    return titles.map(function (title) { return wrap(title, Math.max(80, canvas.parentElement.clientWidth * 0.45 - 16)); });
  }

  var chart = new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels(),
      datasets: [{ label: canvas.dataset.title, data: JSON.parse(canvas.dataset.values), backgroundColor: '#1f5fa8' }]
    },
    options: {
      animation: false,
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      onResize: function (resized) {
        resized.data.labels = labels();
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { title: function (items) { return titles[items[0].dataIndex]; } } }
      },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } }
    }
  });
  canvas.parentElement.style.height = Math.max(160, 48 * titles.length + 60) + 'px';
  chart.resize();
})();
