// Address search as one types (ARIA combobox with a list box): the portal's own address and
// place index, no external service. Arrow keys move through the results, Enter or a click
// picks one, Escape closes the list; a polite status says how many were found.
var VmestePlaceSearch = (function () {
  'use strict';

  var counter = 0;

  function attach(box, onPick) {
    var id = 'place-search-' + (++counter);
    var input = box.querySelector('input');
    var label = box.querySelector('label');
    var list = box.querySelector('[role=listbox]');
    var status = box.querySelector('[role=status]');
    input.id = id;
    label.htmlFor = id;
    list.id = id + '-results';
    input.setAttribute('aria-controls', list.id);
    var results = [];
    var active = -1;
    var timer = null;
    var request = 0;

    function close() {
      list.classList.add('d-none');
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function show(found) {
      results = found;
      list.replaceChildren();
      found.forEach(function (place, index) {
        var option = document.createElement('li');
        option.id = id + '-option-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = place.label;
        option.addEventListener('mousedown', function (event) { event.preventDefault(); });
        option.addEventListener('click', function () { pick(index); });
        list.appendChild(option);
      });
      if (found.length) {
        list.classList.remove('d-none');
        input.setAttribute('aria-expanded', 'true');
      } else {
        close();
      }
      status.textContent = found.length ? box.dataset.found.replace('{0}', found.length) : box.dataset.none;
    }

    function highlight(index) {
      var options = list.querySelectorAll('[role=option]');
      options.forEach(function (option, i) { option.setAttribute('aria-selected', String(i === index)); });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      }
    }

    function pick(index) {
      var place = results[index];
      if (!place) {
        return;
      }
      input.value = place.label;
      close();
      status.textContent = box.dataset.chosen.replace('{0}', place.label);
      onPick(place);
    }

    function query() {
      var text = input.value.trim();
      if (text.length < 2) {
        close();
        return;
      }
      var mine = ++request;
      fetch('/api/v1/places/search?limit=8&q=' + encodeURIComponent(text), { headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'ru' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          if (mine === request) {
            show(found);
          }
        })
        .catch(function () {
          if (mine === request) {
            close();
            status.textContent = box.dataset.offline;
          }
        });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(query, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && results.length) {
        event.preventDefault();
        if (list.classList.contains('d-none')) {
          show(results);
        }
        highlight(Math.min(active + 1, results.length - 1));
      } else if (event.key === 'ArrowUp' && results.length) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter') {
        // Enter picks (the first result when none is highlighted) and never submits the form around
        event.preventDefault();
        if (!list.classList.contains('d-none')) {
          pick(active >= 0 ? active : 0);
        } else {
          clearTimeout(timer);
          query();
        }
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    box.setAttribute('data-ready', 'true');
  }

  return { attach: attach };
})();
