package dk.samspil.demo;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.CouncilManagement;
import dk.samspil.involvement.AnswerManagement;
import dk.samspil.involvement.FeedbackManagement;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.Phase;
import dk.samspil.involvement.ProcessDraft;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessType;
import dk.samspil.notice.NoticeManagement;
import dk.samspil.organisation.Committee;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.Act;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  /** The committees of the reference data set the demonstration builds on. */
  private static final String COMMITTEES = "reference/naestved/organisation.json";

  private final AreaManagement areas;
  private final AccountManagement accounts;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final ProcessManagement processes;
  private final ProcessQueries queries;
  private final AnswerManagement answers;
  private final FeedbackManagement feedback;
  private final NoticeManagement notices;
  private final JsonMapper json = JsonMapper.builder().build();

  DemoInvolvementImporter(
      AreaManagement areas,
      AccountManagement accounts,
      CouncilManagement councils,
      OrganisationManagement organisation,
      ProcessManagement processes,
      ProcessQueries queries,
      AnswerManagement answers,
      FeedbackManagement feedback,
      NoticeManagement notices) {
    this.areas = areas;
    this.accounts = accounts;
    this.councils = councils;
    this.organisation = organisation;
    this.processes = processes;
    this.queries = queries;
    this.answers = answers;
    this.feedback = feedback;
    this.notices = notices;
  }

  /**
   * Involvement processes in every state and a few notices, with dates relative to today so that an
   * open process stays open. Each process is replayed step by step through the involvement module's
   * use cases, as {@link Act#replayed replayed} acts on the days the data names: the same guarded
   * transitions as what people do, and events that the mail listeners pass over.
   */
  void importProcessesAndNotices() throws IOException {
    LocalDate today = queries.today();
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
      notices.publish(
          entry.path("titel").asString(),
          entry.path("tekst").asString(),
          departmentId(entry.path("center").asString(null)),
          areaIds,
          councilIds,
          themeIds(entry),
          Act.replayed(
              accountId("medarbejder@samspil.test"), at(day(today, entry.path("dag")), 13)));
    }
  }

  /** The themes an entry names by slug ({@code temaer}). */
  private Set<Long> themeIds(JsonNode entry) {
    Set<Long> themeIds = new LinkedHashSet<>();
    entry
        .path("temaer")
        .forEach(
            slug ->
                organisation.themeBySlug(slug.asString()).ifPresent(t -> themeIds.add(t.getId())));
    return themeIds;
  }

  private void importProcess(JsonNode entry, LocalDate today, Map<String, LocalDate> committees) {
    Set<Long> areaIds = new LinkedHashSet<>();
    entry.path("omraader").forEach(slug -> areaIds.add(areas.area(slug.asString()).getId()));
    Set<Long> themeIds = themeIds(entry);
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
      processes.create(draft, Act.by(by));
      return;
    }
    Set<Long> invited = new LinkedHashSet<>();
    entry.path("inviterede").forEach(slug -> invited.add(councilId(slug.asString())));
    LocalDate published = day(today, entry.path("offentliggjort"));
    InvolvementProcess process = processes.create(draft, Act.replayed(by, at(published, 9)));
    Long id = process.getId();
    processes.publish(id, invited, Act.replayed(by, at(published, 10)));
    List<JsonNode> replies = new ArrayList<>();
    entry.path("svar").forEach(replies::add);
    replies.sort(Comparator.comparing(answer -> answer.path("dag").asInt()));
    for (JsonNode answer : replies) {
      Long councilId = councilId(answer.path("lokalraad").asString());
      Long answeredBy = answer.hasNonNull("af") ? accountId(answer.path("af").asString()) : null;
      LocalDate on = day(today, answer.path("dag"));
      Invitation invitation = queries.invitationFor(id, councilId);
      switch (answer.path("type").asString()) {
        case "kladde" ->
            answers.saveDraft(
                invitation.getId(),
                answer.path("tekst").asString(),
                invitation.getDraftVersion(),
                Act.replayed(answeredBy, at(on, 20)));
        case "bidrag" -> {
          answers.send(
              invitation.getId(),
              answer.path("tekst").asString(),
              invitation.getDraftVersion(),
              answer.path("offentlig").asBoolean(true),
              Act.replayed(answeredBy, at(on, 21)));
          JsonNode addendum = answer.path("tillaeg");
          if (addendum.isObject()) {
            answers.addAddendum(
                invitation.getId(),
                addendum.path("tekst").asString(),
                Act.replayed(answeredBy, at(day(today, addendum.path("dag")), 21)));
          }
        }
        case "afslag" ->
            answers.decline(
                invitation.getId(),
                answer.path("begrundelse").asString(null),
                Act.replayed(answeredBy, at(on, 21)));
        default -> throw new IllegalArgumentException("Unknown answer type " + answer.path("type"));
      }
    }
    if (entry.path("lukketForBidrag").asBoolean(false)) {
      processes.closeForContributions(id);
    }
    Long employee = accountId("medarbejder@samspil.test");
    for (JsonNode given : entry.path("tilbagemeldinger")) {
      Long councilId = councilId(given.path("lokalraad").asString());
      feedback.giveFeedback(
          queries.invitationFor(id, councilId).getId(),
          FeedbackVerdict.valueOf(given.path("vurdering").asString()),
          given.path("tekst").asString(),
          Act.replayed(employee, at(day(today, given.path("dag")), 11)));
    }
    JsonNode outcome = entry.path("resultat");
    if (outcome.isObject()) {
      processes.recordOutcome(
          id,
          outcome.path("tekst").asString(),
          day(today, outcome.path("dato")),
          committeeId(outcome.path("udvalg").asString(null), committees),
          outcome.path("referat").asString(null),
          Act.replayed(employee, at(day(today, outcome.path("dag")), 12)));
    }
    if (entry.hasNonNull("afsluttet")) {
      processes.close(id, Act.replayed(employee, at(day(today, entry.path("afsluttet")), 12)));
    }
  }

  /** The hour of the day in Denmark, for a replayed act. */
  private static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(DANISH_TIME).toInstant();
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
