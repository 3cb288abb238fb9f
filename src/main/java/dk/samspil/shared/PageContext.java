package dk.samspil.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;

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

  public PageContext(
      MessageSource messages,
      Locale locale,
      String path,
      MapProperties map,
      String municipalityName) {
    this.messages = messages;
    this.locale = locale;
    this.path = path;
    this.map = map;
    this.municipalityName = municipalityName;
  }

  /** The text for {@code key} in the user's language, with {@code args} filled in. */
  public String t(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  public Locale locale() {
    return locale;
  }

  public String language() {
    return locale.getLanguage();
  }

  public String path() {
    return path;
  }

  /** Whether the navigation item for {@code prefix} is the current section. */
  public boolean isCurrent(String prefix) {
    return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
  }

  public MapProperties map() {
    return map;
  }

  public String municipalityName() {
    return municipalityName;
  }
}
