// Maps of ideas: the public map asks the API for the ideas in the visible area (roads as lines,
// the rest as pins); an idea's page draws its place. "Nearby" sorting takes the visitor's
// position when the browser gives it. Without Leaflet the pages remain lists and coordinates.
(function () {
  'use strict';

  function ideasMap(element) {
    var map = VmesteMaps.base(element, [parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)],
      parseInt(element.dataset.zoom || '11', 10));

    function draw(feature) {
      var properties = feature.properties;
      var href = '/ideas/' + encodeURIComponent(properties.id);
      if (feature.geometry.type === 'LineString') {
        var road = L.geoJSON(feature, { style: { color: '#d9480f', weight: 6 } });
        road.on('click', function () { window.location.href = href; });
        var label = document.createElement('span');
        label.textContent = properties.title;
        road.bindTooltip(label);
        return road;
      }
      // Tab reaches each idea, Enter opens it (one named control, not a link inside a button)
      return VmesteMaps.pin([feature.geometry.coordinates[1], feature.geometry.coordinates[0]], {
        label: properties.title,
        href: href,
        pinClass: 'idea-pin',
        markerClass: 'idea-marker idea-pin-status-' + properties.status,
        data: { 'idea-id': properties.id }
      });
    }

    VmesteMaps.follow(map, element, function (bbox) {
      return '/api/v1/ideas/map?bbox=' + bbox + (element.dataset.filter ? '&' + element.dataset.filter : '');
    }, draw);
  }

  function ideaMap(element) {
    var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
    var map = VmesteMaps.base(element, point, 16);
    if (element.dataset.geometry) {
      var road = L.geoJSON(JSON.parse(element.dataset.geometry), { style: { color: '#d9480f', weight: 6 } }).addTo(map);
      map.fitBounds(road.getBounds(), { padding: [20, 20], maxZoom: 17 });
    } else {
      L.marker(point, { keyboard: false }).addTo(map);
    }
  }

  // "Nearby" needs a point: the visitor's position if the browser gives it, else the map's centre.
  function nearby() {
    var sort = document.getElementById('filter-sort');
    var lat = document.querySelector('[data-near-lat]');
    var lon = document.querySelector('[data-near-lon]');
    if (!sort || !lat || !lon) {
      return;
    }
    sort.addEventListener('change', function () {
      if (sort.value !== 'NEARBY' || lat.value) {
        return;
      }
      var map = document.querySelector('[data-ideas-map]');
      lat.value = map ? map.dataset.centerLat : '';
      lon.value = map ? map.dataset.centerLon : '';
      if (navigator.geolocation) {
        navigator.geolocation.getCurrentPosition(function (position) {
          lat.value = position.coords.latitude.toFixed(6);
          lon.value = position.coords.longitude.toFixed(6);
        });
      }
    });
  }

  document.addEventListener('DOMContentLoaded', nearby);
  VmesteMaps.whenReady('[data-ideas-map], [data-idea-map]', function () {
    document.querySelectorAll('[data-ideas-map]').forEach(ideasMap);
    document.querySelectorAll('[data-idea-map]').forEach(ideaMap);
  });
})();
