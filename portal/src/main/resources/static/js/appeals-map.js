// Maps of appeals: the public map asks the API for clusters (far out) or single appeals (street
// zoom) in the visible area; an appeal's page shows its point. Without Leaflet the pages work
// as lists and coordinates.
(function () {
  'use strict';

  function appealsMap(element) {
    var map = VmesteMaps.base(element, [parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)],
      parseInt(element.dataset.zoom || '11', 10));

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

    VmesteMaps.follow(map, element, function (bbox) {
      return '/api/v1/appeals?bbox=' + bbox + '&zoom=' + map.getZoom()
        + (element.dataset.filter ? '&' + element.dataset.filter : '');
    }, marker);
  }

  function pointMap(element) {
    var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
    var map = VmesteMaps.base(element, point, 16);
    L.marker(point, { keyboard: false }).addTo(map);
  }

  VmesteMaps.whenReady('[data-appeals-map], [data-point-map]', function () {
    document.querySelectorAll('[data-appeals-map]').forEach(appealsMap);
    document.querySelectorAll('[data-point-map]').forEach(pointMap);
  });
})();
