// Web Push on this device: subscribes the browser with the portal's VAPID key and tells the
// portal (turned on per device, beside the mail preferences); turning off unsubscribes both.
(function () {
  'use strict';

  function base64UrlToBytes(text) {
    var padded = (text + '==='.slice((text.length + 3) % 4)).replace(/-/g, '+').replace(/_/g, '/');
    var raw = atob(padded);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      bytes[i] = raw.charCodeAt(i);
    }
    return bytes;
  }

  function csrf() {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    var headers = { 'Content-Type': 'application/json' };
    if (header && token) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function init(box) {
    var status = box.querySelector('[data-push-status]');
    var enable = box.querySelector('[data-push-enable]');
    var disable = box.querySelector('[data-push-disable]');
    if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
      status.textContent = box.dataset.unsupportedText;
      return;
    }

    function show(subscription) {
      enable.classList.toggle('d-none', !!subscription);
      disable.classList.toggle('d-none', !subscription);
      status.textContent = Notification.permission === 'denied' ? box.dataset.deniedText
        : subscription ? box.dataset.enabledText : box.dataset.disabledText;
      box.setAttribute('data-push-state', subscription ? 'on' : 'off');
    }

    navigator.serviceWorker.ready.then(function (registration) {
      registration.pushManager.getSubscription().then(show);
      enable.addEventListener('click', function () {
        fetch('/push/key').then(function (response) { return response.json(); }).then(function (key) {
          return registration.pushManager.subscribe({ userVisibleOnly: true,
            applicationServerKey: base64UrlToBytes(key.publicKey) });
        }).then(function (subscription) {
          return fetch('/push/subscriptions', { method: 'POST', headers: csrf(), credentials: 'same-origin',
            body: JSON.stringify(subscription.toJSON()) }).then(function () { show(subscription); });
        })['catch'](function () { show(null); });
      });
      disable.addEventListener('click', function () {
        registration.pushManager.getSubscription().then(function (subscription) {
          if (!subscription) {
            return show(null);
          }
          return fetch('/push/subscriptions', { method: 'DELETE', headers: csrf(), credentials: 'same-origin',
            body: JSON.stringify({ endpoint: subscription.endpoint }) })
            .then(function () { return subscription.unsubscribe(); })
            .then(function () { show(null); });
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-push]').forEach(init);
  });
})();
