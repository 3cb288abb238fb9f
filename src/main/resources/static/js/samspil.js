/*
 * Samspil on every page: starts DKFDS's own components (error summary, accordions, responsive tables,
 * the mobile menu) and adds what DKFDS leaves to the page. No inline script: the CSP forbids it.
 *
 * - A table the server did not make responsive becomes cards on narrow screens (DKFDS writes each
 *   cell's data-title from the table's header), unless it sits in a scroll container of its own.
 * - A file field with data-max-bytes refuses a file over that size as soon as it is chosen, with the
 *   message in data-too-large, so nothing typed in the form is lost to an upload the server refuses.
 * - When a form comes back with errors, DKFDS moves focus to the error summary; the page title then
 *   begins with "Fejl:", so a screen reader says at once that the form was not sent.
 */
(function () {
  'use strict';

  var RESPONSIVE = /table-(sm|md|lg|xl)-responsive-headers|table--responsive-headers/;

  document.querySelectorAll('table.table').forEach(function (table) {
    if (!RESPONSIVE.test(table.className) && !table.closest('.table--responsive-scroll')) {
      table.classList.add('table-md-responsive-headers');
    }
  });

  document.querySelectorAll('input[type="file"][data-max-bytes]').forEach(function (input) {
    var message = document.createElement('span');
    message.className = 'form-error-message';
    message.id = input.id + '-size-error';
    message.setAttribute('aria-live', 'polite');
    message.hidden = true;
    input.parentNode.insertBefore(message, input);
    input.addEventListener('change', function () {
      var max = Number(input.dataset.maxBytes);
      var tooLarge = Array.prototype.some.call(input.files || [], function (file) {
        return file.size > max;
      });
      message.hidden = !tooLarge;
      message.textContent = tooLarge ? input.dataset.tooLarge : '';
      input.closest('.form-group').classList.toggle('form-error', tooLarge);
      if (tooLarge) {
        input.value = '';
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + message.id).trim());
      } else {
        input.removeAttribute('aria-invalid');
      }
    });
  });

  var summary = document.querySelector('[data-module="error-summary"]');
  if (summary && summary.dataset.titlePrefix) {
    document.title = summary.dataset.titlePrefix + ' ' + document.title;
  }

  if (typeof DKFDS !== 'undefined') {
    DKFDS.init();
  }
})();
