package dk.samspil.shared;

import java.util.List;

/**
 * Extension point: the paths of a module that people may reach without signing in. Every module
 * with public pages declares them in a bean of its own; the security configuration permits what
 * they list and asks everyone else to sign in, so no module's addresses are listed outside it.
 * Finer rules (a council's members, administrators) stay on the controllers.
 */
public interface PublicPaths {

  /** Patterns of pages and files anyone may read (GET and HEAD), e.g. {@code /lokalraad/**}. */
  List<String> pages();

  /** Patterns of pages whose forms people use before they are signed in, e.g. {@code /login}. */
  default List<String> forms() {
    return List.of();
  }
}
