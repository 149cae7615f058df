// A Leaflet map that picks one point and keeps it in sync with two coordinate inputs.
// Without Leaflet or tiles the inputs still work on their own.
(function () {
  'use strict';

  function init(element) {
    if (typeof L === 'undefined') {
      element.classList.add('d-none');
      return;
    }
    var latInput = document.getElementById(element.dataset.latInput);
    var lonInput = document.getElementById(element.dataset.lonInput);
    var start = [parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)];
    var map = L.map(element).setView(start, parseInt(element.dataset.zoom || '12', 10));
    if (element.dataset.tileUrl) {
      L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: element.dataset.attribution || '' }).addTo(map);
    }
    var marker = null;

    function place(lat, lon, pan) {
      if (!isFinite(lat) || !isFinite(lon)) {
        return;
      }
      if (marker === null) {
        marker = L.marker([lat, lon], { draggable: true, keyboard: true }).addTo(map);
        marker.on('dragend', function () {
          var p = marker.getLatLng();
          write(p.lat, p.lng);
        });
      } else {
        marker.setLatLng([lat, lon]);
      }
      if (pan) {
        map.panTo([lat, lon]);
      }
    }

    function write(lat, lon) {
      latInput.value = lat.toFixed(6);
      lonInput.value = lon.toFixed(6);
      latInput.dispatchEvent(new Event('change', { bubbles: true }));
    }

    map.on('click', function (event) {
      place(event.latlng.lat, event.latlng.lng, false);
      write(event.latlng.lat, event.latlng.lng);
    });
    [latInput, lonInput].forEach(function (input) {
      input.addEventListener('input', function () {
        place(parseFloat(latInput.value), parseFloat(lonInput.value), true);
      });
    });
    place(parseFloat(latInput.value), parseFloat(lonInput.value), true);

    var locate = element.parentElement.querySelector('[data-locate-me]');
    if (locate) {
      if (!navigator.geolocation) {
        locate.classList.add('d-none');
      }
      locate.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (position) {
          place(position.coords.latitude, position.coords.longitude, true);
          write(position.coords.latitude, position.coords.longitude);
        });
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-point-picker]').forEach(init);
  });
})();
