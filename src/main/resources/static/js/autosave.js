/*
 * Autosave of a council's shared draft, and the browser's copy of what was typed. The draft form
 * works without JavaScript (the "Gem kladde" button); this file adds:
 *
 * - Autosave: about every ten seconds after a change it posts the text and the draft version to
 *   the form's data-autosave-url, which answers with the new version ({version, savedAt, message})
 *   or 409 when another member saved in between. On a conflict (or any refusal) the form is
 *   submitted the ordinary way, so that the server shows the page with both texts.
 * - A copy in localStorage (data-draft-key: council and process) of every text not yet confirmed
 *   saved, also when the form is submitted. If the session ended, the autosave says so in Danish
 *   with a link to sign in and come back (#logget-ud), and the copy stays; back on the draft, a
 *   copy that differs from the saved draft is offered ("Brug den gemte tekst", #gemt-i-browseren)
 *   and saved when taken. A copy equal to the saved draft is forgotten.
 *
 * No inline script: the page's CSP forbids it.
 */
(function () {
  'use strict';

  var INTERVAL = 10000;

  function storage() {
    try {
      return window.localStorage;
    } catch (unavailable) {
      return null;
    }
  }

  function copyStore(key) {
    var store = storage();
    return {
      read: function () {
        if (!store || !key) {
          return null;
        }
        try {
          var copy = JSON.parse(store.getItem(key));
          return copy && typeof copy.text === 'string' ? copy : null;
        } catch (unreadable) {
          return null;
        }
      },
      write: function (text, version) {
        if (store && key) {
          try {
            store.setItem(key, JSON.stringify({ text: text, version: version }));
          } catch (full) {
            // nothing more can be kept; the server still has the last save
          }
        }
      },
      forget: function () {
        if (store && key) {
          store.removeItem(key);
        }
      }
    };
  }

  /** The confirmation step is only reached after the draft was saved: its copy is not needed. */
  document.querySelectorAll('[data-draft-saved]').forEach(function (element) {
    copyStore(element.dataset.draftSaved).forget();
  });

  function init(form) {
    var url = form.dataset.autosaveUrl;
    var textarea = form.querySelector('textarea[name="tekst"]');
    var version = form.querySelector('input[name="version"]');
    var status = document.getElementById('tekst-status');
    if (!textarea || !version || !status) {
      return;
    }
    var copy = copyStore(form.dataset.draftKey);
    var signedOutBox = document.getElementById('logget-ud');
    var offer = document.getElementById('gemt-i-browseren');
    var csrf = form.querySelector('input[type="hidden"]:not([name="version"])');
    var saved = textarea.value;
    var busy = false;
    var submitting = false;
    var signedOut = false;
    var offerOpen = false;

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

    function keep() {
      if (!offerOpen) {
        copy.write(textarea.value, version.value);
      }
    }

    function sessionEnded() {
      signedOut = true;
      keep();
      show(form.dataset.textSignedOut);
      if (signedOutBox) {
        signedOutBox.setAttribute('role', 'alert');
        signedOutBox.hidden = false;
      }
    }

    function save() {
      if (!url || busy || submitting || signedOut || textarea.value === saved) {
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
          if (
            response.status === 401 ||
            response.status === 403 ||
            response.redirected ||
            type.indexOf('application/json') < 0
          ) {
            // the session or its security token ended: the answer is a refusal or the sign-in page
            sessionEnded();
            return null;
          }
          return response.json().then(function (data) {
            if (response.ok) {
              version.value = data.version;
              saved = sent;
              show(data.message);
              if (textarea.value === saved && !offerOpen) {
                copy.forget();
              }
            } else if (response.status === 409 || response.status === 422) {
              keep();
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

    function offerKeptCopy() {
      var kept = copy.read();
      if (!kept) {
        return;
      }
      if (kept.text === textarea.value || kept.text.trim() === '') {
        copy.forget();
        return;
      }
      if (!offer) {
        return;
      }
      offerOpen = true;
      offer.hidden = false;
      document.getElementById('brug-gemt-tekst').addEventListener('click', function () {
        offerOpen = false;
        offer.hidden = true;
        textarea.value = kept.text;
        if (kept.version !== undefined && kept.version !== null && kept.version !== '') {
          version.value = kept.version;
        }
        show(form.dataset.textKeptUsed);
        textarea.focus();
        if (url) {
          save();
        }
      });
      document.getElementById('kasser-gemt-tekst').addEventListener('click', function () {
        offerOpen = false;
        offer.hidden = true;
        copy.forget();
        textarea.focus();
      });
    }

    offerKeptCopy();
    textarea.addEventListener('input', keep);
    form.addEventListener('submit', function () {
      keep();
      submitting = true;
    });
    if (url) {
      window.setInterval(save, INTERVAL);
    }
    window.addEventListener('pagehide', function () {
      if (textarea.value === saved) {
        return;
      }
      keep();
      if (url && !submitting && !busy && !signedOut && navigator.sendBeacon) {
        navigator.sendBeacon(url, body());
      }
    });
  }

  document.querySelectorAll('form[data-draft-key]').forEach(init);
})();
