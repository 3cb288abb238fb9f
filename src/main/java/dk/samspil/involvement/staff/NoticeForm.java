package dk.samspil.involvement.staff;

import dk.samspil.shared.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A notice (orientering) as typed: title, text, department, and the areas and councils told. */
public record NoticeForm(
    String titel, String tekst, String center, List<String> omraader, List<String> raad) {

  static final int TITLE_MAX = 200;

  static NoticeForm empty(Long departmentId) {
    return new NoticeForm(
        "", "", departmentId == null ? "" : departmentId.toString(), List.of(), List.of());
  }

  public boolean isDepartment(Option department) {
    return department.value().equals(center);
  }

  public boolean hasArea(Option area) {
    return omraader != null && omraader.contains(area.value());
  }

  public boolean hasCouncil(Option council) {
    return raad != null && raad.contains(council.value());
  }

  List<FieldError> validate(List<Option> departments, List<Option> areas, List<Option> councils) {
    List<FieldError> errors = new ArrayList<>();
    if (InputDates.isBlank(titel)) {
      errors.add(new FieldError("titel", "staff.form.error.title.required"));
    } else if (titel.strip().length() > TITLE_MAX) {
      errors.add(new FieldError("titel", "staff.form.error.too-long", TITLE_MAX));
    }
    if (InputDates.isBlank(tekst)) {
      errors.add(new FieldError("tekst", "staff.notice.error.text"));
    }
    if (!Option.contains(departments, center)) {
      errors.add(new FieldError("center", "staff.form.error.department.required"));
    }
    boolean noAreas = omraader == null || omraader.isEmpty();
    boolean noCouncils = raad == null || raad.isEmpty();
    String firstArea = areas.isEmpty() ? "omraader" : "omraade-" + areas.get(0).value();
    if (noAreas && noCouncils) {
      errors.add(new FieldError(firstArea, "staff.notice.error.recipients"));
    } else if ((!noAreas && !omraader.stream().allMatch(id -> Option.contains(areas, id)))
        || (!noCouncils && !raad.stream().allMatch(id -> Option.contains(councils, id)))) {
      errors.add(new FieldError(firstArea, "staff.form.error.choice"));
    }
    return errors;
  }

  Set<Long> areaIds() {
    return ids(omraader);
  }

  Set<Long> councilIds() {
    return ids(raad);
  }

  private static Set<Long> ids(List<String> values) {
    Set<Long> ids = new LinkedHashSet<>();
    if (values != null) {
      values.forEach(value -> ids.add(Long.valueOf(value)));
    }
    return ids;
  }
}
