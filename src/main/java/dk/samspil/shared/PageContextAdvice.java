package dk.samspil.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link PageContext} into every page's model. */
@ControllerAdvice
class PageContextAdvice {

  private final MessageSource messages;
  private final MapProperties map;
  private final String municipalityName;
  private final List<FooterNote> footerNotes;
  private final List<FooterLinks> footerLinks;

  PageContextAdvice(
      MessageSource messages,
      MapProperties map,
      @Value("${samspil.municipality.name}") String municipalityName,
      List<FooterNote> footerNotes,
      List<FooterLinks> footerLinks) {
    this.messages = messages;
    this.map = map;
    this.municipalityName = municipalityName;
    this.footerNotes = footerNotes;
    this.footerLinks = footerLinks;
  }

  @ModelAttribute("ctx")
  PageContext pageContext(HttpServletRequest request) {
    Object errorUri = request.getAttribute("jakarta.servlet.error.request_uri");
    String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
    if (DatabaseOutage.during(request)) {
      // the sign-in and the form token live in the session, in the database: show neither
      return new PageContext(
          messages,
          LocaleContextHolder.getLocale(),
          path,
          map,
          municipalityName,
          null,
          null,
          List.of(),
          footerLinks.stream().flatMap(module -> module.links().stream()).toList());
    }
    PageContext context =
        new PageContext(
            messages,
            LocaleContextHolder.getLocale(),
            path,
            map,
            municipalityName,
            SecurityContextHolder.getContext().getAuthentication(),
            (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
            footerNotes.stream().filter(FooterNote::shown).map(FooterNote::messageKey).toList(),
            footerLinks.stream().flatMap(module -> module.links().stream()).toList());
    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
    if (flash != null && flash.get(Confirmation.ATTRIBUTE) instanceof Confirmation confirmation) {
      context.confirm(confirmation);
    } else if (request.getParameter("logget-ud") != null) {
      // signing out ends the session, and its flash map with it
      context.confirm(new Confirmation("layout.loggedout"));
    }
    boolean removedBefore =
        flash != null && Boolean.TRUE.equals(flash.get(ControlCharacterFilter.REMOVED));
    context.noteControlCharactersRemoved(
        () -> removedBefore || ControlCharacterFilter.removedFrom(request));
    return context;
  }
}
