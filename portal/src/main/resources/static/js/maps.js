// What the portal's Leaflet maps share: a map with the configured tiles (none needed), a layer
// that follows the visible area through a GeoJSON API (the latest answer wins), and hiding the
// map elements when Leaflet did not load (the pages remain lists and coordinates).
var VmesteMaps = (function () {
  'use strict';

  function clamp(value, min, max) {
    return Math.max(min, Math.min(max, value));
  }

  function base(element, center, zoom) {
    var map = L.map(element).setView(center, zoom);
    if (element.dataset.tileUrl) {
      L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: element.dataset.attribution || '' }).addTo(map);
    }
    return map;
  }

  // Reloads the features of the visible area after every move: urlOf(bbox) names the API
  // call, marker(feature) draws one feature; the element's data-loaded says how many are shown.
  function follow(map, element, urlOf, marker) {
    var layer = L.layerGroup().addTo(map);
    var request = 0;

    function load() {
      var bounds = map.getBounds();
      var bbox = [clamp(bounds.getWest(), -180, 180), clamp(bounds.getSouth(), -90, 90),
        clamp(bounds.getEast(), -180, 180), clamp(bounds.getNorth(), -90, 90)].map(function (v) { return v.toFixed(6); });
      var mine = ++request;
      fetch(urlOf(bbox.join(',')), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { features: [] }; })
        .then(function (collection) {
          if (mine !== request) {
            return;
          }
          layer.clearLayers();
          collection.features.forEach(function (feature) { marker(feature).addTo(layer); });
          element.setAttribute('data-loaded', String(collection.features.length));
        });
    }

    map.on('moveend', load);
    load();
  }

  // Runs start once the page is loaded; without Leaflet hides the elements of the selector.
  function whenReady(selector, start) {
    document.addEventListener('DOMContentLoaded', function () {
      if (typeof L === 'undefined') {
        document.querySelectorAll(selector).forEach(function (element) { element.classList.add('d-none'); });
        return;
      }
      start();
    });
  }

  return { base: base, follow: follow, whenReady: whenReady };
})();
