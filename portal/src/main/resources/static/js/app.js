// The portal as an app on the phone: registers the service worker, shows reports that wait for
// the connection at the top of every page of their author, and sends them when the connection
// returns (on this page's "online", on the next visit, or by the service worker's Background Sync).
var VmesteApp = (function () {
  'use strict';

  var texts = {};

  function text(name, value) {
    var template = texts[name] || '';
    return value === undefined ? template : template.replace('{0}', value);
  }

  function panel() {
    var existing = document.getElementById('outbox-panel');
    if (existing) {
      return existing;
    }
    var main = document.querySelector('main .container') || document.querySelector('main');
    if (!main) {
      return null;
    }
    var box = document.createElement('div');
    box.id = 'outbox-panel';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    box.setAttribute('data-outbox', '');
    main.insertBefore(box, main.firstChild);
    return box;
  }

  // Shows the reports still waiting (or refused), and what was sent (those notices stay: the page
  // and the service worker each report what they sent, in either order).
  function render(outcomes) {
    if (typeof VmesteOutbox === 'undefined' || !window.indexedDB) {
      return Promise.resolve();
    }
    return VmesteOutbox.all().then(function (items) {
      var box = panel();
      if (!box) {
        return;
      }
      var sentList = box.querySelector('[data-outbox-sent-list]');
      var waitingList = box.querySelector('[data-outbox-waiting-list]');
      if (!sentList) {
        sentList = document.createElement('div');
        sentList.setAttribute('data-outbox-sent-list', '');
        waitingList = document.createElement('div');
        waitingList.setAttribute('data-outbox-waiting-list', '');
        box.appendChild(sentList);
        box.appendChild(waitingList);
      }
      (outcomes || []).filter(function (outcome) { return outcome.sent; }).forEach(function (outcome) {
        if (sentList.querySelector('[data-outbox-sent="' + outcome.sent + '"]')) {
          return;
        }
        var sent = document.createElement('div');
        sent.className = 'alert alert-success';
        var link = document.createElement('a');
        link.href = outcome.sent;
        link.textContent = text('sent');
        link.setAttribute('data-outbox-sent', outcome.sent);
        sent.appendChild(link);
        sentList.appendChild(sent);
      });
      waitingList.replaceChildren();
      items.forEach(function (item) {
        var row = document.createElement('div');
        row.className = 'alert alert-warning outbox-item';
        row.setAttribute('data-outbox-item', item.state);
        var title = document.createElement('strong');
        title.textContent = text('title') + ': ';
        row.appendChild(title);
        row.appendChild(document.createTextNode(item.state === 'failed' ? text('failed', item.title) : text('waiting', item.title)));
        waitingList.appendChild(row);
      });
    });
  }

  var flushing = null;

  // Sends what waits, once at a time; the page tells the service worker when it has none.
  function flush() {
    if (document.body.dataset.signedIn !== 'true' || typeof VmesteOutbox === 'undefined' || !window.indexedDB) {
      return Promise.resolve([]);
    }
    if (!flushing) {
      flushing = VmesteOutbox.flush().then(function (outcomes) {
        flushing = null;
        return render(outcomes).then(function () {
          document.dispatchEvent(new CustomEvent('vmeste:outbox', { detail: outcomes }));
          return outcomes;
        });
      }, function () {
        flushing = null;
        return [];
      });
    }
    return flushing;
  }

  // Asks for a Background Sync (the service worker sends even if this page is closed).
  function requestSync() {
    if ('serviceWorker' in navigator) {
      return navigator.serviceWorker.ready.then(function (registration) {
        return registration.sync ? registration.sync.register('vmeste-outbox') : undefined;
      })['catch'](function () { /* no Background Sync: the next visit or "online" sends */ });
    }
    return Promise.resolve();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var source = document.getElementById('vm-app-texts');
    texts = source ? source.dataset : {};
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(function () {
        document.documentElement.setAttribute('data-service-worker', 'registered');
      })['catch'](function () { /* the portal works without it */ });
      navigator.serviceWorker.addEventListener('message', function (event) {
        if (event.data && event.data.type === 'outbox') {
          render(event.data.outcomes);
          document.dispatchEvent(new CustomEvent('vmeste:outbox', { detail: event.data.outcomes }));
        }
      });
    }
    var retry = document.querySelector('[data-retry]');
    if (retry) {
      retry.addEventListener('click', function (event) {
        event.preventDefault();
        window.location.reload();
      });
    }
    window.addEventListener('online', flush);
    if (navigator.onLine) {
      flush();
    } else {
      render();
    }
  });

  return { flush: flush, render: render, requestSync: requestSync, text: text };
})();
