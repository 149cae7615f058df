// Maps of works: the public map asks the API for the works in the visible area; a work's page
// draws its geometry (a road's line, a yard's outline) and the city objects it touches. Maps
// need no tiles; without Leaflet the pages remain lists, dates and coordinates.
(function () {
  'use strict';

  function worksMap(element) {
    var map = VmesteMaps.base(element, [parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)],
      parseInt(element.dataset.zoom || '11', 10));

    // Tab reaches each work, Enter opens it; the list under the map has the same works
    function marker(feature) {
      var properties = feature.properties;
      return VmesteMaps.pin([feature.geometry.coordinates[1], feature.geometry.coordinates[0]], {
        label: properties.title,
        href: '/works/' + encodeURIComponent(properties.id),
        pinClass: 'work-pin',
        markerClass: 'work-marker work-status-' + properties.status,
        data: { 'work-id': properties.id }
      });
    }

    VmesteMaps.follow(map, element, function (bbox) {
      return '/api/v1/works/map?bbox=' + bbox + (element.dataset.filter ? '&' + element.dataset.filter : '');
    }, marker);
  }

  function workMap(element) {
    var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
    var map = VmesteMaps.base(element, point, 16);
    var shapes = L.featureGroup().addTo(map);
    if (element.dataset.geometry) {
      L.geoJSON(JSON.parse(element.dataset.geometry), { style: { color: '#d9480f', weight: 6 } }).addTo(shapes);
    }
    if (element.dataset.objects) {
      L.geoJSON(JSON.parse(element.dataset.objects), {
        style: { color: '#1f5fa8', weight: 4 },
        onEachFeature: function (feature, shape) {
          // text, never HTML: names come from the data
          shape.bindTooltip(Object.assign(document.createElement('span'), { textContent: feature.properties.name }));
          shape.on('click', function () { window.location.href = '/objects/' + encodeURIComponent(feature.properties.id); });
          shape.on('add', function () {
            // drawn shapes are SVG paths: name them and let Enter open the object, like a link
            var path = shape.getElement && shape.getElement();
            if (path) {
              path.setAttribute('tabindex', '0');
              path.setAttribute('role', 'link');
              path.setAttribute('aria-label', feature.properties.name);
              path.addEventListener('keydown', function (event) {
                if (event.key === 'Enter') {
                  window.location.href = '/objects/' + encodeURIComponent(feature.properties.id);
                }
              });
            }
          });
        }
      }).addTo(shapes);
    }
    if (shapes.getLayers().length === 0) {
      L.marker(point, { keyboard: false, interactive: false }).addTo(shapes);
    }
    var bounds = shapes.getBounds();
    if (bounds.isValid() && !bounds.getNorthEast().equals(bounds.getSouthWest())) {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 });
    }
    element.setAttribute('data-drawn', String(shapes.getLayers().length));
  }

  VmesteMaps.whenReady('[data-works-map], [data-work-map]', function () {
    document.querySelectorAll('[data-works-map]').forEach(worksMap);
    document.querySelectorAll('[data-work-map]').forEach(workMap);
  });
})();
