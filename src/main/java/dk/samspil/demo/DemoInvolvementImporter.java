package dk.samspil.demo;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.CouncilManagement;
import dk.samspil.involvement.DemonstrationHistory;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.InvolvementManagement;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.Phase;
import dk.samspil.involvement.ProcessDraft;
import dk.samspil.involvement.ProcessType;
import dk.samspil.organisation.Committee;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demonstration's involvement processes and notices ({@code inddragelser.json}), part of the
 * data set {@link DemoDataImporter} loads.
 */
@Component
class DemoInvolvementImporter {

  private static final String FOLDER = "demo/naestved/";

  /** The committees of the reference data set the demonstration builds on. */
  private static final String COMMITTEES = "reference/naestved/organisation.json";

  private final AreaManagement areas;
  private final AccountManagement accounts;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final InvolvementManagement involvement;
  private final DemonstrationHistory history;
  private final JsonMapper json = JsonMapper.builder().build();

  DemoInvolvementImporter(
      AreaManagement areas,
      AccountManagement accounts,
      CouncilManagement councils,
      OrganisationManagement organisation,
      InvolvementManagement involvement,
      DemonstrationHistory history) {
    this.areas = areas;
    this.accounts = accounts;
    this.councils = councils;
    this.organisation = organisation;
    this.involvement = involvement;
    this.history = history;
  }

  /**
   * Involvement processes in every state and a few notices, with dates relative to today so that an
   * open process stays open. Each process is replayed step by step through the involvement module's
   * guarded transitions ({@link DemonstrationHistory}), on the days the data names.
   */
  void importProcessesAndNotices() throws IOException {
    LocalDate today = involvement.today();
    Map<String, LocalDate> committeeStarts = new HashMap<>();
    for (JsonNode committee : readJson(COMMITTEES).path("udvalg")) {
      committeeStarts.put(
          committee.path("navn").asString(), LocalDate.parse(committee.path("fra").asString()));
    }
    JsonNode data = readJson(FOLDER + "inddragelser.json");
    for (JsonNode entry : data.path("processer")) {
      importProcess(entry, today, committeeStarts);
    }
    for (JsonNode entry : data.path("orienteringer")) {
      Set<Long> areaIds = new LinkedHashSet<>();
      entry.path("omraader").forEach(slug -> areaIds.add(areas.area(slug.asString()).getId()));
      Set<Long> councilIds = new LinkedHashSet<>();
      entry
          .path("lokalraad")
          .forEach(slug -> councilIds.add(councils.council(slug.asString()).getId()));
      history.publishNotice(
          entry.path("titel").asString(),
          entry.path("tekst").asString(),
          departmentId(entry.path("center").asString(null)),
          areaIds,
          councilIds,
          accountId("medarbejder@samspil.test"),
          day(today, entry.path("dag")));
    }
  }

  private void importProcess(JsonNode entry, LocalDate today, Map<String, LocalDate> committees) {
    Set<Long> areaIds = new LinkedHashSet<>();
    entry.path("omraader").forEach(slug -> areaIds.add(areas.area(slug.asString()).getId()));
    Set<Long> themeIds = new LinkedHashSet<>();
    entry
        .path("temaer")
        .forEach(
            slug ->
                organisation.themeBySlug(slug.asString()).ifPresent(t -> themeIds.add(t.getId())));
    List<Phase> phases = new ArrayList<>();
    for (JsonNode phase : entry.path("faser")) {
      phases.add(
          new Phase(
              phase.path("navn").asString(),
              day(today, phase.path("fra")),
              phase.hasNonNull("til") ? day(today, phase.path("til")) : null));
    }
    Long by = accountId(entry.path("oprettetAf").asString());
    ProcessDraft draft =
        new ProcessDraft(
            entry.path("titel").asString(),
            entry.path("resume").asString(),
            entry.path("tekst").asString(),
            ProcessType.valueOf(entry.path("type").asString()),
            false,
            departmentId(entry.path("center").asString(null)),
            committeeId(entry.path("udvalg").asString(null), committees),
            by,
            entry.path("helekommunen").asBoolean(false),
            areaIds,
            themeIds,
            phases,
            day(today, entry.path("frist")));
    if (entry.path("offentliggjort").isNull()) {
      involvement.create(draft, by);
      return;
    }
    Set<Long> invited = new LinkedHashSet<>();
    entry.path("inviterede").forEach(slug -> invited.add(councilId(slug.asString())));
    InvolvementProcess process =
        history.publish(draft, by, invited, day(today, entry.path("offentliggjort")));
    Long id = process.getId();
    List<JsonNode> answers = new ArrayList<>();
    entry.path("svar").forEach(answers::add);
    answers.sort(Comparator.comparing(answer -> answer.path("dag").asInt()));
    for (JsonNode answer : answers) {
      Long councilId = councilId(answer.path("lokalraad").asString());
      Long answeredBy = answer.hasNonNull("af") ? accountId(answer.path("af").asString()) : null;
      LocalDate on = day(today, answer.path("dag"));
      switch (answer.path("type").asString()) {
        case "kladde" ->
            history.saveDraft(id, councilId, answer.path("tekst").asString(), answeredBy, on);
        case "bidrag" -> {
          history.contribute(
              id,
              councilId,
              answer.path("tekst").asString(),
              answer.path("offentlig").asBoolean(true),
              answeredBy,
              on);
          JsonNode addendum = answer.path("tillaeg");
          if (addendum.isObject()) {
            history.addAddendum(
                id,
                councilId,
                addendum.path("tekst").asString(),
                answeredBy,
                day(today, addendum.path("dag")));
          }
        }
        case "afslag" ->
            history.decline(
                id, councilId, answer.path("begrundelse").asString(null), answeredBy, on);
        default -> throw new IllegalArgumentException("Unknown answer type " + answer.path("type"));
      }
    }
    if (entry.path("lukketForBidrag").asBoolean(false)) {
      history.closeForContributions(id);
    }
    Long employee = accountId("medarbejder@samspil.test");
    for (JsonNode feedback : entry.path("tilbagemeldinger")) {
      history.giveFeedback(
          id,
          councilId(feedback.path("lokalraad").asString()),
          FeedbackVerdict.valueOf(feedback.path("vurdering").asString()),
          feedback.path("tekst").asString(),
          employee,
          day(today, feedback.path("dag")));
    }
    JsonNode outcome = entry.path("resultat");
    if (outcome.isObject()) {
      history.recordOutcome(
          id,
          outcome.path("tekst").asString(),
          day(today, outcome.path("dato")),
          committeeId(outcome.path("udvalg").asString(null), committees),
          outcome.path("referat").asString(null),
          day(today, outcome.path("dag")));
    }
    if (entry.hasNonNull("afsluttet")) {
      history.close(id, day(today, entry.path("afsluttet")));
    }
  }

  private static LocalDate day(LocalDate today, JsonNode offset) {
    return today.plusDays(offset.asInt());
  }

  private Long accountId(String email) {
    return accounts.accountByEmail(email).map(Account::getId).orElse(null);
  }

  private Long councilId(String slug) {
    return councils.council(slug).getId();
  }

  private Long departmentId(String name) {
    return name == null
        ? null
        : organisation.departmentByName(name).map(Department::getId).orElse(null);
  }

  private Long committeeId(String name, Map<String, LocalDate> starts) {
    if (name == null || !starts.containsKey(name)) {
      return null;
    }
    Committee committee = organisation.ensureCommittee(name, starts.get(name), null);
    return committee.getId();
  }

  private JsonNode readJson(String path) throws IOException {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return json.readTree(in);
    }
  }
}
