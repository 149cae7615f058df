// Maps of appeals: the public map asks the API for clusters (far out) or single appeals (street
// zoom) in the visible area; an appeal's page shows its point. Markers are reached with Tab and
// opened with Enter, each named by its status; the list under the map has the same appeals.
// Without Leaflet the pages work as lists and coordinates.
(function () {
  'use strict';

  function statusLabels() {
    var labels = {};
    document.querySelectorAll('[data-status-label]').forEach(function (item) {
      labels[item.dataset.statusLabel] = item.textContent.trim();
    });
    return labels;
  }

  function appealsMap(element) {
    var map = VmesteMaps.base(element, [parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)],
      parseInt(element.dataset.zoom || '11', 10));
    var labels = statusLabels();

    function marker(feature) {
      var lat = feature.geometry.coordinates[1];
      var lon = feature.geometry.coordinates[0];
      var properties = feature.properties;
      if (properties.cluster) {
        var cluster = L.marker([lat, lon], {
          icon: L.divIcon({ className: 'appeal-cluster', html: '<span aria-hidden="true">' + properties.count + '</span>', iconSize: [40, 40] }),
          title: (element.dataset.clusterLabel || '') + ' ' + properties.count,
          keyboard: true
        });
        function zoomIn() {
          map.setView([lat, lon], Math.min(map.getZoom() + 2, 18));
        }
        cluster.on('add', function () {
          cluster.getElement().setAttribute('aria-label', (element.dataset.clusterLabel || '') + ' ' + properties.count);
        });
        cluster.on('click', zoomIn);
        cluster.on('keypress', function (event) {
          if (event.originalEvent.key === 'Enter') {
            zoomIn();
          }
        });
        return cluster;
      }
      var status = labels[properties.status] || properties.status;
      return VmesteMaps.pin([lat, lon], {
        label: (element.dataset.markerLabel || '') + ' ' + status,
        href: '/appeals/' + encodeURIComponent(properties.id),
        pinClass: 'appeal-pin',
        markerClass: 'status-' + properties.status,
        data: { 'appeal-id': properties.id }
      });
    }

    VmesteMaps.follow(map, element, function (bbox) {
      return '/api/v1/appeals?bbox=' + bbox + '&zoom=' + map.getZoom()
        + (element.dataset.filter ? '&' + element.dataset.filter : '');
    }, marker);
  }

  function pointMap(element) {
    var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
    var map = VmesteMaps.base(element, point, 16);
    L.marker(point, { keyboard: false, interactive: false }).addTo(map);
  }

  VmesteMaps.whenReady('[data-appeals-map], [data-point-map]', function () {
    document.querySelectorAll('[data-appeals-map]').forEach(appealsMap);
    document.querySelectorAll('[data-point-map]').forEach(pointMap);
  });
})();
