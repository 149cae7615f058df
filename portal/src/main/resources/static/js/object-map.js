// The map of city objects: clusters with counts below street zoom, single objects above it,
// loaded from the viewport API as the map moves. Without tiles the district outlines and the
// objects still show on a plain background; without Leaflet the list under the map remains.
(function () {
  'use strict';

  var MAX_ZOOM = 18;
  var STATUS_COLOURS = { ACTIVE: '#1f5fa8', UNDER_REPAIR: '#d97706', CLOSED: '#6c757d' };


  function clusterIcon(count) {
    var size = count < 10 ? 28 : count < 100 ? 34 : count < 1000 ? 40 : 48;
    return L.divIcon({
      className: 'object-cluster',
      html: '<span>' + (count >= 10000 ? Math.round(count / 1000) + 'k' : count) + '</span>',
      iconSize: [size, size]
    });
  }

  function featureLayer(geojson, objectPath) {
    return L.geoJSON(geojson, {
      pointToLayer: function (feature, latlng) {
        if (feature.properties.cluster) {
          var cluster = L.marker(latlng, { icon: clusterIcon(feature.properties.count), keyboard: true,
            title: String(feature.properties.count) });
          cluster.on('add', function () { cluster.getElement().setAttribute('aria-label', String(feature.properties.count)); });
          return cluster;
        }
        // a single object: Tab reaches it, Enter opens its page; the list beside the map has the same objects
        return VmesteMaps.pin(latlng, { label: feature.properties.name,
          href: objectPath + encodeURIComponent(feature.properties.id), pinClass: 'object-pin',
          markerClass: 'object-status-' + feature.properties.status });
      },
      style: function (feature) {
        return { color: STATUS_COLOURS[feature.properties.status] || '#1f5fa8', weight: 3, fillOpacity: 0.2 };
      },
      onEachFeature: function (feature, layer) {
        if (feature.properties.cluster) {
          var zoomIn = function (latlng) {
            layer._map.setView(latlng, Math.min(layer._map.getZoom() + 2, MAX_ZOOM));
          };
          layer.on('click', function (event) { zoomIn(event.latlng); });
          layer.on('keypress', function (event) {
            if (event.originalEvent.key === 'Enter') {
              zoomIn(layer.getLatLng());
            }
          });
          return;
        }
        if (feature.geometry.type === 'Point') {
          return;
        }
        var href = objectPath + encodeURIComponent(feature.properties.id);
        layer.on('click', function () { window.location.href = href; });
        layer.on('add', function () {
          var path = layer.getElement && layer.getElement();
          if (path) {
            path.setAttribute('tabindex', '0');
            path.setAttribute('role', 'link');
            path.setAttribute('aria-label', feature.properties.name);
            path.addEventListener('keydown', function (event) {
              if (event.key === 'Enter') {
                window.location.href = href;
              }
            });
          }
        });
      }
    });
  }

  function registryMap(element) {
    // the base map draws the district outlines (and their names when there are no tiles)
    var map = VmesteMaps.base(element, [parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)],
      parseInt(element.dataset.zoom || '11', 10));
    var status = document.getElementById('object-map-status');
    var layer = null;
    var pending = null;

    function load() {
      element.dataset.currentZoom = String(map.getZoom());
      var bounds = map.getBounds();
      var params = new URLSearchParams({
        bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
          .map(function (value) { return value.toFixed(6); }).join(','),
        zoom: String(map.getZoom())
      });
      if (element.dataset.type) { params.set('typeId', element.dataset.type); }
      if (element.dataset.district) { params.set('districtId', element.dataset.district); }
      if (pending) { pending.abort(); }
      pending = new AbortController();
      fetch(element.dataset.api + '?' + params, { signal: pending.signal, headers: { Accept: 'application/geo+json' } })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.json();
        })
        .then(function (geojson) {
          if (layer) { map.removeLayer(layer); }
          layer = featureLayer(geojson, element.dataset.objectPath).addTo(map);
          element.dataset.loadedFeatures = String(geojson.features.length);
          if (geojson.truncated && status) { status.textContent = element.dataset.truncatedText; }
        })
        .catch(function (error) {
          if (error.name !== 'AbortError' && status) { status.textContent = element.dataset.failedText; }
        });
    }

    map.on('moveend', load);
    load();
  }

  function objectMap(element) {
    var map = VmesteMaps.base(element, [parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)], 17);
    map.scrollWheelZoom.disable();
    var shape = L.geoJSON(JSON.parse(element.dataset.geometry), {
      pointToLayer: function (feature, latlng) { return L.circleMarker(latlng, { radius: 8, color: '#1f5fa8' }); },
      style: { color: '#1f5fa8', weight: 3 }
    }).addTo(map);
    var bounds = shape.getBounds();
    if (bounds.isValid() && !bounds.getNorthEast().equals(bounds.getSouthWest())) {
      map.fitBounds(bounds, { maxZoom: 18, padding: [20, 20] });
    } else {
      map.setView([parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)], 17);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var registry = document.getElementById('object-map');
    var single = document.getElementById('object-geometry');
    if (typeof L === 'undefined') {
      [registry, single].forEach(function (element) { if (element) { element.classList.add('d-none'); } });
      return;
    }
    if (registry) { registryMap(registry); }
    if (single) { objectMap(single); }
  });
})();
