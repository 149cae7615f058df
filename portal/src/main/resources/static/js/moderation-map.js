// The moderation queue's map: every waiting appeal with a place, one marker each, named by its
// number and topic; a marker is reached with Tab and opens the item with Enter. The points are the
// hidden list under the map (the queue's list and the item pages say the same without a map).
(function () {
  'use strict';

  VmesteMaps.whenReady('[data-moderation-map]', function () {
    document.querySelectorAll('[data-moderation-map]').forEach(function (element) {
      var points = Array.prototype.map.call(document.querySelectorAll('[data-moderation-points] li'), function (item) {
        return { lat: parseFloat(item.dataset.lat), lon: parseFloat(item.dataset.lon), href: item.dataset.href,
          label: item.textContent.trim() };
      });
      if (points.length === 0) {
        return;
      }
      var map = VmesteMaps.base(element, [points[0].lat, points[0].lon], 15);
      points.forEach(function (point) {
        VmesteMaps.pin([point.lat, point.lon], { label: point.label, href: point.href, pinClass: 'appeal-pin',
          markerClass: 'status-MODERATION' }).addTo(map);
      });
      if (points.length > 1) {
        map.fitBounds(L.latLngBounds(points.map(function (point) { return [point.lat, point.lon]; })),
          { padding: [24, 24], maxZoom: 16, animate: false });
      }
      element.setAttribute('data-loaded', String(points.length));
    });
  });
})();
