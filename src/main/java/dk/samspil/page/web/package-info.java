/**
 * The standing pages as the public reads them, their public paths, and the footer's links to them.
 */
package dk.samspil.page.web;
