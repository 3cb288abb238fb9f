package dk.samspil.involvement.web.staff;

import java.util.Collection;

/** One choice in a select or a list of checkboxes: the submitted value and what people read. */
public record Option(String value, String label) {

  static Option of(Long id, String label) {
    return new Option(String.valueOf(id), label);
  }

  /** Whether {@code value} is one of the options. */
  static boolean contains(Collection<Option> options, String value) {
    return value != null && options.stream().anyMatch(option -> option.value().equals(value));
  }
}
