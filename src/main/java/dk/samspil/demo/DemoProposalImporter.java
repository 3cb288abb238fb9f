package dk.samspil.demo;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessFilter;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.proposal.Assessment;
import dk.samspil.proposal.InitiativeNeed;
import dk.samspil.proposal.MunicipalAnswer;
import dk.samspil.proposal.NewProposal;
import dk.samspil.proposal.ProposalHistory;
import dk.samspil.proposal.ProposalKind;
import dk.samspil.proposal.ReturnReason;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demonstration's citizens' proposals ({@code forslag.json}), part of the data set {@link
 * DemoDataImporter} loads: one in every state, plus a hidden one, each replayed step by step
 * through {@link ProposalHistory} on the days the data names, so that no one is mailed.
 */
@Component
class DemoProposalImporter {

  private static final String FILE = "demo/naestved/forslag.json";
  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  /** The council's answer deadline and the department's, as the defaults of the issue say. */
  private static final int COUNCIL_DAYS = 42;

  private static final int ANSWER_DAYS = 56;

  private final ProposalHistory history;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;
  private final ProcessQueries processes;
  private final JsonMapper json = JsonMapper.builder().build();

  DemoProposalImporter(
      ProposalHistory history,
      AreaManagement areas,
      CouncilManagement councils,
      OrganisationManagement organisation,
      AccountManagement accounts,
      ProcessQueries processes) {
    this.history = history;
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
    this.accounts = accounts;
    this.processes = processes;
  }

  void importProposals() throws IOException {
    LocalDate today = processes.today();
    JsonNode data;
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      data = json.readTree(in);
    }
    for (JsonNode entry : data.path("forslag")) {
      importProposal(entry, today);
    }
  }

  private void importProposal(JsonNode entry, LocalDate today) {
    Area area = areas.area(entry.path("omraade").asString());
    Long councilId =
        councils
            .councilOf(area.getId())
            .filter(council -> council.getStatus().isRepresenting())
            .map(Council::getId)
            .orElse(null);
    ProposalKind kind = ProposalKind.valueOf(entry.path("type").asString());
    Set<InitiativeNeed> needs = new LinkedHashSet<>();
    entry.path("behov").forEach(need -> needs.add(InitiativeNeed.valueOf(need.asString())));
    Set<Long> themeIds = new LinkedHashSet<>();
    entry
        .path("temaer")
        .forEach(
            slug ->
                organisation.themeBySlug(slug.asString()).ifPresent(t -> themeIds.add(t.getId())));
    LocalDate received = day(today, entry.path("modtaget"));
    Long id =
        history.bring(
            new NewProposal(
                kind,
                needs,
                entry.path("titel").asString(),
                entry.path("tekst").asString(),
                entry.hasNonNull("lat") ? entry.path("lat").asDouble() : null,
                entry.hasNonNull("lon") ? entry.path("lon").asDouble() : null,
                entry.path("sted").asString(null),
                entry.path("heleOmraadet").asBoolean(false),
                area.getId(),
                councilId,
                themeIds,
                entry.path("navn").asString(),
                entry.path("email").asString(),
                null,
                entry.path("visNavn").asBoolean(false)),
            at(received, 9),
            received.plusDays(COUNCIL_DAYS));
    int supports = entry.path("stoetter").asInt(0);
    for (int i = 1; i <= supports; i++) {
      // spread over the days the proposal has been public, none later than today
      long days = Math.max(0, -entry.path("modtaget").asInt());
      LocalDate on =
          received.plusDays(Math.min(days, (long) i * Math.max(1, days / (supports + 1))));
      history.support(id, "stoette." + id + "." + i + "@borger.example", at(on, 19));
    }
    for (JsonNode step : entry.path("trin")) {
      replay(id, step, today);
    }
  }

  private void replay(Long id, JsonNode step, LocalDate today) {
    LocalDate on = day(today, step.path("dag"));
    Long by = step.hasNonNull("af") ? accountId(step.path("af").asString()) : null;
    String text = step.path("tekst").asString(null);
    switch (step.path("type").asString()) {
      case "videresendt" ->
          history.forward(
              id, Assessment.valueOf(step.path("vurdering").asString()), text, by, at(on, 20));
      case "returneret" ->
          history.returnToProposer(
              id, ReturnReason.valueOf(step.path("grund").asString()), text, by, at(on, 20));
      case "overtaget" -> history.takeUp(id, text, by, at(on, 20));
      case "fordelt" ->
          history.route(
              id,
              departmentId(step.path("center").asString()),
              by,
              at(on, 10),
              on.plusDays(ANSWER_DAYS));
      case "kvitteret" ->
          history.acknowledge(id, step.path("sagsbehandler").asString(), by, at(on, 11));
      case "besvaret" ->
          history.answer(
              id,
              MunicipalAnswer.valueOf(step.path("svar").asString()),
              text,
              step.hasNonNull("inddragelse")
                  ? processId(step.path("inddragelse").asString())
                  : null,
              by,
              at(on, 13));
      case "gennemfoert" -> history.complete(id, text, by, at(on, 13));
      case "skjult" -> history.hide(id, step.path("begrundelse").asString(), by, at(on, 8));
      default -> throw new IllegalArgumentException("Unknown step " + step.path("type"));
    }
  }

  private Long processId(String title) {
    return processes.publishedProcesses(ProcessFilter.ANY, 0, 1000).getContent().stream()
        .filter(process -> process.getTitle().equals(title))
        .map(InvolvementProcess::getId)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No demonstration process " + title));
  }

  private Long departmentId(String name) {
    return organisation
        .departmentByName(name)
        .map(Department::getId)
        .orElseThrow(() -> new IllegalStateException("No department " + name));
  }

  private Long accountId(String email) {
    return accounts.accountByEmail(email).map(Account::getId).orElse(null);
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(DANISH_TIME).toInstant();
  }

  private static LocalDate day(LocalDate today, JsonNode offset) {
    return today.plusDays(offset.asInt());
  }
}
