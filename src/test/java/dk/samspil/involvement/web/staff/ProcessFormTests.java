package dk.samspil.involvement.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.involvement.Phase;
import dk.samspil.involvement.ProcessDraft;
import dk.samspil.involvement.ProcessType;
import dk.samspil.shared.FormErrors;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

class ProcessFormTests {

  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  static final Choices CHOICES =
      new Choices(
          List.of(ProcessType.values()),
          List.of(new Option("1", "Center for Plan og Miljø")),
          List.of(new Option("5", "Teknik- og Klimaudvalget")),
          List.of(new Option("7", "Mads")),
          List.of(new Option("10", "Fensmark"), new Option("11", "Herlufsholm")),
          List.of(new Option("20", "Trafik")));

  static ProcessForm valid() {
    return new ProcessForm(
        " Trafikplan for Fensmark ",
        "Hvor skal der være fortov?",
        "# Baggrund\n\nTekst",
        "HOERING",
        true,
        "1",
        "5",
        "7",
        false,
        List.of("10", "11"),
        List.of("20"),
        List.of("Idéfase", "", "Høring", ""),
        List.of("2027-03-01", "", "15.4.2027", ""),
        List.of("2027-03-31", "", "", ""),
        "2027-05-03");
  }

  static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  /** The form's errors as the controller finds them: Bean Validation, then {@code check}. */
  static List<ObjectError> validate(ProcessForm form) {
    BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
    new SpringValidatorAdapter(VALIDATOR).validate(form, result);
    form.check(result, TODAY, CHOICES);
    return FormErrors.of(result).all();
  }

  static List<String> fields(List<ObjectError> errors) {
    return errors.stream().map(error -> ((FieldError) error).getField()).toList();
  }

  /**
   * The message key of each error: a check's own key, or a constraint's message template, which
   * this validator (without the application's bundles) leaves as "{key}".
   */
  static String messageKey(ObjectError error) {
    String template = error.getDefaultMessage();
    return template != null && template.startsWith("{")
        ? template.substring(1, template.length() - 1)
        : error.getCode();
  }

  @Test
  void turnsAValidFormIntoADraftAndSkipsEmptyPhaseRows() {
    ProcessForm form = valid();

    assertThat(validate(form)).isEmpty();
    ProcessDraft draft = form.toDraft();

    assertThat(draft.title()).isEqualTo("Trafikplan for Fensmark");
    assertThat(draft.type()).isEqualTo(ProcessType.HOERING);
    assertThat(draft.municipalPlanHearing()).isTrue();
    assertThat(draft.departmentId()).isEqualTo(1L);
    assertThat(draft.committeeId()).isEqualTo(5L);
    assertThat(draft.contactAccountId()).isEqualTo(7L);
    assertThat(draft.areaIds()).containsExactlyInAnyOrder(10L, 11L);
    assertThat(draft.themeIds()).containsExactly(20L);
    assertThat(draft.phases())
        .extracting(Phase::getName, Phase::getStartsOn, Phase::getEndsOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Idéfase", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)),
            org.assertj.core.groups.Tuple.tuple("Høring", LocalDate.of(2027, 4, 15), null));
    assertThat(draft.deadline()).isEqualTo(LocalDate.of(2027, 5, 3));
  }

  @Test
  void reportsEveryMissingRequiredField() {
    ProcessForm empty = ProcessForm.empty(null, null);

    assertThat(fields(validate(empty)))
        .containsExactly("titel", "resume", "type", "center", "heleKommunen", "frist");
  }

  @Test
  void acceptsTheWholeMunicipalityInsteadOfAreas() {
    ProcessForm form = valid();
    ProcessForm whole =
        new ProcessForm(
            form.titel(),
            form.resume(),
            form.tekst(),
            form.type(),
            false,
            form.center(),
            "",
            "",
            true,
            null,
            null,
            null,
            null,
            null,
            form.frist());

    assertThat(validate(whole)).isEmpty();
    assertThat(whole.toDraft().wholeMunicipality()).isTrue();
    assertThat(whole.toDraft().areaIds()).isEmpty();
  }

  @Test
  void checksEachFilledPhaseRow() {
    ProcessForm form = valid();
    ProcessForm phases =
        new ProcessForm(
            form.titel(),
            form.resume(),
            form.tekst(),
            form.type(),
            false,
            form.center(),
            "",
            "",
            false,
            form.omraader(),
            form.temaer(),
            List.of("Idéfase", "", "Høring", "Beslutning"),
            List.of("", "2027-04-01", "1. april", "2027-06-01"),
            List.of("", "", "", "2027-05-01"),
            form.frist());

    assertThat(fields(validate(phases)))
        .containsExactly("fase-1-start", "fase-2-navn", "fase-3-start", "fase-4-slut");
  }

  @Test
  void refusesADeadlineThatIsNotAfterTodayOrNotADate() {
    ProcessForm form = valid();

    assertThat(validate(withDeadline(form, "2027-03-01")))
        .extracting(ProcessFormTests::messageKey)
        .containsExactly("staff.form.error.deadline.past");
    assertThat(validate(withDeadline(form, "31-02-2027")))
        .extracting(ProcessFormTests::messageKey)
        .containsExactly("staff.form.error.date");
    assertThat(validate(withDeadline(form, "02-03-2027"))).isEmpty();
  }

  @Test
  void refusesChoicesThatAreNotOffered() {
    ProcessForm form = valid();
    ProcessForm forged =
        new ProcessForm(
            form.titel(),
            form.resume(),
            form.tekst(),
            "HEMMELIG",
            false,
            "99",
            "98",
            "97",
            false,
            List.of("10", "x"),
            List.of("96"),
            null,
            null,
            null,
            form.frist());

    assertThat(fields(validate(forged)))
        .containsExactly("type", "center", "udvalg", "kontakt", "heleKommunen", "tema-20");
  }

  @Test
  void showsAtLeastFourPhaseRowsAndKeepsWhatWasTyped() {
    assertThat(ProcessForm.empty(1L, 7L).phaseRows()).hasSize(4);
    assertThat(valid().phaseRows().get(2).start()).isEqualTo("15.4.2027");
  }

  static ProcessForm withDeadline(ProcessForm form, String deadline) {
    return new ProcessForm(
        form.titel(),
        form.resume(),
        form.tekst(),
        form.type(),
        form.kommuneplan(),
        form.center(),
        form.udvalg(),
        form.kontakt(),
        form.heleKommunen(),
        form.omraader(),
        form.temaer(),
        form.faseNavn(),
        form.faseStart(),
        form.faseSlut(),
        deadline);
  }
}
