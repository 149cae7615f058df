// What the portal's Leaflet maps share: a map with the configured tiles (none needed) and a
// drawing of the districts that tells where one is when tiles fail or are off; markers a
// keyboard reaches, with names; a layer that follows the visible area through a GeoJSON API
// (the latest answer wins); an address search above every map; and hiding the map elements
// when Leaflet did not load (the pages remain lists and coordinates).
var VmesteMaps = (function () {
  'use strict';

  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var districts = null;

  function clamp(value, min, max) {
    return Math.max(min, Math.min(max, value));
  }

  function texts() {
    var template = document.getElementById('vm-map-texts');
    return template ? template.dataset : {};
  }

  // Districts' outlines (always, faintly) and their names (when there are no tiles to read).
  function vectorLayer(map, element, withNames) {
    if (!districts) {
      districts = fetch('/api/v1/districts', { headers: { Accept: 'application/geo+json', 'Accept-Language': document.documentElement.lang || 'ru' } })
        .then(function (response) { return response.ok ? response.json() : { features: [] }; })
        .catch(function () { return { features: [] }; });
    }
    var layer = L.layerGroup().addTo(map);
    districts.then(function (collection) {
      L.geoJSON(collection, {
        interactive: false,
        style: { color: '#495057', weight: withNames ? 2 : 1, dashArray: '4', fill: withNames, fillColor: '#dce6f4', fillOpacity: 0.25 }
      }).addTo(layer);
      if (withNames) {
        showNames(layer, collection);
      }
      element.setAttribute('data-vector', String(collection.features.length));
    });
    var streets = L.layerGroup().addTo(map);
    var streetsOn = false;
    var streetRequest = 0;

    // the streets of the address index as lines, named at street zoom: context where tiles are missing
    function loadStreets() {
      if (!streetsOn) {
        return;
      }
      var mine = ++streetRequest;
      if (map.getZoom() < 14) {
        streets.clearLayers();
        return;
      }
      var b = map.getBounds();
      var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); }).join(',');
      fetch('/api/v1/places/streets?bbox=' + bbox, { headers: { Accept: 'application/geo+json', 'Accept-Language': document.documentElement.lang || 'ru' } })
        .then(function (response) { return response.ok ? response.json() : { features: [] }; })
        .catch(function () { return { features: [] }; })
        .then(function (collection) {
          if (mine !== streetRequest) {
            return;
          }
          streets.clearLayers();
          L.geoJSON(collection, { interactive: false, style: { color: '#868e96', weight: 4, opacity: 0.8 } }).addTo(streets);
          if (map.getZoom() >= 16) {
            collection.features.forEach(function (feature) {
              var points = feature.geometry.coordinates;
              var middle = points[Math.floor(points.length / 2)];
              L.tooltip({ permanent: true, direction: 'center', className: 'vector-label small', interactive: false })
                .setLatLng([middle[1], middle[0]]).setContent(feature.properties.name).addTo(streets);
            });
          }
          element.setAttribute('data-vector-streets', String(collection.features.length));
        });
    }
    map.on('moveend', loadStreets);

    function names() {
      districts.then(function (collection) {
        if (!element.hasAttribute('data-vector-names')) {
          showNames(layer, collection);
        }
      });
      streetsOn = true;
      loadStreets();
    }
    if (withNames) {
      streetsOn = true;
      map.whenReady(loadStreets);
    }
    return { names: names };

    function showNames(target, collection) {
      element.setAttribute('data-vector-names', 'true');
      collection.features.forEach(function (feature) {
        var centre = L.geoJSON(feature).getBounds().getCenter();
        L.tooltip({ permanent: true, direction: 'center', className: 'vector-label', interactive: false })
          .setLatLng(centre).setContent(feature.properties.name).addTo(target);
      });
    }
  }

  function base(element, center, zoom) {
    var map = L.map(element, { zoomAnimation: !reducedMotion, fadeAnimation: !reducedMotion,
      markerZoomAnimation: !reducedMotion, inertia: !reducedMotion }).setView(center, zoom);
    map.attributionControl.setPrefix(false);
    // the map is a labelled region with controls and markers inside, never an image
    element.setAttribute('role', 'region');
    var tileUrl = element.dataset.tileUrl;
    var vector = vectorLayer(map, element, !tileUrl);
    if (tileUrl) {
      var failures = 0;
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: element.dataset.attribution || '' })
        .on('tileerror', function () {
          if (++failures === 3) {
            vector.names();
          }
        })
        .addTo(map);
    }
    search(map, element);
    return map;
  }

  // A marker that keyboards reach (Tab) and open (Enter), named for screen readers.
  function pin(latlng, options) {
    var marker = L.marker(latlng, {
      keyboard: true,
      title: options.label,
      icon: L.divIcon({ className: options.pinClass || 'vm-pin', html: '<span class="map-marker ' + (options.markerClass || '')
        + '" aria-hidden="true"></span>', iconSize: [22, 22] })
    });
    marker.on('add', function () {
      var icon = marker.getElement();
      icon.setAttribute('aria-label', options.label);
      if (options.href) {
        icon.setAttribute('role', 'link');
        icon.setAttribute('data-href', options.href);
      }
      if (options.data) {
        Object.keys(options.data).forEach(function (key) { icon.setAttribute('data-' + key, options.data[key]); });
      }
    });
    function open() {
      if (options.href) {
        window.location.href = options.href;
      } else if (options.onOpen) {
        options.onOpen();
      }
    }
    marker.on('click', open);
    marker.on('keypress', function (event) {
      if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') {
        event.originalEvent.preventDefault();
        open();
      }
    });
    return marker;
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
        .catch(function () { return { features: [] }; })
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

  // The address search above a map (search as one types, then Enter or a click on a result):
  // the map goes there, and listeners of 'vmeste:place' on the map element hear of it.
  function search(map, element) {
    var template = document.getElementById('vm-place-search');
    if (!template || element.hasAttribute('data-no-search') || typeof VmestePlaceSearch === 'undefined') {
      return;
    }
    var box = template.content.firstElementChild.cloneNode(true);
    element.parentNode.insertBefore(box, element);
    VmestePlaceSearch.attach(box, function (place) {
      map.setView([place.lat, place.lon], Math.max(map.getZoom(), place.kind === 'STREET' ? 16 : 17));
      element.dispatchEvent(new CustomEvent('vmeste:place', { detail: place }));
    });
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

  return { base: base, follow: follow, pin: pin, whenReady: whenReady, texts: texts, reducedMotion: reducedMotion };
})();
