// The dashboard's charts, drawn from the tables on the page (which stay as the table view), and
// the map of published appeals by district (districts from the territory API, shaded by the
// district table's figures). Without Chart.js or Leaflet the tables remain.
(function () {
  'use strict';

  var COLORS = ['#1f5fa8', '#fd7e14', '#198754', '#6c757d', '#dc3545', '#6f42c1'];

  function cells(row) {
    return Array.prototype.map.call(row.querySelectorAll('[data-value]'), function (cell) {
      return Number(cell.textContent.trim());
    });
  }

  function readTable(table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var series = Array.prototype.map.call(table.querySelectorAll('thead [data-series]'), function (head) {
      return head.textContent.trim();
    });
    return {
      labels: rows.map(function (row) { return row.querySelector('[data-label]').textContent.trim(); }),
      values: rows.map(cells),
      series: series
    };
  }

  function drawChart(canvas) {
    var table = document.getElementById(canvas.dataset.table);
    if (!table || !window.Chart) {
      return;
    }
    var data = readTable(table);
    var config;
    if (canvas.dataset.chart === 'doughnut') {
      config = {
        type: 'doughnut',
        data: { labels: data.labels, datasets: [{ data: data.values.map(function (v) { return v[0]; }), backgroundColor: COLORS }] },
        options: { animation: false, maintainAspectRatio: false, plugins: { legend: { position: 'right' } } }
      };
    } else {
      config = {
        type: 'line',
        data: {
          labels: data.labels,
          datasets: data.series.map(function (name, i) {
            return { label: name, data: data.values.map(function (v) { return v[i]; }), borderColor: COLORS[i],
              backgroundColor: COLORS[i], tension: 0.2 };
          })
        },
        options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      };
    }
    canvas.chart = new window.Chart(canvas, config);
    canvas.setAttribute('data-drawn', 'true');
  }

  function shade(value, max) {
    if (!max) {
      return '#e9ecef';
    }
    var t = value / max;
    var light = Math.round(92 - t * 55);
    return 'hsl(212, 70%, ' + light + '%)';
  }

  function drawMap(element) {
    var values = {};
    var max = 0;
    document.querySelectorAll('#districts-table tbody tr').forEach(function (row) {
      var value = Number(row.querySelector('[data-value]').textContent.trim());
      values[row.dataset.districtId] = { value: value, name: row.querySelector('[data-label]').textContent.trim() };
      max = Math.max(max, value);
    });
    var map = VmesteMaps.base(element, [Number(element.dataset.centerLat), Number(element.dataset.centerLon)],
      Number(element.dataset.zoom) - 1);
    fetch('/api/v1/districts', { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { features: [] }; })
      .then(function (collection) {
        var layer = L.geoJSON(collection, {
          style: function (feature) {
            var found = values[feature.properties.id] || { value: 0 };
            return { color: '#1f3b5c', weight: 1, fillOpacity: 0.7, fillColor: shade(found.value, max) };
          },
          onEachFeature: function (feature, shape) {
            var found = values[feature.properties.id] || { value: 0, name: feature.properties.name };
            shape.bindTooltip(found.name + ': ' + found.value);
          }
        }).addTo(map);
        if (collection.features.length) {
          map.fitBounds(layer.getBounds());
        }
        element.setAttribute('data-loaded', String(collection.features.length));
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart]').forEach(drawChart);
  });
  VmesteMaps.whenReady('[data-district-map]', function () {
    document.querySelectorAll('[data-district-map]').forEach(drawMap);
  });
})();
