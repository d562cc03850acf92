// Parley's only script: CSRF for htmx requests, the running clock of the session console,
// the phone menu, and a confirmation for actions that cannot be undone. Pages work without it.
(function () {
  'use strict';

  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function pad(n) { return n < 10 ? '0' + n : '' + n; }

  function tick() {
    document.querySelectorAll('[data-running-since]').forEach(function (clock) {
      var since = Date.parse(clock.getAttribute('data-running-since'));
      var offset = Number(clock.getAttribute('data-server-offset-ms') || 0);
      if (isNaN(since)) { return; }
      var seconds = Math.max(0, Math.floor((Date.now() + offset - since) / 1000));
      var text = Math.floor(seconds / 3600) + ':' + pad(Math.floor(seconds / 60) % 60) + ':' + pad(seconds % 60);
      var target = clock.querySelector('.elapsed');
      if (target && target.textContent !== text) { target.textContent = text; }
    });
  }

  function markServerOffset(root) {
    (root || document).querySelectorAll('[data-server-now]').forEach(function (clock) {
      var serverNow = Date.parse(clock.getAttribute('data-server-now'));
      if (!isNaN(serverNow)) { clock.setAttribute('data-server-offset-ms', String(serverNow - Date.now())); }
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // The header's menu on a phone: folded until the button opens it; Escape closes it.
  function setUpMenu() {
    var button = document.querySelector('.menu-button');
    var menu = document.getElementById('site-menu');
    if (!button || !menu) { return; }
    document.documentElement.classList.add('js');
    button.hidden = false;
    menu.classList.add('folded');
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', open ? 'false' : 'true');
      menu.classList.toggle('folded', open);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        button.setAttribute('aria-expanded', 'false');
        menu.classList.add('folded');
        button.focus();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () { setUpMenu(); markServerOffset(document); tick(); });
  document.addEventListener('htmx:afterSwap', function (event) { markServerOffset(event.target); tick(); });
  setInterval(tick, 1000);
}());
