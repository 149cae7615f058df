// Reports written without a connection: kept in IndexedDB with their photos and sent when the
// connection returns, by the page or by the service worker (Background Sync), whichever comes
// first. Each report carries an idempotency key made when it was written, so the portal creates
// one appeal however often a send is retried. Runs in pages and in the service worker.
var VmesteOutbox = (function () {
  'use strict';

  var DB = 'vmeste';
  var STORE = 'outbox';
  var DRAFTS = 'drafts';
  var SENDING_GRACE = 60000;
  var APPEAL = /\/appeals\/[0-9a-f-]{36}$/;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: 'key' });
        request.result.createObjectStore(DRAFTS);
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(store, mode);
        var result = work(transaction.objectStore(store));
        transaction.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        transaction.onerror = function () { reject(transaction.error); };
      });
    });
  }

  function all() {
    return run(STORE, 'readonly', function (store) { return store.getAll(); }).then(function (items) { return items || []; });
  }

  function put(item) {
    return run(STORE, 'readwrite', function (store) { store.put(item); });
  }

  function remove(key) {
    return run(STORE, 'readwrite', function (store) { store['delete'](key); });
  }

  function draft(name) {
    return run(DRAFTS, 'readonly', function (store) { return store.get(name); });
  }

  function saveDraft(name, value) {
    return run(DRAFTS, 'readwrite', function (store) { store.put(value, name); });
  }

  function dropDraft(name) {
    return run(DRAFTS, 'readwrite', function (store) { store['delete'](name); });
  }

  function newKey() {
    if (self.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  // A fresh CSRF token of the signed-in session, from the report form itself.
  function token() {
    return fetch('/appeals/new', { credentials: 'same-origin', headers: { Accept: 'text/html' } }).then(function (response) {
      if (!response.ok || response.url.indexOf('/login') >= 0) {
        throw { retry: true, signIn: true };
      }
      return response.text();
    }).then(function (html) {
      var header = /name="_csrf_header"\s+content="([^"]+)"/.exec(html);
      var value = /name="_csrf"\s+content="([^"]+)"/.exec(html);
      if (!header || !value) {
        throw { retry: true, signIn: true };
      }
      return { header: header[1], value: value[1] };
    });
  }

  // Sends one report; resolves with the appeal's address, or rejects with {retry} (later) or {failed} (needs the author).
  function send(item) {
    return token().then(function (csrf) {
      var body = new FormData();
      item.fields.forEach(function (field) { body.append(field[0], field[1]); });
      (item.photos || []).forEach(function (photo) { body.append('photos', photo.blob, photo.name); });
      var headers = { 'Idempotency-Key': item.key, Accept: 'text/html' };
      headers[csrf.header] = csrf.value;
      return fetch('/appeals', { method: 'POST', body: body, headers: headers, credentials: 'same-origin' });
    }).then(function (response) {
      if (response.ok && APPEAL.test(new URL(response.url).pathname)) {
        return new URL(response.url).pathname;
      }
      if (response.ok) {
        // the form came back with its errors: only the author can correct them
        return response.text().then(function (html) { throw { failed: true, html: html }; });
      }
      throw { retry: true, status: response.status };
    }, function (error) {
      if (error && (error.retry || error.failed)) {
        throw error;
      }
      throw { retry: true, offline: true };
    });
  }

  // Sends every waiting report; resolves with what happened to each. The page and the service
  // worker take turns (a Web Lock): sending the same report from both at once would make the
  // server answer twice in one session, and a failure could bring back a report already sent.
  function flush() {
    var locks = self.navigator && self.navigator.locks;
    return locks && locks.request ? locks.request('vmeste-outbox', flushNow) : flushNow();
  }

  function flushNow() {
    return all().then(function (items) {
      var now = Date.now();
      return items.filter(function (item) {
        return item.state === 'waiting' || (item.state === 'sending' && now - item.since > SENDING_GRACE);
      }).reduce(function (chain, item) {
        return chain.then(function (outcomes) {
          item.state = 'sending';
          item.since = Date.now();
          return put(item).then(function () { return send(item); }).then(function (url) {
            return remove(item.key).then(function () {
              outcomes.push({ key: item.key, title: item.title, sent: url });
              return outcomes;
            });
          }, function (error) {
            item.state = error.failed ? 'failed' : 'waiting';
            item.since = Date.now();
            return put(item).then(function () {
              outcomes.push({ key: item.key, title: item.title, failed: !!error.failed, signIn: !!error.signIn });
              return outcomes;
            });
          });
        });
      }, Promise.resolve([]));
    });
  }

  return {
    all: all, put: put, remove: remove, send: send, flush: flush, newKey: newKey,
    draft: draft, saveDraft: saveDraft, dropDraft: dropDraft
  };
})();
