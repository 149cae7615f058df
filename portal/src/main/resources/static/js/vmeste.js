// Site-wide behaviour: htmx requests carry the CSRF token of the page; a form's error summary
// takes the focus (announced, and the keyboard starts there); file inputs get a button and a
// status in the page's language instead of the browser's; filter bars fold on a phone.
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function filePicker(input, texts) {
    if (input.hasAttribute('data-file-picker') || input.hasAttribute('data-camera') || !input.id) {
      return;
    }
    input.setAttribute('data-file-picker', '');
    var wrapper = document.createElement('div');
    wrapper.className = 'file-picker d-flex flex-wrap align-items-center gap-2';
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    var button = document.createElement('label');
    button.className = 'btn btn-outline-primary file-picker-button mb-0';
    button.htmlFor = input.id;
    button.innerHTML = '<i class="bi bi-paperclip" aria-hidden="true"></i> ';
    button.appendChild(document.createTextNode(input.multiple ? texts.fileChoose : texts.fileChooseOne));
    var names = document.createElement('span');
    names.className = 'small file-picker-names';
    names.setAttribute('aria-live', 'polite');
    names.id = input.id + '-chosen';
    wrapper.appendChild(button);
    wrapper.appendChild(names);
    var describedBy = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', (describedBy ? describedBy + ' ' : '') + names.id);
    function show() {
      var files = input.files ? input.files.length : 0;
      names.textContent = files === 0 ? texts.fileNone
        : files === 1 ? input.files[0].name : texts.fileChosen.replace('{0}', files);
    }
    input.addEventListener('change', show);
    input.addEventListener('vmeste:files', show);
    show();
  }

  // A filter bar (<details class="filter-fold" open>) stays open on wider screens; on a phone it is
  // folded so that the list shows on the first screen, its button telling how many filters are set.
  function foldFilters() {
    var phone = window.matchMedia('(max-width: 575.98px)');
    var folds = document.querySelectorAll('details.filter-fold');
    folds.forEach(function (fold) {
      var set = 0;
      fold.querySelectorAll('select, input:not([type=hidden])').forEach(function (field) {
        if (field.type === 'checkbox' ? field.checked : field.tagName === 'SELECT' ? field.selectedIndex > 0 : field.value !== '') {
          set++;
        }
      });
      var count = fold.querySelector('[data-filter-count]');
      if (count && set > 0) {
        count.textContent = set;
        count.hidden = false;
      }
      fold.open = !phone.matches;
    });
    phone.addEventListener('change', function (event) {
      if (!event.matches) {
        folds.forEach(function (fold) { fold.open = true; });
      }
    });
  }
  foldFilters();

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
      summary.focus();
    }
    var source = document.getElementById('vm-app-texts');
    if (source) {
      document.querySelectorAll('input[type=file]').forEach(function (input) { filePicker(input, source.dataset); });
    }
  });
})();
