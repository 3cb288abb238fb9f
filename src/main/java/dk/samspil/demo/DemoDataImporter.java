package dk.samspil.demo;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaCharacter;
import dk.samspil.area.AreaManagement;
import dk.samspil.area.GeoJsonFeatures;
import dk.samspil.area.GeoJsonFeatures.Feature;
import dk.samspil.area.InvalidGeometry;
import dk.samspil.council.CouncilDraft;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilPosition;
import dk.samspil.council.CouncilStatus;
import dk.samspil.involvement.DemonstrationHistory;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.InvolvementManagement;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.Phase;
import dk.samspil.involvement.ProcessDraft;
import dk.samspil.involvement.ProcessType;
import dk.samspil.organisation.Committee;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the Næstved demonstration data set in one transaction. A data set is recorded in {@code
 * demo_import} once loaded, so a restart changes nothing, and every item is only created when
 * missing, so nothing an administrator changed is overwritten.
 */
@Component
class DemoDataImporter {

  static final String DATASET = "naestved-registry-v1";
  static final String ACCOUNTS = "naestved-accounts-v1";
  static final String INVOLVEMENT = "naestved-involvement-v1";
  private static final String FOLDER = "demo/naestved/";
  private static final Logger log = LoggerFactory.getLogger(DemoDataImporter.class);

  private final AreaManagement areas;
  private final AccountManagement accounts;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final InvolvementManagement involvement;
  private final DemonstrationHistory history;
  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  DemoDataImporter(
      AreaManagement areas,
      AccountManagement accounts,
      CouncilManagement councils,
      OrganisationManagement organisation,
      InvolvementManagement involvement,
      DemonstrationHistory history,
      JdbcClient jdbc) {
    this.areas = areas;
    this.accounts = accounts;
    this.councils = councils;
    this.organisation = organisation;
    this.involvement = involvement;
    this.history = history;
    this.jdbc = jdbc;
  }

  /** Loads the data sets not loaded before; returns whether it loaded anything. */
  @Transactional
  public boolean importIfNew() throws IOException, InvalidGeometry {
    boolean loaded = false;
    if (isNew(DATASET)) {
      Map<String, Department> departments = importOrganisation();
      importThemes();
      importGeography();
      importAreasAndCouncils(departments);
      recordLoaded(DATASET);
      loaded = true;
    }
    if (isNew(ACCOUNTS)) {
      importAccounts();
      recordLoaded(ACCOUNTS);
      loaded = true;
    }
    if (isNew(INVOLVEMENT)) {
      importInvolvement();
      recordLoaded(INVOLVEMENT);
      loaded = true;
    }
    return loaded;
  }

