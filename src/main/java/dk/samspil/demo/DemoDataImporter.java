package dk.samspil.demo;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilDraft;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilPosition;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.reference.ReferenceDataManagement;
import dk.samspil.reference.ReferenceDataSource;
import java.io.IOException;
import java.io.InputStream;
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
 * Loads the Næstved demonstration data in one transaction: first Næstved's reference data (the
 * {@code reference} module's data set {@code naestved}), then only what is fictitious — contact
 * persons, the councils' e-mail addresses, descriptions and themes, the demonstration accounts with
 * their published password, the involvement processes and notices, and the citizens' proposals. A
 * data set is recorded in {@code demo_import} once loaded, so a restart changes nothing, and every
 * item is only created (or filled in) when missing, so nothing an administrator changed is
 * overwritten.
 */
@Component
class DemoDataImporter {

  /** The reference data the demonstration builds on. */
  static final ReferenceDataSource REFERENCE = ReferenceDataSource.named("naestved");

  /**
   * The fictitious additions to the registry: contact persons and the councils' profiles. (The name
   * is kept from when this data set also held the reference data, so that an installation that has
   * it does not load it again.)
   */
  static final String REGISTRY = "naestved-registry-v1";

  static final String ACCOUNTS = "naestved-accounts-v1";
  static final String INVOLVEMENT = "naestved-involvement-v1";
  static final String PROPOSALS = "naestved-proposals-v1";
  private static final String FOLDER = "demo/naestved/";
  private static final Logger log = LoggerFactory.getLogger(DemoDataImporter.class);

  private final ReferenceDataManagement reference;
  private final AreaManagement areas;
  private final AccountManagement accounts;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final DemoInvolvementImporter involvement;
  private final DemoProposalImporter proposals;
  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  DemoDataImporter(
      ReferenceDataManagement reference,
      AreaManagement areas,
      AccountManagement accounts,
      CouncilManagement councils,
      OrganisationManagement organisation,
      DemoInvolvementImporter involvement,
      DemoProposalImporter proposals,
      JdbcClient jdbc) {
    this.reference = reference;
    this.areas = areas;
    this.accounts = accounts;
    this.councils = councils;
    this.organisation = organisation;
    this.involvement = involvement;
    this.proposals = proposals;
    this.jdbc = jdbc;
  }

  /** Loads the data sets not loaded before; returns whether it loaded anything. */
  @Transactional
  public boolean importIfNew() throws IOException {
    boolean loaded = reference.loadIfNew(REFERENCE);
    if (isNew(REGISTRY)) {
      importContactPersonsAndCouncilProfiles();
      recordLoaded(REGISTRY);
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
    if (isNew(PROPOSALS)) {
      proposals.importProposals();
      recordLoaded(PROPOSALS);
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

  /**
   * The fictitious contact persons, the areas they serve, and what the councils say about
   * themselves (e-mail on a reserved example domain, description, themes), added to the areas and
   * councils of the reference data where they have none.
   */
  private void importContactPersonsAndCouncilProfiles() throws IOException {
    JsonNode extras = readJson("samspil-demo.json");
    Map<String, ContactPerson> contactPersons = new HashMap<>();
    for (JsonNode person : extras.path("kontaktpersoner")) {
      Long departmentId =
          organisation
              .departmentByName(person.path("center").asString())
              .map(Department::getId)
              .orElse(null);
      contactPersons.put(
          person.path("key").asString(),
          organisation.ensureContactPerson(
              person.path("navn").asString(),
              person.path("titel").asString(null),
              person.path("email").asString(),
              person.path("telefon").asString(null),
              departmentId));
    }
    for (JsonNode entry : extras.path("omraader")) {
      ContactPerson contact = contactPersons.get(entry.path("kontaktperson").asString(""));
      Long contactId = contact == null ? null : contact.getId();
      areas.ensureContactPerson(entry.path("slug").asString(), contactId);
      JsonNode profile = entry.path("lokalraad");
      if (profile.isObject()) {
        completeCouncil(councils.council(profile.path("slug").asString()), profile, contactId);
      }
    }
  }

  private void completeCouncil(Council council, JsonNode profile, Long contactPersonId) {
    Set<Long> themeIds = new LinkedHashSet<>();
    for (JsonNode theme : profile.path("temaer")) {
      organisation.themeBySlug(theme.asString()).ifPresent(t -> themeIds.add(t.getId()));
    }
    councils.ensureCouncilDetails(
        new CouncilDraft(
            council.getSlug(),
            council.getName(),
            council.getStatus(),
            council.getAreaId(),
            null,
            profile.path("email").asString(null),
            profile.path("beskrivelse").asString(null),
            null,
            contactPersonId,
            themeIds));
  }

  private JsonNode readJson(String file) throws IOException {
    try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
      return json.readTree(in);
    }
  }
}
