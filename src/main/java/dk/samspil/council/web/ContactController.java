package dk.samspil.council.web;

import dk.samspil.organisation.ContactPerson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The contact directory (annex 2 of the agreement), as a page and as CSV. */
@Controller
class ContactController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final Directory directory;
  private final MessageSource messages;

  ContactController(Directory directory, MessageSource messages) {
    this.directory = directory;
    this.messages = messages;
  }

  @GetMapping("/kontakt")
  String contacts(Model model) {
    List<AreaListing> listings = directory.listings();
    model.addAttribute(
        "page",
        new Pages.Contacts(
            directory.councilListings(listings),
            listings.stream().filter(l -> !l.hasCouncil()).toList()));
    return "council/contact";
  }

  /**
   * Every area, one row each, with its council's contact data and the contact person. Semicolons
   * and a byte-order mark, so that a Danish spreadsheet opens it correctly.
   */
  @GetMapping("/kontakt.csv")
  ResponseEntity<String> csv() {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(
        row(
            text("contact.csv.area"),
            text("contact.csv.council"),
            text("contact.csv.status"),
            text("contact.csv.email"),
            text("contact.csv.website"),
            text("contact.csv.contactperson"),
            text("contact.csv.contactperson.title"),
            text("contact.csv.contactperson.email"),
            text("contact.csv.contactperson.phone")));
    for (AreaListing listing : directory.listings()) {
      var council = listing.council();
      ContactPerson person = listing.contactPerson();
      csv.append(
          row(
              listing.area().getName(),
              council == null ? "" : council.getName(),
              council == null ? "" : text(council.getStatus().messageKey()),
              council == null ? "" : council.getPublicEmail(),
              council == null ? "" : council.getWebsite(),
              person == null ? "" : person.getName(),
              person == null ? "" : person.getTitle(),
              person == null ? "" : person.getEmail(),
              person == null ? "" : person.getPhone()));
    }
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(text("contact.csv.filename"), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(csv.toString());
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  /** One CSV line; every field quoted, quotes doubled, formula characters neutralised. */
  static String row(String... fields) {
    return Stream.of(fields).map(ContactController::field).collect(Collectors.joining(";"))
        + "\r\n";
  }

  private static String field(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
