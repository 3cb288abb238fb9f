package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.Phase;
import dk.samspil.involvement.ProcessDraft;
import dk.samspil.involvement.ProcessType;
import dk.samspil.shared.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;

/**
 * The process form as the employee filled it in, kept as typed (so nothing is lost when it is shown
 * again with errors). Phases come as three parallel lists, one entry per row of the form. Bean
 * Validation checks each field; {@link #check} what needs the offered choices and today.
 */
@AreasOrWholeMunicipality
public record ProcessForm(
    @NotBlank(message = "{staff.form.error.title.required}")
        @Size(max = TITLE_MAX, message = "{staff.form.error.too-long}")
        String titel,
    @NotBlank(message = "{staff.form.error.summary.required}")
        @Size(max = SUMMARY_MAX, message = "{staff.form.error.too-long}")
        String resume,
    @Size(max = BODY_MAX, message = "{staff.form.error.too-long}") String tekst,
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
    @NotBlank(message = "{staff.form.error.deadline.required}") @InputDate String frist) {

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

  /**
   * The rules Bean Validation cannot check on its own: that every choice is one the form offered,
   * that each filled-in phase row is whole, and that the deadline lies after today. Adds their
   * errors to {@code result}, in the order of the fields.
   */
  void check(BindingResult result, LocalDate today, Choices choices) {
    if (choices.types().stream().noneMatch(candidate -> candidate.name().equals(type))) {
      Forms.rejectField(result, "type", "staff.form.error.type.required");
    }
    if (!Option.contains(choices.departments(), center)) {
      Forms.rejectField(result, "center", "staff.form.error.department.required");
    }
    if (!InputDates.isBlank(udvalg) && !Option.contains(choices.committees(), udvalg)) {
      Forms.rejectField(result, "udvalg", "staff.form.error.choice");
    }
    if (!InputDates.isBlank(kontakt) && !Option.contains(choices.contacts(), kontakt)) {
      Forms.rejectField(result, "kontakt", "staff.form.error.choice");
    }
    if (!wholeMunicipality()
        && omraader != null
        && !omraader.stream().allMatch(id -> Option.contains(choices.areas(), id))) {
      Forms.rejectField(result, "heleKommunen", "staff.form.error.choice");
    }
    if (temaer != null && !temaer.stream().allMatch(id -> Option.contains(choices.themes(), id))) {
      String first =
          choices.themes().isEmpty() ? "temaer" : "tema-" + choices.themes().get(0).value();
      Forms.rejectField(result, first, "staff.form.error.choice");
    }
    for (PhaseRow row : phaseRows()) {
      checkPhase(row, result);
    }
    LocalDate deadline = InputDates.parse(frist);
    if (deadline != null && !deadline.isAfter(today)) {
      Forms.rejectField(result, "frist", "staff.form.error.deadline.past");
    }
  }

  /** A phase row is either empty or has a name, a start and an end that is not before it. */
  private static void checkPhase(PhaseRow row, BindingResult result) {
    if (row.isEmpty()) {
      return;
    }
    if (InputDates.isBlank(row.name())) {
      Forms.rejectField(result, row.id("navn"), "staff.form.error.phase.name", row.number());
    } else if (row.name().strip().length() > PHASE_NAME_MAX) {
      Forms.rejectField(result, row.id("navn"), "staff.form.error.phase.too-long", PHASE_NAME_MAX);
    }
    LocalDate start = InputDates.parse(row.start());
    LocalDate end = InputDates.parse(row.end());
    if (InputDates.isBlank(row.start())) {
      Forms.rejectField(result, row.id("start"), "staff.form.error.phase.start", row.number());
    } else if (start == null) {
      Forms.rejectField(result, row.id("start"), "staff.form.error.date");
    }
    if (!InputDates.isBlank(row.end()) && end == null) {
      Forms.rejectField(result, row.id("slut"), "staff.form.error.date");
    } else if (start != null && end != null && end.isBefore(start)) {
      Forms.rejectField(result, row.id("slut"), "process.phase.ends-before-start");
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
