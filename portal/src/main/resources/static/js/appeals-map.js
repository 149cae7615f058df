// Maps of appeals: the public map asks the API for clusters (far out) or single appeals (street
// zoom) in the visible area; an appeal's page shows its point. Without Leaflet the pages work
// as lists and coordinates.
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

  function appealsMap(element) {
    var map = baseMap(element, [parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)],
      parseInt(element.dataset.zoom || '11', 10));
    var layer = L.layerGroup().addTo(map);
    var request = 0;

    function marker(feature) {
      var lat = feature.geometry.coordinates[1];
      var lon = feature.geometry.coordinates[0];
      var properties = feature.properties;
      if (properties.cluster) {
        var cluster = L.marker([lat, lon], {
          icon: L.divIcon({ className: 'appeal-cluster', html: '<span>' + properties.count + '</span>', iconSize: [40, 40] }),
          title: (element.dataset.clusterLabel || '') + ' ' + properties.count,
          keyboard: true
        });
        cluster.on('click', function () {
          map.setView([lat, lon], Math.min(map.getZoom() + 2, 18));
        });
        return cluster;
      }
      var link = document.createElement('a');
      link.href = '/appeals/' + encodeURIComponent(properties.id);
      link.className = 'appeal-marker status-' + properties.status;
      link.setAttribute('data-appeal-id', properties.id);
      link.setAttribute('aria-label', properties.status);
      return L.marker([lat, lon], { icon: L.divIcon({ className: 'appeal-pin', html: link.outerHTML, iconSize: [22, 22] }) });
    }

    function load() {
      var bounds = map.getBounds();
      var bbox = [clamp(bounds.getWest(), -180, 180), clamp(bounds.getSouth(), -90, 90),
        clamp(bounds.getEast(), -180, 180), clamp(bounds.getNorth(), -90, 90)].map(function (v) { return v.toFixed(6); });
      var url = '/api/v1/appeals?bbox=' + bbox.join(',') + '&zoom=' + map.getZoom()
        + (element.dataset.filter ? '&' + element.dataset.filter : '');
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

  function pointMap(element) {
    var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
    var map = baseMap(element, point, 16);
    L.marker(point, { keyboard: false }).addTo(map);
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') {
      document.querySelectorAll('[data-appeals-map], [data-point-map]').forEach(function (element) {
        element.classList.add('d-none');
      });
      return;
    }
    document.querySelectorAll('[data-appeals-map]').forEach(appealsMap);
    document.querySelectorAll('[data-point-map]').forEach(pointMap);
  });
})();
