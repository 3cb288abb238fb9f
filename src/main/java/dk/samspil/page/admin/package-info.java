/** The administration of the standing pages ({@code /admin/sider}): their title and text. */
package dk.samspil.page.admin;
