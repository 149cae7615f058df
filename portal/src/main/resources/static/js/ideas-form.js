// The proposal form: the kind decides what the place is (a point, or for a road a line drawn
// on the map and kept as GeoJSON in the text field), and whether a cost is asked. Without
// JavaScript every field stays visible and works typed in.
(function () {
  'use strict';

  function kindOf(form) {
    var checked = form.querySelector('[data-kind]:checked');
    return checked ? checked.value : 'IDEA';
  }

  function showFor(form) {
    var kind = kindOf(form);
    var line = form.querySelector('[data-place-line]');
    var point = form.querySelector('[data-place-point]');
    var cost = form.querySelector('[data-place-cost]');
    if (line) {
      line.classList.toggle('d-none', kind !== 'ROAD');
    }
    if (point) {
      point.classList.toggle('d-none', kind === 'ROAD');
    }
    if (cost) {
      cost.classList.toggle('d-none', kind !== 'PROJECT');
    }
    window.dispatchEvent(new Event('resize'));
  }

  // Click the map along the road: each click adds a vertex; the text field holds the LineString.
  function linePicker(element) {
    if (typeof L === 'undefined') {
      element.classList.add('d-none');
      return;
    }
    var input = document.getElementById(element.dataset.geometryInput);
    var map = L.map(element).setView([parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)],
      parseInt(element.dataset.zoom || '12', 10));
    if (element.dataset.tileUrl) {
      L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: element.dataset.attribution || '' }).addTo(map);
    }
    var points = [];
    var line = L.polyline([], { color: '#d9480f', weight: 6 }).addTo(map);
    var clear = element.parentElement.querySelector('[data-line-clear]');

    function write() {
      input.value = points.length < 2 ? '' : JSON.stringify({
        type: 'LineString',
        coordinates: points.map(function (p) { return [Number(p.lng.toFixed(6)), Number(p.lat.toFixed(6))]; })
      });
      element.setAttribute('data-vertices', String(points.length));
    }

    function read() {
      try {
        var geometry = JSON.parse(input.value);
        if (geometry && geometry.type === 'LineString') {
          points = geometry.coordinates.map(function (c) { return L.latLng(c[1], c[0]); });
          line.setLatLngs(points);
          if (points.length > 1) {
            map.fitBounds(line.getBounds(), { padding: [20, 20], maxZoom: 17 });
          }
        }
      } catch (ignored) {
        // a half-typed line: the server explains what is wrong when it is sent
      }
    }

    map.on('click', function (event) {
      points.push(event.latlng);
      line.setLatLngs(points);
      write();
      if (clear) {
        clear.classList.remove('d-none');
      }
    });
    if (clear) {
      clear.addEventListener('click', function () {
        points = [];
        line.setLatLngs(points);
        write();
        clear.classList.add('d-none');
      });
    }
    input.addEventListener('change', read);
    read();
    window.addEventListener('resize', function () { map.invalidateSize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('[data-proposal-form]');
    if (!form) {
      return;
    }
    form.querySelectorAll('[data-kind]').forEach(function (radio) {
      radio.addEventListener('change', function () { showFor(form); });
    });
    form.querySelectorAll('[data-line-picker]').forEach(linePicker);
    showFor(form);
  });
})();
