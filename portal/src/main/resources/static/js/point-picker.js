// A map that picks one point and keeps it in sync with two coordinate inputs: a click, the
// address search, "my location" (with its accuracy) or typed coordinates. A picked point is
// named by the portal's address index (the form's address field, when it has one) and the
// nearest registry object is offered ("Street light № 1234?"). Without Leaflet or tiles the
// inputs still work on their own.
(function () {
  'use strict';

  function init(element) {
    if (typeof L === 'undefined') {
      element.classList.add('d-none');
      return;
    }
    var picker = element.parentElement;
    var form = element.closest('form');
    var latInput = document.getElementById(element.dataset.latInput);
    var lonInput = document.getElementById(element.dataset.lonInput);
    var addressInput = form ? form.querySelector('[name=address]') : null;
    var status = picker.querySelector('[data-picker-status]');
    var offer = picker.querySelector('[data-object-offer]');
    var start = [parseFloat(element.dataset.centerLat), parseFloat(element.dataset.centerLon)];
    var map = VmesteMaps.base(element, start, parseInt(element.dataset.zoom || '12', 10));
    var marker = null;
    var accuracy = null;
    var autoAddress = addressInput ? addressInput.value : '';
    var lookup = 0;

    function place(lat, lon, pan) {
      if (!isFinite(lat) || !isFinite(lon)) {
        return;
      }
      if (marker === null) {
        marker = L.marker([lat, lon], { draggable: true, keyboard: true, title: picker.dataset.markerLabel }).addTo(map);
        marker.getElement().setAttribute('aria-label', picker.dataset.markerLabel);
        marker.on('dragend', function () {
          var p = marker.getLatLng();
          write(p.lat, p.lng);
          name(p.lat, p.lng);
        });
      } else {
        marker.setLatLng([lat, lon]);
      }
      if (pan) {
        map.panTo([lat, lon], { animate: !VmesteMaps.reducedMotion });
      }
    }

    function write(lat, lon) {
      latInput.value = lat.toFixed(6);
      lonInput.value = lon.toFixed(6);
      latInput.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function setAddress(text) {
      // the resident's own words stay; only an address the map filled in is replaced
      if (addressInput && (addressInput.value === '' || addressInput.value === autoAddress)) {
        addressInput.value = text;
        autoAddress = text;
        addressInput.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }

    function say(text) {
      if (status) {
        status.textContent = text;
      }
    }

    // The address and the nearest registry object at the point, from the portal's own index.
    function name(lat, lon) {
      var mine = ++lookup;
      fetch('/api/v1/places/reverse?lat=' + lat.toFixed(6) + '&lon=' + lon.toFixed(6), { headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'ru' } })
        .then(function (response) { return response.ok ? response.json() : {}; })
        .then(function (here) {
          if (mine !== lookup) {
            return;
          }
          if (here.address) {
            setAddress(here.address.label);
            say(picker.dataset.addressText.replace('{0}', here.address.label));
          }
          showOffer(here.object);
        })
        .catch(function () { /* offline: the coordinates are enough */ });
    }

    function showOffer(object) {
      if (!offer) {
        return;
      }
      if (!object) {
        offer.classList.add('d-none');
        return;
      }
      offer.querySelector('[data-object-name]').textContent = picker.dataset.offerText.replace('{0}', object.name);
      offer.querySelector('button').onclick = function () {
        if (addressInput) {
          addressInput.value = object.name;
          autoAddress = object.name;
          addressInput.dispatchEvent(new Event('change', { bubbles: true }));
        }
        offer.classList.add('d-none');
        say(picker.dataset.chosenText.replace('{0}', object.name));
      };
      offer.classList.remove('d-none');
    }

    map.on('click', function (event) {
      place(event.latlng.lat, event.latlng.lng, false);
      write(event.latlng.lat, event.latlng.lng);
      name(event.latlng.lat, event.latlng.lng);
    });
    element.addEventListener('vmeste:place', function (event) {
      var found = event.detail;
      place(found.lat, found.lon, true);
      write(found.lat, found.lon);
      if (found.kind !== 'STREET') {
        setAddress(found.label);
      }
      name(found.lat, found.lon);
    });
    [latInput, lonInput].forEach(function (input) {
      input.addEventListener('input', function () {
        place(parseFloat(latInput.value), parseFloat(lonInput.value), true);
      });
    });
    place(parseFloat(latInput.value), parseFloat(lonInput.value), true);

    var locate = picker.querySelector('[data-locate-me]');
    if (locate) {
      if (!navigator.geolocation) {
        locate.classList.add('d-none');
      }
      locate.addEventListener('click', function () {
        say(picker.dataset.locatingText);
        navigator.geolocation.getCurrentPosition(function (position) {
          var lat = position.coords.latitude;
          var lon = position.coords.longitude;
          var metres = Math.round(position.coords.accuracy);
          place(lat, lon, true);
          write(lat, lon);
          if (accuracy) {
            map.removeLayer(accuracy);
          }
          accuracy = L.circle([lat, lon], { radius: metres, interactive: false, weight: 1 }).addTo(map);
          map.fitBounds(accuracy.getBounds(), { maxZoom: 18, animate: !VmesteMaps.reducedMotion });
          say(picker.dataset.accuracyText.replace('{0}', metres));
          name(lat, lon);
        }, function () {
          say(picker.dataset.locateFailedText);
        }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-point-picker]').forEach(init);
  });
})();
