/*
 * Autosave of a council's shared draft. The draft form works without JavaScript (the "Gem kladde"
 * button); this file only saves it in the background: about every ten seconds after a change it
 * posts the text and the draft version to the form's data-autosave-url, which answers with the new
 * version ({version, savedAt, message}) or 409 when another member saved in between. On a conflict
 * (or any refusal) the form is submitted the ordinary way, so that the server shows the page with
 * both texts and nothing is lost. No inline script: the page's CSP forbids it.
 */
(function () {
  'use strict';

  var INTERVAL = 10000;

  function init(form) {
    var url = form.dataset.autosaveUrl;
    var textarea = form.querySelector('textarea[name="tekst"]');
    var version = form.querySelector('input[name="version"]');
    var status = document.getElementById('tekst-status');
    if (!url || !textarea || !version || !status) {
      return;
    }
    var csrf = form.querySelector('input[type="hidden"]:not([name="version"])');
    var saved = textarea.value;
    var busy = false;
    var submitting = false;

    function body() {
      var data = new URLSearchParams();
      data.append('tekst', textarea.value);
      data.append('version', version.value);
      if (csrf) {
        data.append(csrf.name, csrf.value);
      }
      return data;
    }

    function show(text) {
      status.textContent = text;
    }

    function save() {
      if (busy || submitting || textarea.value === saved) {
        return;
      }
      busy = true;
      var sent = textarea.value;
      fetch(url, {
        method: 'POST',
        body: body(),
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      })
        .then(function (response) {
          var type = response.headers.get('Content-Type') || '';
          if (type.indexOf('application/json') < 0) {
            // signed out (the answer is the sign-in page) or the request was refused
            show(form.dataset.textSignedOut);
            return null;
          }
          return response.json().then(function (data) {
            if (response.ok) {
              version.value = data.version;
              saved = sent;
              show(data.message);
            } else if (response.status === 409 || response.status === 422) {
              submitting = true;
              form.submit();
            } else {
              show(data.message || form.dataset.textFailed);
            }
          });
        })
        .catch(function () {
          show(form.dataset.textFailed);
        })
        .then(function () {
          busy = false;
        });
    }

    form.addEventListener('submit', function () {
      submitting = true;
    });
    window.setInterval(save, INTERVAL);
    window.addEventListener('pagehide', function () {
      if (!submitting && !busy && textarea.value !== saved && navigator.sendBeacon) {
        navigator.sendBeacon(url, body());
      }
    });
  }

  document.querySelectorAll('form[data-autosave-url]').forEach(init);
})();