  /**
   * Involvement processes in every state and a few notices, with dates relative to today so that an
   * open process stays open. Each process is replayed step by step through the involvement module's
   * guarded transitions ({@link DemonstrationHistory}), on the days the data names.
   */
  private void importInvolvement() throws IOException {
    LocalDate today = involvement.today();
    Map<String, LocalDate> committeeStarts = new HashMap<>();
    for (JsonNode committee : readJson("organisation.json").path("udvalg")) {
      committeeStarts.put(
          committee.path("navn").asString(), LocalDate.parse(committee.path("fra").asString()));
    }
    JsonNode data = readJson("inddragelser.json");
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

  private boolean isNew(String dataset) {
    boolean done =
        jdbc.sql("select count(*) from demo_import where dataset = ?")
                .param(dataset)
                .query(Integer.class)
                .single()
            > 0;
    if (done) {
      log.info("Demonstration data {} is already loaded", dataset);
    }
    return !done;
  }

  private void recordLoaded(String dataset) {
    jdbc.sql("insert into demo_import (dataset) values (?)").param(dataset).update();
    log.info("Demonstration data {} loaded", dataset);
  }

  /** The demonstration accounts of the README, all with the same password. */
  private void importAccounts() throws IOException {
    JsonNode extras = readJson("samspil-demo.json");
    Map<String, String> contactEmails = new HashMap<>();
    for (JsonNode person : extras.path("kontaktpersoner")) {
      contactEmails.put(person.path("key").asString(), person.path("email").asString());
    }
    JsonNode accountsNode = extras.path("konti");
    String password = accountsNode.path("adgangskode").asString();
    for (JsonNode entry : accountsNode.path("liste")) {
      Account account =
          accounts.ensureActiveAccount(
              entry.path("email").asString(), entry.path("navn").asString(), password);
      Long departmentId =
          entry.hasNonNull("center")
              ? organisation
                  .departmentByName(entry.path("center").asString())
                  .map(Department::getId)
                  .orElse(null)
              : null;
      Long contactPersonId =
          entry.hasNonNull("kontaktperson")
              ? organisation
                  .contactPersonByEmail(contactEmails.get(entry.path("kontaktperson").asString()))
                  .map(ContactPerson::getId)
                  .orElse(null)
              : null;
      boolean administrator = entry.path("administrator").asBoolean(false);
      if (administrator || departmentId != null || contactPersonId != null) {
        accounts.setMunicipalRoles(account.getId(), administrator, departmentId, contactPersonId);
      }
      if (entry.hasNonNull("lokalraad")) {
        councils.ensureMember(
            councils.council(entry.path("lokalraad").asString()).getId(),
            account.getId(),
            CouncilPosition.valueOf(entry.path("position").asString()));
      }
    }
  }

  private Map<String, Department> importOrganisation() throws IOException {
    JsonNode root = readJson("organisation.json");
    Map<String, Department> departments = new HashMap<>();
    for (JsonNode centre : root.path("centre")) {
      String name = centre.path("navn").asString();
      departments.put(
          name, organisation.ensureDepartment(name, centre.path("enhed").asString(null)));
    }
    for (JsonNode committee : root.path("udvalg")) {
      organisation.ensureCommittee(
          committee.path("navn").asString(),
          LocalDate.parse(committee.path("fra").asString()),
          committee.hasNonNull("til") ? LocalDate.parse(committee.path("til").asString()) : null);
    }
    return departments;
  }

  private void importThemes() throws IOException {
    for (JsonNode theme : readJson("temaer.json").path("temaer")) {
      organisation.ensureTheme(
          theme.path("slug").asString(),
          theme.path("navn").asString(),
          theme.path("beskrivelse").asString(null));
    }
  }

  private void importGeography() throws IOException, InvalidGeometry {
    for (Feature feature : GeoJsonFeatures.read(readText("kommune.geojson"))) {
      areas.ensureMunicipalityBoundary(
          feature.property("kommunekode"), feature.property("navn"), feature.geometry());
    }
    for (Feature feature : GeoJsonFeatures.read(readText("sogne.geojson"))) {
      areas.ensureParish(
          feature.property("sognekode"), feature.property("navn"), feature.geometry());
    }
    for (Feature feature : GeoJsonFeatures.read(readText("postnumre.geojson"))) {
      Object share = feature.properties().get("andel_i_kommunen");
      areas.ensurePostalDistrict(
          feature.property("postnr"),
          feature.property("navn"),
          share instanceof Number number ? number.doubleValue() : null,
          feature.geometry());
    }
  }

  private void importAreasAndCouncils(Map<String, Department> departments)
      throws IOException, InvalidGeometry {
    JsonNode extras = readJson("samspil-demo.json");
    Map<String, ContactPerson> contactPersons = new HashMap<>();
    for (JsonNode person : extras.path("kontaktpersoner")) {
      Department department = departments.get(person.path("center").asString());
      contactPersons.put(
          person.path("key").asString(),
          organisation.ensureContactPerson(
              person.path("navn").asString(),
              person.path("titel").asString(null),
              person.path("email").asString(),
              person.path("telefon").asString(null),
              department == null ? null : department.getId()));
    }
    Map<String, JsonNode> extrasBySlug = new HashMap<>();
    for (JsonNode entry : extras.path("omraader")) {
      extrasBySlug.put(entry.path("slug").asString(), entry);
    }
    for (JsonNode entry : readJson("lokalomraader.json").path("lokalomraader")) {
      String slug = entry.path("slug").asString();
      JsonNode extra = extrasBySlug.getOrDefault(slug, json.createObjectNode());
      ContactPerson contact = contactPersons.get(extra.path("kontaktperson").asString(""));
      Set<String> parishCodes = new LinkedHashSet<>();
      entry.path("sogne").forEach(code -> parishCodes.add(code.asString()));
      Area area =
          areas.ensureAreaOfParishes(
              slug,
              entry.path("navn").asString(),
              AreaCharacter.fromDanish(entry.path("karakter").asString()),
              parishCodes,
              contact == null ? null : contact.getId());
      JsonNode council = entry.path("lokalraad");
      if (council.isObject()) {
        importCouncil(area, council, extra.path("lokalraad"), contact);
      }
    }
  }

  private void importCouncil(Area area, JsonNode council, JsonNode extra, ContactPerson contact) {
    Set<Long> themeIds = new LinkedHashSet<>();
    for (JsonNode theme : extra.path("temaer")) {
      organisation.themeBySlug(theme.asString()).ifPresent(t -> themeIds.add(t.getId()));
    }
    councils.ensureCouncil(
        new CouncilDraft(
            extra.path("slug").asString(area.getSlug()),
            council.path("navn").asString(),
            CouncilStatus.AKTIV,
            area.getId(),
            council.path("hjemmeside").asString(null),
            extra.path("email").asString(null),
            extra.path("beskrivelse").asString(null),
            null,
            contact == null ? null : contact.getId(),
            themeIds));
  }

  private JsonNode readJson(String file) throws IOException {
    try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
      return json.readTree(in);
    }
  }

  private String readText(String file) throws IOException {
    try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
