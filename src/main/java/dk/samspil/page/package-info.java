/**
 * Standing pages (faste sider): the public texts about the cooperation, accessibility and privacy,
 * which the administrator writes in Markdown; linked from every page's footer.
 */
@ApplicationModule(displayName = "Faste sider")
package dk.samspil.page;

import org.springframework.modulith.ApplicationModule;
