package dk.samspil.shared;

import java.util.List;

/**
 * An extension point: links a module adds to every page's footer, after the footer's own, e.g. the
 * pages module's "Privatlivspolitik". Beans are asked in their {@code @Order}, on every page.
 */
public interface FooterLinks {

  /** The links, in the order they are shown. */
  List<Link> links();

  /**
   * One link in the footer.
   *
   * @param href where it goes: a path of Samspil or an absolute address
   * @param messageKey the message key of its text
   */
  record Link(String href, String messageKey) {}
}
