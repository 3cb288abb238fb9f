/*
 * Samspil on every page: starts DKFDS's own components (error summary, accordions, responsive tables,
 * the mobile menu) and adds what DKFDS leaves to the page. No inline script: the CSP forbids it.
 *
 * - A table the server did not make responsive becomes cards on narrow screens (DKFDS writes each
 *   cell's data-title from the table's header), unless it sits in a scroll container of its own.
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

  var summary = document.querySelector('[data-module="error-summary"]');
  if (summary && summary.dataset.titlePrefix) {
    document.title = summary.dataset.titlePrefix + ' ' + document.title;
  }

  if (typeof DKFDS !== 'undefined') {
    DKFDS.init();
  }
})();
