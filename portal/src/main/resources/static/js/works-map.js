// Maps of works: the public map asks the API for the works in the visible area; a work's page
// draws its geometry (a road's line, a yard's outline) and the city objects it touches. Maps
// need no tiles; without Leaflet the pages remain lists, dates and coordinates.
(function () {
  'use strict';

  function baseMap(element, center, zoom) {
    var map = L.map(element).setView(center, zoom);
    if (element.dataset.tileUrl) {
      L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: element.dataset.attribution || '' }).addTo(map);
    }
    return map;
  }

  function clamp(value, min, max) {
    return Math.max(min, Math.min(max, value));
  }

  function worksMap(element) {
    var map = baseMap(element, [parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)],
      parseInt(element.dataset.zoom || '11', 10));
    var layer = L.layerGroup().addTo(map);
    var request = 0;

    function marker(feature) {
      var properties = feature.properties;
      var link = document.createElement('a');
      link.href = '/works/' + encodeURIComponent(properties.id);
      link.className = 'work-marker work-status-' + properties.status;
      link.setAttribute('data-work-id', properties.id);
      link.setAttribute('aria-label', properties.title);
      link.title = properties.title;
      return L.marker([feature.geometry.coordinates[1], feature.geometry.coordinates[0]],
        { icon: L.divIcon({ className: 'work-pin', html: link.outerHTML, iconSize: [22, 22] }) });
    }

    function load() {
      var bounds = map.getBounds();
      var bbox = [clamp(bounds.getWest(), -180, 180), clamp(bounds.getSouth(), -90, 90),
        clamp(bounds.getEast(), -180, 180), clamp(bounds.getNorth(), -90, 90)].map(function (v) { return v.toFixed(6); });
      var url = '/api/v1/works/map?bbox=' + bbox.join(',') + (element.dataset.filter ? '&' + element.dataset.filter : '');
      var mine = ++request;
      fetch(url, { headers: { Accept: 'application/json' } })
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

  function workMap(element) {
    var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
    var map = baseMap(element, point, 16);
    var shapes = L.featureGroup().addTo(map);
    if (element.dataset.geometry) {
      L.geoJSON(JSON.parse(element.dataset.geometry), { style: { color: '#d9480f', weight: 6 } }).addTo(shapes);
    }
    if (element.dataset.objects) {
      L.geoJSON(JSON.parse(element.dataset.objects), {
        style: { color: '#1f5fa8', weight: 4 },
        onEachFeature: function (feature, shape) {
          shape.bindTooltip(feature.properties.name);
          shape.on('click', function () { window.location.href = '/objects/' + encodeURIComponent(feature.properties.id); });
        }
      }).addTo(shapes);
    }
    if (shapes.getLayers().length === 0) {
      L.marker(point, { keyboard: false }).addTo(shapes);
    }
    var bounds = shapes.getBounds();
    if (bounds.isValid() && !bounds.getNorthEast().equals(bounds.getSouthWest())) {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 });
    }
    element.setAttribute('data-drawn', String(shapes.getLayers().length));
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') {
      document.querySelectorAll('[data-works-map], [data-work-map]').forEach(function (element) {
        element.classList.add('d-none');
      });
      return;
    }
    document.querySelectorAll('[data-works-map]').forEach(worksMap);
    document.querySelectorAll('[data-work-map]').forEach(workMap);
  });
})();
