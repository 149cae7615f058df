// The results chart: votes per option as horizontal bars (Chart.js from WebJars).
(function () {
  'use strict';
  var canvas = document.getElementById('results-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  var labels = JSON.parse(canvas.dataset.labels);
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [{ label: canvas.dataset.title, data: JSON.parse(canvas.dataset.values), backgroundColor: '#1f5fa8' }]
    },
    options: {
      animation: false,
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
    }
  });
  canvas.parentElement.style.height = Math.max(160, 40 * labels.length + 60) + 'px';
})();
