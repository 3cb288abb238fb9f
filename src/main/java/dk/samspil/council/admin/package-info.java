/**
 * The administration of areas, councils and contact persons. It lives in the council module, like
 * the public directory, because its pages show areas together with their councils.
 */
package dk.samspil.council.admin;
