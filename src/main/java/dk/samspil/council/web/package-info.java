/** The public directory's pages and the open-data API of areas and councils. */
package dk.samspil.council.web;
