package dk.samspil.notice.web.staff;

import dk.samspil.shared.FormErrors;
import java.util.Collection;
import java.util.List;

/** The form for a new notice, with what it offers to choose from. */
public record NoticeFormPage(
    NoticeForm form,
    List<Option> departments,
    List<Option> areas,
    List<Option> councils,
    List<Option> themes,
    FormErrors errors) {

  /** One choice: the submitted value and what people read. */
  public record Option(String value, String label) {

    static Option of(Long id, String label) {
      return new Option(String.valueOf(id), label);
    }

    /** Whether every value is one of the options (no values: yes). */
    static boolean containAll(Collection<Option> options, Collection<String> values) {
      return values == null
          || values.stream()
              .allMatch(value -> options.stream().anyMatch(o -> o.value().equals(value)));
    }
  }

  /** The field the themes' error is shown at: the first theme's checkbox. */
  public String themesField() {
    return themes.isEmpty() ? "temaer" : "tema-" + themes.get(0).value();
  }

  /** The field the recipients' error is shown at: the first area's checkbox. */
  public String recipientsField() {
    return areas.isEmpty() ? "omraader" : "omraade-" + areas.get(0).value();
  }
}
