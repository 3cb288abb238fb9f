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
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
  private final DemoInvolvementImporter involvement;
  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  DemoDataImporter(
      AreaManagement areas,
      AccountManagement accounts,
      CouncilManagement councils,
      OrganisationManagement organisation,
      DemoInvolvementImporter involvement,
      JdbcClient jdbc) {
    this.areas = areas;
    this.accounts = accounts;
    this.councils = councils;
    this.organisation = organisation;
    this.involvement = involvement;
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
      involvement.importProcessesAndNotices();
      recordLoaded(INVOLVEMENT);
      loaded = true;
    }
    return loaded;
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
