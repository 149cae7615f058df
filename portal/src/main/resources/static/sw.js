// The Vmeste service worker: keeps the app shell (styles, scripts, icons, the offline page) on
// the phone, answers pages from the network first and falls back to the copy kept of a public
// page or to the offline page, sends reports written offline (Background Sync) and shows push
// notifications. Only pages the portal marks "Vmeste-Offline: public" (what a visitor sees) are
// ever kept: a signed-in person's pages, personal and staff pages never are.
'use strict';

importScripts('/js/outbox.js');

var VERSION = 'vmeste-v2';
var SHELL = VERSION + '-shell';
var PAGES = VERSION + '-pages';
var DATA = VERSION + '-data';
var MAX_PAGES = 40;

// besides these, whatever the offline page links to (the versioned WebJar addresses among them)
var SHELL_FILES = [
  '/css/reports.css', '/css/works.css', '/css/objects.css', '/css/voting.css',
  '/js/outbox.js', '/js/point-picker.js', '/js/report-form.js', '/js/appeals-map.js', '/js/works-map.js',
  '/js/object-map.js', '/img/icon-192.png', '/img/icon-512.png', '/img/icon-maskable-512.png'
];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    // the offline page as a visitor sees it: never a signed-in person's header
    var offline = fetch('/offline', { credentials: 'omit' }).then(function (response) {
      return Promise.all([cache.put('/offline', response.clone()), response.text()]);
    }).then(function (done) {
      // addAll refuses a list with the same address twice (the logo is linked twice, for instance)
      var linked = [];
      var pattern = /(?:href|src)="(\/(?:css|js|img|webjars)\/[^"]+)"/g;
      var match;
      while ((match = pattern.exec(done[1])) !== null) {
        var path = match[1].replace(/&amp;/g, '&');
        if (linked.indexOf(path) < 0 && SHELL_FILES.indexOf(path) < 0) {
          linked.push(path);
        }
      }
      return cache.addAll(linked);
    });
    return Promise.all([cache.addAll(SHELL_FILES), offline]);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf(VERSION) !== 0; })
      .map(function (name) { return caches['delete'](name); }));
  }).then(function () { return self.clients.claim(); }));
});

function keepPage(request, response) {
  if (response.ok && response.headers.get('Vmeste-Offline') === 'public'
      && (response.headers.get('Content-Type') || '').indexOf('text/html') === 0) {
    var copy = response.clone();
    caches.open(PAGES).then(function (cache) {
      return cache.put(request.url, copy).then(function () { return cache.keys(); });
    }).then(function (keys) {
      if (keys && keys.length > MAX_PAGES) {
        return caches.open(PAGES).then(function (cache) { return cache['delete'](keys[0]); });
      }
    });
  }
  return response;
}

function page(request) {
  return fetch(request).then(function (response) {
    return keepPage(request, response);
  }, function () {
    return caches.open(PAGES).then(function (cache) { return cache.match(request.url); }).then(function (kept) {
      return kept || caches.match('/offline');
    });
  });
}

// Styles, scripts and icons: the kept copy at once, refreshed in the background.
function shellFile(request) {
  return caches.open(SHELL).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (kept) {
      var fresh = fetch(request).then(function (response) {
        if (response.ok) {
          cache.put(request, response.clone());
        }
        return response;
      });
      return kept || fresh;
    });
  });
}

// Public map context (district outlines): the network first, the last copy offline.
function mapData(request) {
  return fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(DATA).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }, function () {
    return caches.open(DATA).then(function (cache) { return cache.match(request); }).then(function (kept) {
      return kept || Response.error();
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (/^\/(css|js|img|webjars)\//.test(url.pathname)) {
    event.respondWith(shellFile(request));
  } else if (url.pathname === '/api/v1/districts') {
    event.respondWith(mapData(request));
  }
});

function tellPages(message) {
  return self.clients.matchAll({ type: 'window' }).then(function (pages) {
    pages.forEach(function (client) { client.postMessage(message); });
  });
}

self.addEventListener('sync', function (event) {
  if (event.tag === 'vmeste-outbox') {
    event.waitUntil(VmesteOutbox.flush().then(function (outcomes) {
      return tellPages({ type: 'outbox', outcomes: outcomes });
    }));
  }
});

self.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'flush') {
    event.waitUntil(VmesteOutbox.flush().then(function (outcomes) {
      return tellPages({ type: 'outbox', outcomes: outcomes });
    }));
  }
});

self.addEventListener('push', function (event) {
  var data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (notJson) {
    data = { title: event.data ? event.data.text() : 'Vmeste' };
  }
  event.waitUntil(self.registration.showNotification(data.title || 'Vmeste', {
    body: data.body || '', icon: '/img/icon-192.png', badge: '/img/icon-192.png', tag: data.tag,
    data: { url: data.url || '/' }, lang: data.lang
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var target = event.notification.data && event.notification.data.url ? event.notification.data.url : '/';
  event.waitUntil(self.clients.matchAll({ type: 'window' }).then(function (pages) {
    for (var i = 0; i < pages.length; i++) {
      if (new URL(pages[i].url).pathname === target && 'focus' in pages[i]) {
        return pages[i].focus();
      }
    }
    return self.clients.openWindow(target);
  }));
});
