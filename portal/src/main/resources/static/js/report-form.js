// The report form: keeps a draft in the browser across reloads, shows a preview before
// sending, warns about too many photos and shows progress while uploading.
(function () {
  'use strict';
  var KEY = 'vmeste-report-draft';

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name && element.type !== 'file' && element.type !== 'hidden' && element.tagName !== 'BUTTON';
    });
  }

  function save(form) {
    var draft = {};
    fields(form).forEach(function (element) { draft[element.name] = element.value; });
    try {
      localStorage.setItem(KEY, JSON.stringify(draft));
    } catch (full) {
      // a draft is a convenience: without storage the form still works
    }
  }

  function restore(form) {
    var draft;
    try {
      draft = JSON.parse(localStorage.getItem(KEY) || 'null');
    } catch (broken) {
      draft = null;
    }
    if (!draft) {
      return;
    }
    fields(form).forEach(function (element) {
      if (!element.value && draft[element.name]) {
        element.value = draft[element.name];
        element.dispatchEvent(new Event('input', { bubbles: true }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  }

  function preview(form, panel) {
    var topic = form.querySelector('#topicId');
    panel.querySelector('[data-preview="topic"]').textContent =
      topic.selectedIndex > 0 ? topic.options[topic.selectedIndex].text : '—';
    panel.querySelector('[data-preview="point"]').textContent =
      form.querySelector('#lat').value + ', ' + form.querySelector('#lon').value + ' ' + form.querySelector('#address').value;
    panel.querySelector('[data-preview="text"]').textContent = form.querySelector('#text').value;
    var photos = panel.querySelector('[data-preview="photos"]');
    photos.replaceChildren();
    Array.prototype.forEach.call(form.querySelector('#photos').files, function (file) {
      var image = document.createElement('img');
      image.className = 'appeal-photo';
      image.alt = file.name;
      image.src = URL.createObjectURL(file);
      photos.appendChild(image);
    });
    panel.classList.remove('d-none');
    panel.focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (document.querySelector('[data-report-submitted]')) {
      localStorage.removeItem(KEY);
      return;
    }
    var form = document.querySelector('[data-report-form]');
    if (!form) {
      return;
    }
    restore(form);
    form.addEventListener('input', function () { save(form); });
    form.addEventListener('change', function () { save(form); });

    var photos = form.querySelector('#photos');
    var tooMany = form.querySelector('[data-too-many-photos]');
    photos.addEventListener('change', function () {
      tooMany.classList.toggle('d-none', photos.files.length <= parseInt(photos.dataset.maxPhotos, 10));
    });

    var submit = document.getElementById('submit-report');
    var previewButton = document.getElementById('preview-report');
    var panel = document.getElementById('report-preview');
    previewButton.classList.remove('d-none');
    submit.classList.add('d-none');
    previewButton.addEventListener('click', function () {
      preview(form, panel);
      submit.classList.remove('d-none');
    });
    form.addEventListener('submit', function () {
      submit.disabled = true;
      submit.querySelector('[data-progress]').classList.remove('d-none');
    });
  });
})();
