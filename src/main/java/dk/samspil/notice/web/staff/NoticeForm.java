package dk.samspil.notice.web.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A notice (orientering) as typed: title, text, department, the areas and councils told, and its
 * themes. Which department, areas, councils and themes may be chosen is checked by the controller
 * against what the form offers.
 */
public record NoticeForm(
    @NotBlank(message = "{notice.error.title}") @Size(max = 200) String titel,
    @NotBlank(message = "{notice.error.text}") String tekst,
    String center,
    List<String> omraader,
    List<String> raad,
    List<String> temaer) {

  static NoticeForm empty(Long departmentId) {
    return new NoticeForm(
        "",
        "",
        departmentId == null ? "" : departmentId.toString(),
        List.of(),
        List.of(),
        List.of());
  }

  public boolean isDepartment(NoticeFormPage.Option department) {
    return department.value().equals(center);
  }

  public boolean hasArea(NoticeFormPage.Option area) {
    return omraader != null && omraader.contains(area.value());
  }

  public boolean hasCouncil(NoticeFormPage.Option council) {
    return raad != null && raad.contains(council.value());
  }

  public boolean hasTheme(NoticeFormPage.Option theme) {
    return temaer != null && temaer.contains(theme.value());
  }

  boolean hasRecipients() {
    return (omraader != null && !omraader.isEmpty()) || (raad != null && !raad.isEmpty());
  }

  Set<Long> areaIds() {
    return ids(omraader);
  }

  Set<Long> councilIds() {
    return ids(raad);
  }

  Set<Long> themeIds() {
    return ids(temaer);
  }

  private static Set<Long> ids(List<String> values) {
    Set<Long> ids = new LinkedHashSet<>();
    if (values != null) {
      values.forEach(value -> ids.add(Long.valueOf(value)));
    }
    return ids;
  }
}
