// The report form on a phone: the draft (text, point, answers and photos) is kept on the device
// as the resident types; photos are made smaller on the phone before they travel; "Submit"
// sends through the outbox with the draft's idempotency key, so without a connection the report
// waits on the device and goes when the connection returns, never twice. Missing fields are
// listed in an error summary that takes the focus. Without JavaScript the form posts as usual.
(function () {
  'use strict';
  var DRAFT = 'report';
  var FIELDS = 'vmeste-report-draft';
  var MAX_SIDE = 1600;
  var QUALITY = 0.85;

  var form;
  var texts;
  var draftKey = null;
  var saving = null;

  function fields() {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name && element.type !== 'file' && element.name !== '_csrf' && element.tagName !== 'BUTTON';
    });
  }

  function photosInput() {
    return form.querySelector('#photos');
  }

  function currentPhotos() {
    var input = photosInput();
    return input && input.files ? Array.prototype.slice.call(input.files) : [];
  }

  function setPhotos(files) {
    var input = photosInput();
    if (!input || !window.DataTransfer) {
      return;
    }
    var transfer = new DataTransfer();
    files.forEach(function (file) { transfer.items.add(file); });
    input.files = transfer.files;
    input.dispatchEvent(new Event('vmeste:files'));
  }

  // A photo at most 1600 px on its longer side, as JPEG: a phone's 5 MB picture becomes a few hundred KB.
  function resize(file) {
    if (!/^image\//.test(file.type) || !window.createImageBitmap) {
      return Promise.resolve(file);
    }
    return createImageBitmap(file, { imageOrientation: 'from-image' }).then(function (bitmap) {
      var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          var smaller = blob ? new File([blob], file.name.replace(/\.[^.]+$/, '') + '.jpg', { type: 'image/jpeg' }) : file;
          smaller.vmesteResized = true;
          resolve(smaller);
        }, 'image/jpeg', QUALITY);
      });
    })['catch'](function () { return file; });
  }

  function say(text) {
    var status = document.getElementById('report-status');
    if (status) {
      status.textContent = text;
    }
  }

  function draftValue() {
    return {
      key: draftKey,
      fields: fields().map(function (element) { return [element.name, element.value]; }),
      photos: currentPhotos().map(function (file) { return { name: file.name, type: file.type, blob: file }; })
    };
  }

  // Fields go to localStorage at once (a reload right after typing keeps them); photos to IndexedDB.
  function save() {
    if (!draftKey) {
      draftKey = VmesteOutbox.newKey();
    }
    var value = draftValue();
    try {
      localStorage.setItem(FIELDS, JSON.stringify({ key: draftKey, fields: value.fields }));
    } catch (full) {
      // a draft is a convenience: without storage the form still works
    }
    clearTimeout(saving);
    saving = setTimeout(function () {
      VmesteOutbox.saveDraft(DRAFT, { key: draftKey, photos: value.photos }).then(function () {
        form.setAttribute('data-draft-saved', String(Date.now()));
        say(texts.draftSaved);
      })['catch'](function () { /* photos stay in the input */ });
    }, 300);
  }

  function forget() {
    try {
      localStorage.removeItem(FIELDS);
    } catch (unavailable) {
      // nothing kept
    }
    return VmesteOutbox.dropDraft(DRAFT);
  }

  function restore() {
    var kept = null;
    try {
      kept = JSON.parse(localStorage.getItem(FIELDS) || 'null');
    } catch (broken) {
      kept = null;
    }
    var values = {};
    if (kept) {
      draftKey = kept.key;
      (kept.fields || []).forEach(function (field) { values[field[0]] = field[1]; });
      fields().forEach(function (element) {
        if (!element.value && values[element.name]) {
          element.value = values[element.name];
          element.dispatchEvent(new Event('input', { bubbles: true }));
          element.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
      // the topic's questions arrive later (htmx): fill them in when they do
      form.addEventListener('htmx:afterSwap', function () {
        fields().forEach(function (element) {
          if (!element.value && values[element.name]) {
            element.value = values[element.name];
          }
        });
      });
      form.setAttribute('data-draft-restored', 'true');
    }
    return VmesteOutbox.draft(DRAFT).then(function (draft) {
      if (draft && draft.key === draftKey && currentPhotos().length === 0 && draft.photos && draft.photos.length) {
        setPhotos(draft.photos.map(function (photo) { return new File([photo.blob], photo.name, { type: photo.type }); }));
      }
    })['catch'](function () { /* no photos kept */ });
  }

  function labelOf(id) {
    var label = form.querySelector('label[for="' + id + '"]') || document.querySelector('[data-point-legend]');
    return label ? label.textContent.trim() : id;
  }

  // What the server would refuse at once, said before sending (and before queueing offline).
  function problems() {
    var found = [];
    [['topicId', 'topicId'], ['text', 'text'], ['lat', 'lat'], ['lon', 'lon']].forEach(function (pair) {
      var element = form.querySelector('#' + pair[0]);
      if (element && !element.value.trim()) {
        found.push({ id: pair[1], text: texts.required.replace('{0}', labelOf(pair[1])) });
      }
    });
    form.querySelectorAll('[required]').forEach(function (element) {
      if (!element.value.trim() && element.id) {
        found.push({ id: element.id, text: texts.required.replace('{0}', labelOf(element.id)) });
      }
    });
    return found;
  }

  function showProblems(found) {
    var old = form.querySelector('[data-error-summary]');
    if (old) {
      old.remove();
    }
    var summary = document.createElement('div');
    summary.className = 'alert alert-danger';
    summary.setAttribute('role', 'alert');
    summary.setAttribute('tabindex', '-1');
    summary.setAttribute('data-error-summary', '');
    var title = document.createElement('h2');
    title.className = 'h6';
    title.textContent = texts.errorsTitle;
    summary.appendChild(title);
    var list = document.createElement('ul');
    list.className = 'mb-0';
    found.forEach(function (problem) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + problem.id;
      link.className = 'alert-link';
      link.textContent = problem.text;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        document.getElementById(problem.id).focus();
      });
      item.appendChild(link);
      list.appendChild(item);
      var field = document.getElementById(problem.id);
      if (field) {
        field.setAttribute('aria-invalid', 'true');
      }
    });
    summary.appendChild(list);
    form.insertBefore(summary, form.firstChild);
    summary.focus();
  }

  function busy(on) {
    var submit = document.getElementById('submit-report');
    submit.disabled = on;
    submit.querySelector('[data-progress]').classList.toggle('d-none', !on);
  }

  function queue(item) {
    item.state = 'waiting';
    item.since = Date.now();
    return VmesteOutbox.put(item).then(forget).then(function () {
      draftKey = null;
      form.reset();
      setPhotos([]);
      busy(false);
      var notice = document.getElementById('report-queued');
      notice.textContent = texts.queued;
      notice.classList.remove('d-none');
      notice.focus();
      VmesteApp.render();
      VmesteApp.requestSync();
    });
  }

  function send(event) {
    if (!window.indexedDB || !window.fetch) {
      return;
    }
    event.preventDefault();
    var found = problems();
    if (found.length) {
      showProblems(found);
      return;
    }
    if (!draftKey) {
      draftKey = VmesteOutbox.newKey();
    }
    var value = draftValue();
    var text = form.querySelector('#text').value.trim();
    var item = { key: draftKey, title: text.length > 60 ? text.slice(0, 60) + '…' : text, fields: value.fields,
      photos: value.photos, createdAt: Date.now(), state: 'sending', since: Date.now() };
    busy(true);
    say(texts.sending);
    if (!navigator.onLine) {
      queue(item);
      return;
    }
    VmesteOutbox.send(item).then(function (url) {
      return forget().then(function () { window.location.assign(url); });
    }, function (error) {
      if (error.failed && error.html) {
        // the portal's own answer with its errors (the draft stays on the device)
        document.open();
        document.write(error.html);
        document.close();
        return;
      }
      return queue(item);
    });
  }

  function preview(panel) {
    // an empty or unfinished form has nothing to preview: say what is missing instead
    var found = problems();
    if (found.length) {
      panel.classList.add('d-none');
      showProblems(found);
      return;
    }
    var old = form.querySelector('[data-error-summary]');
    if (old) {
      old.remove();
    }
    var topic = form.querySelector('#topicId');
    panel.querySelector('[data-preview="topic"]').textContent =
      topic.selectedIndex > 0 ? topic.options[topic.selectedIndex].text : '—';
    panel.querySelector('[data-preview="point"]').textContent =
      form.querySelector('#lat').value + ', ' + form.querySelector('#lon').value + ' ' + form.querySelector('#address').value;
    panel.querySelector('[data-preview="text"]').textContent = form.querySelector('#text').value;
    var photos = panel.querySelector('[data-preview="photos"]');
    photos.replaceChildren();
    currentPhotos().forEach(function (file) {
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
    var source = document.getElementById('vm-app-texts');
    texts = source ? source.dataset : {};
    if (document.querySelector('[data-report-submitted]')) {
      try {
        localStorage.removeItem(FIELDS);
      } catch (unavailable) {
        // nothing kept
      }
      if (window.indexedDB && typeof VmesteOutbox !== 'undefined') {
        VmesteOutbox.dropDraft(DRAFT);
      }
      return;
    }
    form = document.querySelector('[data-report-form]');
    if (!form || !window.indexedDB || typeof VmesteOutbox === 'undefined') {
      return;
    }
    var status = document.createElement('p');
    status.id = 'report-status';
    status.className = 'small text-body-secondary mb-2';
    status.setAttribute('role', 'status');
    form.parentNode.insertBefore(status, form.nextSibling);
    var queued = document.createElement('div');
    queued.id = 'report-queued';
    queued.className = 'alert alert-warning d-none';
    queued.setAttribute('role', 'status');
    queued.setAttribute('tabindex', '-1');
    queued.setAttribute('data-report-queued', '');
    form.parentNode.insertBefore(queued, form);

    restore().then(function () {
      form.addEventListener('input', save);
      form.addEventListener('change', save);
    });

    var photos = photosInput();
    var tooMany = form.querySelector('[data-too-many-photos]');
    var max = parseInt(photos.dataset.maxPhotos, 10);
    // "Take a photo" opens the phone's camera (capture); its pictures join the chosen ones
    var camera = document.createElement('input');
    camera.type = 'file';
    camera.id = 'photo-camera';
    camera.accept = 'image/*';
    camera.setAttribute('capture', 'environment');
    camera.setAttribute('data-camera', '');
    var cameraButton = document.createElement('label');
    cameraButton.className = 'btn btn-outline-primary mt-2';
    cameraButton.htmlFor = camera.id;
    cameraButton.innerHTML = '<i class="bi bi-camera" aria-hidden="true"></i> ';
    cameraButton.appendChild(document.createTextNode(texts.camera));
    camera.className = 'visually-hidden';
    var where = form.querySelector('#photos-hint');
    where.parentNode.insertBefore(camera, where);
    where.parentNode.insertBefore(cameraButton, where);
    camera.addEventListener('change', function () {
      setPhotos(currentPhotos().concat(Array.prototype.slice.call(camera.files)));
      camera.value = '';
      photos.dispatchEvent(new Event('change', { bubbles: true }));
    });
    photos.addEventListener('change', function () {
      var chosen = currentPhotos();
      tooMany.classList.toggle('d-none', chosen.length <= max);
      if (chosen.some(function (file) { return !file.vmesteResized; })) {
        say(texts.resizing);
        form.setAttribute('data-photos-ready', 'false');
        Promise.all(chosen.map(resize)).then(function (smaller) {
          setPhotos(smaller);
          form.setAttribute('data-photos-ready', 'true');
          save();
        });
      } else {
        form.setAttribute('data-photos-ready', 'true');
      }
    });

    var previewButton = document.getElementById('preview-report');
    var panel = document.getElementById('report-preview');
    previewButton.classList.remove('d-none');
    previewButton.addEventListener('click', function () { preview(panel); });
    form.addEventListener('submit', send);
  });
})();
