package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.Phase;
import dk.samspil.involvement.ProcessDraft;
import dk.samspil.involvement.ProcessType;
import dk.samspil.shared.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The process form as the employee filled it in, kept as typed (so nothing is lost when it is shown
 * again with errors). Phases come as three parallel lists, one entry per row of the form.
 */
public record ProcessForm(
    String titel,
    String resume,
    String tekst,
    String type,
    Boolean kommuneplan,
    String center,
    String udvalg,
    String kontakt,
    Boolean heleKommunen,
    List<String> omraader,
    List<String> temaer,
    List<String> faseNavn,
    List<String> faseStart,
    List<String> faseSlut,
    String frist) {

  static final int PHASE_ROWS = 4;
  static final int TITLE_MAX = 200;
  static final int SUMMARY_MAX = 1000;
  static final int BODY_MAX = 100_000;
  static final int PHASE_NAME_MAX = 200;

  /** One row of the phases table. {@code number} counts from 1. */
  public record PhaseRow(int number, String name, String start, String end) {

    public String id(String field) {
      return "fase-" + number + "-" + field;
    }

    boolean isEmpty() {
      return InputDates.isBlank(name) && InputDates.isBlank(start) && InputDates.isBlank(end);
    }
  }

  /** A new form: the employee's department, and the employee as the contact. */
  static ProcessForm empty(Long departmentId, Long accountId) {
    return new ProcessForm(
        "",
        "",
        "",
        "",
        false,
        departmentId == null ? "" : departmentId.toString(),
        "",
        accountId == null ? "" : accountId.toString(),
        false,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "");
  }

  /** The form filled in from a draft process, for editing. */
  static ProcessForm of(InvolvementProcess process) {
    List<String> names = new ArrayList<>();
    List<String> starts = new ArrayList<>();
    List<String> ends = new ArrayList<>();
    for (Phase phase : process.getPhases()) {
      names.add(phase.getName());
      starts.add(InputDates.format(phase.getStartsOn()));
      ends.add(InputDates.format(phase.getEndsOn()));
    }
    return new ProcessForm(
        process.getTitle(),
        process.getSummary(),
        process.getBody(),
        process.getType().name(),
        process.isMunicipalPlanHearing(),
        text(process.getDepartmentId()),
        text(process.getCommitteeId()),
        text(process.getContactAccountId()),
        process.isWholeMunicipality(),
        process.getAreaIds().stream().map(String::valueOf).toList(),
        process.getThemeIds().stream().map(String::valueOf).toList(),
        names,
        starts,
        ends,
        InputDates.format(process.getDeadline()));
  }

  private static String text(Long id) {
    return id == null ? "" : id.toString();
  }

  public boolean municipalPlanHearing() {
    return Boolean.TRUE.equals(kommuneplan);
  }

  public boolean wholeMunicipality() {
    return Boolean.TRUE.equals(heleKommunen);
  }

  public boolean isType(ProcessType candidate) {
    return candidate.name().equals(type);
  }

  public boolean isDepartment(Option department) {
    return department.value().equals(center);
  }

  public boolean isCommittee(Option committee) {
    return committee.value().equals(udvalg);
  }

  public boolean isContact(Option contact) {
    return contact.value().equals(kontakt);
  }

  public boolean hasArea(Option area) {
    return omraader != null && omraader.contains(area.value());
  }

  public boolean hasTheme(Option theme) {
    return temaer != null && temaer.contains(theme.value());
  }

  /** The phase rows to show: the filled-in ones, and at least {@link #PHASE_ROWS} rows in all. */
  public List<PhaseRow> phaseRows() {
    int rows =
        Math.max(PHASE_ROWS, Math.max(size(faseNavn), Math.max(size(faseStart), size(faseSlut))));
    List<PhaseRow> list = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      list.add(new PhaseRow(i + 1, at(faseNavn, i), at(faseStart, i), at(faseSlut, i)));
    }
    return list;
  }

  private static int size(List<String> list) {
    return list == null ? 0 : list.size();
  }

  private static String at(List<String> list, int index) {
    return list == null || index >= list.size() || list.get(index) == null ? "" : list.get(index);
  }

  /** What is wrong with the form, in the order of the fields; empty when it can be saved. */
  List<FieldError> validate(LocalDate today, Choices choices) {
    List<FieldError> errors = new ArrayList<>();
    if (InputDates.isBlank(titel)) {
      errors.add(new FieldError("titel", "staff.form.error.title.required"));
    } else if (titel.strip().length() > TITLE_MAX) {
      errors.add(new FieldError("titel", "staff.form.error.too-long", TITLE_MAX));
    }
    if (InputDates.isBlank(resume)) {
      errors.add(new FieldError("resume", "staff.form.error.summary.required"));
    } else if (resume.strip().length() > SUMMARY_MAX) {
      errors.add(new FieldError("resume", "staff.form.error.too-long", SUMMARY_MAX));
    }
    if (tekst != null && tekst.length() > BODY_MAX) {
      errors.add(new FieldError("tekst", "staff.form.error.too-long", BODY_MAX));
    }
    if (choices.types().stream().noneMatch(candidate -> candidate.name().equals(type))) {
      errors.add(new FieldError("type", "staff.form.error.type.required"));
    }
    if (!Option.contains(choices.departments(), center)) {
      errors.add(new FieldError("center", "staff.form.error.department.required"));
    }
    if (!InputDates.isBlank(udvalg) && !Option.contains(choices.committees(), udvalg)) {
      errors.add(new FieldError("udvalg", "staff.form.error.choice"));
    }
    if (!InputDates.isBlank(kontakt) && !Option.contains(choices.contacts(), kontakt)) {
      errors.add(new FieldError("kontakt", "staff.form.error.choice"));
    }
    if (!wholeMunicipality() && (omraader == null || omraader.isEmpty())) {
      errors.add(new FieldError("heleKommunen", "staff.form.error.areas.required"));
    } else if (omraader != null
        && !omraader.stream().allMatch(id -> Option.contains(choices.areas(), id))) {
      errors.add(new FieldError("heleKommunen", "staff.form.error.choice"));
    }
    if (temaer != null && !temaer.stream().allMatch(id -> Option.contains(choices.themes(), id))) {
      String first =
          choices.themes().isEmpty() ? "temaer" : "tema-" + choices.themes().get(0).value();
      errors.add(new FieldError(first, "staff.form.error.choice"));
    }
    for (PhaseRow row : phaseRows()) {
      validatePhase(row, errors);
    }
    LocalDate deadline = InputDates.parse(frist);
    if (InputDates.isBlank(frist)) {
      errors.add(new FieldError("frist", "staff.form.error.deadline.required"));
    } else if (deadline == null) {
      errors.add(new FieldError("frist", "staff.form.error.date"));
    } else if (!deadline.isAfter(today)) {
      errors.add(new FieldError("frist", "staff.form.error.deadline.past"));
    }
    return errors;
  }

  private static void validatePhase(PhaseRow row, List<FieldError> errors) {
    if (row.isEmpty()) {
      return;
    }
    if (InputDates.isBlank(row.name())) {
      errors.add(new FieldError(row.id("navn"), "staff.form.error.phase.name", row.number()));
    } else if (row.name().strip().length() > PHASE_NAME_MAX) {
      errors.add(new FieldError(row.id("navn"), "staff.form.error.too-long", PHASE_NAME_MAX));
    }
    LocalDate start = InputDates.parse(row.start());
    LocalDate end = InputDates.parse(row.end());
    if (InputDates.isBlank(row.start())) {
      errors.add(new FieldError(row.id("start"), "staff.form.error.phase.start", row.number()));
    } else if (start == null) {
      errors.add(new FieldError(row.id("start"), "staff.form.error.date"));
    }
    if (!InputDates.isBlank(row.end()) && end == null) {
      errors.add(new FieldError(row.id("slut"), "staff.form.error.date"));
    } else if (start != null && end != null && end.isBefore(start)) {
      errors.add(new FieldError(row.id("slut"), "process.phase.ends-before-start"));
    }
  }

  /** The draft to save; only for a form without errors. */
  ProcessDraft toDraft() {
    List<Phase> phases = new ArrayList<>();
    for (PhaseRow row : phaseRows()) {
      if (!row.isEmpty()) {
        phases.add(
            new Phase(
                row.name().strip(), InputDates.parse(row.start()), InputDates.parse(row.end())));
      }
    }
    return new ProcessDraft(
        titel.strip(),
        resume.strip(),
        tekst == null ? "" : tekst,
        ProcessType.valueOf(type),
        municipalPlanHearing(),
        Long.valueOf(center),
        InputDates.isBlank(udvalg) ? null : Long.valueOf(udvalg),
        InputDates.isBlank(kontakt) ? null : Long.valueOf(kontakt),
        wholeMunicipality(),
        wholeMunicipality() ? Set.of() : ids(omraader),
        ids(temaer),
        phases,
        InputDates.parse(frist));
  }

  private static Set<Long> ids(List<String> values) {
    Set<Long> ids = new LinkedHashSet<>();
    if (values != null) {
      values.forEach(value -> ids.add(Long.valueOf(value)));
    }
    return ids;
  }
}
