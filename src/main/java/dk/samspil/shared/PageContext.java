package dk.samspil.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs besides its own data: texts in the user's language, the current
 * path (for navigation state) and the map settings. Added to every model as {@code ctx}.
 */
public final class PageContext {

  private final MessageSource messages;
  private final Locale locale;
  private final String path;
  private final MapProperties map;
  private final String municipalityName;
  private final Authentication authentication;
  private final CsrfToken csrf;
  private final List<String> footerNotes;
  private final List<FooterLinks.Link> footerLinks;
  private Confirmation confirmation;
  private BooleanSupplier controlCharactersRemoved = () -> false;

  public PageContext(
      MessageSource messages,
      Locale locale,
      String path,
      MapProperties map,
      String municipalityName,
      Authentication authentication,
      CsrfToken csrf,
      List<String> footerNotes,
      List<FooterLinks.Link> footerLinks) {
    this.messages = messages;
    this.locale = locale;
    this.path = path;
    this.map = map;
    this.municipalityName = municipalityName;
    this.authentication = authentication;
    this.csrf = csrf;
    this.footerNotes = List.copyOf(footerNotes);
    this.footerLinks = List.copyOf(footerLinks);
  }

  /** The message keys of the footer's notes that apply (see {@link FooterNote}). */
  public List<String> footerNotes() {
    return footerNotes;
  }

  /** The links the modules add to the footer (see {@link FooterLinks}). */
  public List<FooterLinks.Link> footerLinks() {
    return footerLinks;
  }

  /** What was just done, to show at the top of the page, or null (see {@link Forms#confirm}). */
  public Confirmation confirmation() {
    return confirmation;
  }

  /**
   * Whether invisible control characters were removed from what the person sent (in this request,
   * or the one that redirected here): the page says so, so nothing changes unnoticed.
   */
  public boolean controlCharactersRemoved() {
    return controlCharactersRemoved.getAsBoolean();
  }

  /** Asked when the page is rendered, after the form's fields have been read. */
  void noteControlCharactersRemoved(BooleanSupplier removed) {
    this.controlCharactersRemoved = removed;
  }

  /** Shows a confirmation at the top of the page, e.g. after signing out. */
  public void confirm(Confirmation confirmation) {
    this.confirmation = confirmation;
  }

  /** Whether someone is signed in. */
  public boolean signedIn() {
    return authentication != null && authentication.getPrincipal() instanceof SamspilPrincipal;
  }

  /** The signed-in person's name, or null. */
  public String userName() {
    return signedIn() ? ((SamspilPrincipal) authentication.getPrincipal()).displayName() : null;
  }

  /** Whether the signed-in person has the role, e.g. {@code ADMINISTRATOR}. */
  public boolean hasRole(String role) {
    return signedIn()
        && authentication.getAuthorities().stream()
            .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
  }

  /** The CSRF token every form must carry; null only where CSRF does not apply. */
  public CsrfToken csrf() {
    return csrf;
  }

  /** The text for {@code key} in the user's language, with {@code args} filled in. */
  public String t(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /**
   * The message, or {@code fallback} if the bundles have none: for labels of open-ended values
   * (e.g. the audit log's kinds of change), where a missing label must not break the page.
   */
  public String tOr(String key, String fallback) {
    return messages.getMessage(key, null, fallback, locale);
  }

  /** A form error (or any resolvable message) in the user's language. */
  public String message(MessageSourceResolvable message) {
    return messages.getMessage(message, locale);
  }

  public Locale locale() {
    return locale;
  }

  public String language() {
    return locale.getLanguage();
  }

  /**
   * The {@code lang} attribute for data kept only in Danish (names, profiles, the texts people
   * wrote): {@code "da"} when the interface is in another language, otherwise null, which jte
   * leaves out, as the page is Danish already.
   */
  public String danishData() {
    return "da".equals(language()) ? null : "da";
  }

  public String path() {
    return path;
  }

  /** The sign-in link, which brings the person back to this page afterwards. */
  public String signInHref() {
    if (path == null
        || path.equals("/")
        || path.startsWith("/login")
        || path.startsWith("/error")) {
      return "/login";
    }
    return "/login?fortsaet=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  /**
   * Whether the navigation item for {@code prefix} is the current section: the page itself or one
   * below it ({@code /kontakt} is not current on {@code /kontaktperson}).
   */
  public boolean isCurrent(String prefix) {
    return "/".equals(prefix)
        ? "/".equals(path)
        : path.equals(prefix) || path.startsWith(prefix + "/");
  }

  public MapProperties map() {
    return map;
  }

  public String municipalityName() {
    return municipalityName;
  }
}
