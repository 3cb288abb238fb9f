package dk.samspil;

import static dk.samspil.account.Personas.Persona.ADMINISTRATOR;
import static dk.samspil.account.Personas.Persona.ANONYMOUS;
import static dk.samspil.account.Personas.Persona.CHAIR_A;
import static dk.samspil.account.Personas.Persona.KONTAKTPERSON;
import static dk.samspil.account.Personas.Persona.MEDARBEJDER;
import static dk.samspil.account.Personas.Persona.MEMBER_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dk.samspil.account.AccountManagement;
import dk.samspil.account.Personas;
import dk.samspil.account.Personas.Persona;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMembership;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint, run as every kind of person: allowed or denied exactly as the matrix says. An
 * endpoint without a row fails {@link #everyEndpointHasARow}, so a new page cannot slip in without
 * a decision about who may use it. Endpoints under {@code /admin/} are administrators' only (the
 * security configuration says so for the whole path); they get a generated row each.
 *
 * <p>Allowed means the request reached the application (any status but 401/403 and no redirect to
 * the sign-in page); denied means 403, or for anonymous a redirect to the sign-in page. POST rows
 * send harmless form data (the examples name a council, an area or an id of the demonstration data;
 * destructive actions are sent without their confirmation).
 */
@SamspilTest
class AuthorizationMatrixTests {

  static final Set<Persona> EVERYONE = EnumSet.allOf(Persona.class);
  static final Set<Persona> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
  static final Set<Persona> ADMIN = EnumSet.of(ADMINISTRATOR);
  static final Set<Persona> COUNCIL_A = EnumSet.of(MEMBER_A, CHAIR_A);
  static final Set<Persona> ANSWERS_FOR_A = EnumSet.of(CHAIR_A);

  /** Council A's pages for a process that does not exist: harmless, and 404 once allowed. */
  static final String COUNCIL_PROCESS = "/mit-lokalraad/{slug}/inddragelser/{processId}";

  static final String COUNCIL_A_PROCESS = "/mit-lokalraad/fensmark/inddragelser/999999999";
  static final Set<Persona> STAFF = EnumSet.of(MEDARBEJDER, ADMINISTRATOR);
  static final Set<Persona> CONTACT = EnumSet.of(KONTAKTPERSON);
  static final Set<Persona> STAFF_AND_CONTACT =
      EnumSet.of(MEDARBEJDER, KONTAKTPERSON, ADMINISTRATOR);

  /**
   * Who reads the internals of a proposal with council A: its members, its contact person, staff.
   */
  static final Set<Persona> READS_PROPOSAL_A =
      EnumSet.of(MEMBER_A, CHAIR_A, MEDARBEJDER, KONTAKTPERSON, ADMINISTRATOR);

  /** A process that does not exist: the staff endpoints answer 404 after the check, others 403. */
  static final String NO_PROCESS = "/medarbejder/inddragelser/987654321";

  /** A demonstration proposal with council A (Fensmark), and one whose path has ended. */
  static final String PROPOSAL_A = "Flere bænke langs stien ved Holmegaard Mose";

  static final String PROPOSAL_FINISHED = "Bænk og affaldsspand ved badebroen i Glumsø Sø";

  /** One endpoint: method and pattern as mapped, an example request, who may use it. */
  record Row(
      HttpMethod method,
      String pattern,
      String example,
      Map<String, String> form,
      Set<Persona> allowed) {

    String key() {
      return method + " " + pattern;
    }
  }

  static Row get(String pattern, String example, Set<Persona> allowed) {
    return new Row(HttpMethod.GET, pattern, example, Map.of(), allowed);
  }

  static Row get(String pattern, Set<Persona> allowed) {
    return get(pattern, pattern, allowed);
  }

  static Row post(String pattern, String example, Map<String, String> form, Set<Persona> allowed) {
    return new Row(HttpMethod.POST, pattern, example, form, allowed);
  }

  static final List<Row> MATRIX =
      List.of(
          // public pages and open data
          get("/", EVERYONE),
          get("/lokalomraader", EVERYONE),
          get("/lokalomraader/{slug}", "/lokalomraader/fensmark", EVERYONE),
          get("/lokalraad", EVERYONE),
          get("/lokalraad/{slug}", "/lokalraad/fensmark", EVERYONE),
          get("/kontakt", EVERYONE),
          get("/kontakt.csv", EVERYONE),
          get("/find-dit-lokalomraade", "/find-dit-lokalomraade?q=Glumso", EVERYONE),
          get("/api/v1/areas", EVERYONE),
          get("/api/v1/areas/{slug}", "/api/v1/areas/fensmark", EVERYONE),
          get("/api/v1/areas/lookup", "/api/v1/areas/lookup?lat=55.35&lon=11.69", EVERYONE),
          get("/api/v1/councils", EVERYONE),
          get("/api/v1/openapi.json", EVERYONE),
          get("/fejl/for-stor-fil", EVERYONE),
          get("/login", EVERYONE),
          // the standing pages
          get("/om-samarbejdet", EVERYONE),
          get("/tilgaengelighed", EVERYONE),
          get("/privatliv", EVERYONE),
          // signing in, forgotten passwords, invitations: for everyone (forms sent without a token
          // or address, so nothing happens)
          get("/glemt-adgangskode", EVERYONE),
          post("/glemt-adgangskode", "/glemt-adgangskode", Map.of(), EVERYONE),
          get("/nulstil-adgangskode", "/nulstil-adgangskode?token=ukendt", EVERYONE),
          post("/nulstil-adgangskode", "/nulstil-adgangskode", Map.of("token", "ukendt"), EVERYONE),
          get("/invitation", "/invitation?token=ukendt", EVERYONE),
          post("/invitation", "/invitation", Map.of("token", "ukendt"), EVERYONE),
          // the first MitID sign-in's e-mail address (nothing waits in these sessions)
          get("/login/e-mail", EVERYONE),
          post("/login/e-mail", "/login/e-mail", Map.of(), EVERYONE),
          get("/login/e-mail/bekraeft", "/login/e-mail/bekraeft?token=ukendt", EVERYONE),
          // one's own profile (forms with a missing required field)
          get("/profil", SIGNED_IN),
          post("/profil", "/profil", Map.of("name", ""), SIGNED_IN),
          get("/profil/adgangskode", SIGNED_IN),
          post("/profil/adgangskode", "/profil/adgangskode", Map.of(), SIGNED_IN),
          get("/profil/data.json", SIGNED_IN),
          get("/profil/slet", SIGNED_IN),
          post("/profil/slet", "/profil/slet", Map.of(), SIGNED_IN),
          // council self-service (council A = Fensmark; ${memberA} = medlem.fensmark's seat)
          get("/mit-lokalraad", SIGNED_IN),
          // a seat offered by mail: anyone signed in sees whether the link is theirs (ADR 14)
          get("/lokalraad-invitation", "/lokalraad-invitation?token=ukendt", SIGNED_IN),
          post(
              "/lokalraad-invitation",
              "/lokalraad-invitation",
              Map.of("token", "ukendt", "svar", "ja"),
              SIGNED_IN),
          get("/mit-lokalraad/{slug}", "/mit-lokalraad/fensmark", COUNCIL_A),
          post(
              "/mit-lokalraad/navn",
              "/mit-lokalraad/navn",
              Map.of("medlem", "${memberA}", "navnOffentligt", "false"),
              EnumSet.of(MEMBER_A)),
          get("/lokalraad/{slug}/rediger", "/lokalraad/fensmark/rediger", EnumSet.of(CHAIR_A)),
          post(
              "/lokalraad/{slug}/rediger",
              "/lokalraad/fensmark/rediger",
              Map.of("hjemmeside", "ftp://ugyldig"),
              EnumSet.of(CHAIR_A)),
          get(
              "/lokalraad/{slug}/medlemmer",
              "/lokalraad/fensmark/medlemmer",
              EnumSet.of(MEMBER_A, CHAIR_A)),
          post(
              "/lokalraad/{slug}/medlemmer",
              "/lokalraad/fensmark/medlemmer",
              Map.of(),
              EnumSet.of(CHAIR_A)),
          get(
              "/lokalraad/{slug}/medlemmer/{memberId}",
              "/lokalraad/fensmark/medlemmer/${memberA}",
              EnumSet.of(CHAIR_A)),
          post(
              "/lokalraad/{slug}/medlemmer/{memberId}",
              "/lokalraad/fensmark/medlemmer/${memberA}",
              Map.of("position", "UGYLDIG"),
              EnumSet.of(CHAIR_A)),
          post(
              "/lokalraad/{slug}/medlemmer/{memberId}/fjern",
              "/lokalraad/fensmark/medlemmer/999999/fjern",
              Map.of(),
              EnumSet.of(CHAIR_A)),
          // inviting from outside the council: the administrator and its contact person
          get(
              "/lokalraad/{slug}/inviter",
              "/lokalraad/fensmark/inviter",
              EnumSet.of(KONTAKTPERSON, ADMINISTRATOR)),
          post(
              "/lokalraad/{slug}/inviter",
              "/lokalraad/fensmark/inviter",
              Map.of(),
              EnumSet.of(KONTAKTPERSON, ADMINISTRATOR)),
          // involvement processes: public pages, files and open data
          get("/inddragelser", EVERYONE),
          get("/inddragelser/{id}", "/inddragelser/999999999", EVERYONE),
          get(
              "/inddragelser/{processId}/bilag/{attachmentId}",
              "/inddragelser/999999999/bilag/999999999",
              EVERYONE),
          get(
              "/inddragelser/{processId}/dokumenter/{documentId}",
              "/inddragelser/999999999/dokumenter/999999999",
              EVERYONE),
          get("/orienteringer", EVERYONE),
          get("/orienteringer/{id}", "/orienteringer/999999999", EVERYONE),
          get("/api/v1/processes", EVERYONE),
          get("/api/v1/processes/{id}", "/api/v1/processes/999999999", EVERYONE),
          // the council's side: its members; sending, declining and addenda only for the chair
          get(
              "/mit-lokalraad/{slug}/inddragelser",
              "/mit-lokalraad/fensmark/inddragelser",
              COUNCIL_A),
          get(COUNCIL_PROCESS, COUNCIL_A_PROCESS, COUNCIL_A),
          post(
              COUNCIL_PROCESS + "/kladde",
              COUNCIL_A_PROCESS + "/kladde",
              Map.of("tekst", "Matrix", "version", "0"),
              COUNCIL_A),
          post(
              COUNCIL_PROCESS + "/kladde/auto",
              COUNCIL_A_PROCESS + "/kladde/auto",
              Map.of("tekst", "Matrix", "version", "0"),
              COUNCIL_A),
          post(
              COUNCIL_PROCESS + "/bilag/{attachmentId}/slet",
              COUNCIL_A_PROCESS + "/bilag/999999999/slet",
              Map.of("tekst", "Matrix", "version", "0"),
              COUNCIL_A),
          post(
              COUNCIL_PROCESS + "/send",
              COUNCIL_A_PROCESS + "/send",
              Map.of("tekst", "Matrix", "version", "0"),
              ANSWERS_FOR_A),
          get(COUNCIL_PROCESS + "/send", COUNCIL_A_PROCESS + "/send", ANSWERS_FOR_A),
          post(
              COUNCIL_PROCESS + "/send/bekraeft",
              COUNCIL_A_PROCESS + "/send/bekraeft",
              Map.of("version", "0", "offentlig", "true"),
              ANSWERS_FOR_A),
          post(
              COUNCIL_PROCESS + "/afslag",
              COUNCIL_A_PROCESS + "/afslag",
              Map.of("begrundelse", "Matrix"),
              ANSWERS_FOR_A),
          post(
              COUNCIL_PROCESS + "/tillaeg",
              COUNCIL_A_PROCESS + "/tillaeg",
              Map.of("tillaeg", "Matrix"),
              ANSWERS_FOR_A),
          // proposals, part "submit" (issue 10 §1): bringing a proposal is for everyone, signed in
          // or not (forms sent empty, so nothing is brought); the confirmation link with an
          // unknown token; a photo of a proposal that does not exist (404 once allowed)
          get("/forslag/nyt", EVERYONE),
          post("/forslag/nyt", "/forslag/nyt", Map.of(), EVERYONE),
          post("/forslag/nyt/ret", "/forslag/nyt/ret", Map.of(), EVERYONE),
          post("/forslag/nyt/send", "/forslag/nyt/send", Map.of(), EVERYONE),
          get("/forslag/nyt/sendt", EVERYONE),
          get("/forslag/nyt/modtaget", EVERYONE),
          get("/forslag/bekraeft", "/forslag/bekraeft?token=ukendt", EVERYONE),
          post("/forslag/bekraeft", "/forslag/bekraeft", Map.of("token", "ukendt"), EVERYONE),
          get(
              "/forslag/{id}/billeder/{photoId}",
              "/forslag/999999999/billeder/999999999",
              EVERYONE),
          // administration
          get("/admin", ADMIN),
          get("/admin/revision", ADMIN),
          get("/admin/sider", ADMIN),
          get("/admin/sider/{slug}", "/admin/sider/privatliv", ADMIN),
          // an empty title, so that the administrator's request changes nothing (422)
          post("/admin/sider/{slug}", "/admin/sider/privatliv", Map.of("title", ""), ADMIN),
          get("/admin/post", ADMIN),
          get("/admin/post/{id}", "/admin/post/999999", ADMIN),
          post("/admin/post/{id}/send-igen", "/admin/post/999999/send-igen", Map.of(), ADMIN),
          // the staff side of involvement processes
          get("/medarbejder/inddragelser", STAFF),
          get("/medarbejder/inddragelser/ny", STAFF),
          post("/medarbejder/inddragelser", "/medarbejder/inddragelser", Map.of(), STAFF),
          get("/medarbejder/inddragelser/{id}", NO_PROCESS, STAFF),
          get("/medarbejder/inddragelser/{id}/rediger", NO_PROCESS + "/rediger", STAFF),
          post("/medarbejder/inddragelser/{id}/rediger", NO_PROCESS + "/rediger", Map.of(), STAFF),
          post(
              "/medarbejder/inddragelser/{id}/dokumenter",
              NO_PROCESS + "/dokumenter",
              Map.of(),
              STAFF),
          get(
              "/medarbejder/inddragelser/{id}/dokumenter/{documentId}",
              NO_PROCESS + "/dokumenter/987654321",
              STAFF),
          post(
              "/medarbejder/inddragelser/{id}/dokumenter/{documentId}/fjern",
              NO_PROCESS + "/dokumenter/987654321/fjern",
              Map.of(),
              STAFF),
          post("/medarbejder/inddragelser/{id}/links", NO_PROCESS + "/links", Map.of(), STAFF),
          get(
              "/medarbejder/inddragelser/{id}/bilag/{attachmentId}",
              NO_PROCESS + "/bilag/987654321",
              STAFF),
          get("/medarbejder/inddragelser/{id}/inviter", NO_PROCESS + "/inviter", STAFF),
          post(
              "/medarbejder/inddragelser/{id}/inviter",
              NO_PROCESS + "/inviter",
              Map.of("handling", "tjek"),
              STAFF),
          post(
              "/medarbejder/inddragelser/{id}/frist/forslag",
              NO_PROCESS + "/frist/forslag",
              Map.of(),
              STAFF),
          post("/medarbejder/inddragelser/{id}/frist", NO_PROCESS + "/frist", Map.of(), STAFF),
          post("/medarbejder/inddragelser/{id}/status", NO_PROCESS + "/status", Map.of(), STAFF),
          post(
              "/medarbejder/inddragelser/{id}/resultat", NO_PROCESS + "/resultat", Map.of(), STAFF),
          post(
              "/medarbejder/inddragelser/{id}/bidrag/{invitationId}/tilbagemelding",
              NO_PROCESS + "/bidrag/987654321/tilbagemelding",
              Map.of(),
              STAFF),
          post(
              "/medarbejder/inddragelser/{id}/bidrag/{invitationId}/skjul",
              NO_PROCESS + "/bidrag/987654321/skjul",
              Map.of(),
              STAFF),
          get("/medarbejder/overblik", STAFF_AND_CONTACT),
          // the contact person's desk; a process that does not exist answers 404 after the check
          get("/kontaktperson", CONTACT),
          get("/kontaktperson/inddragelser/{id}", "/kontaktperson/inddragelser/987654321", CONTACT),
          // citizens' proposals, the council's side (ADR 19): PROPOSAL_A is with Fensmark's council
          // and read by its members, its contact person and staff; only its chair decides. Forms
          // are sent empty or too long, so an allowed request changes nothing (422). The
          // proposer's links are for everyone (an unknown token: 404).
          get(
              "/forslag/{id}/behandling",
              "/forslag/${proposal:" + PROPOSAL_A + "}/behandling",
              READS_PROPOSAL_A),
          post(
              "/forslag/{id}/behandling/kommentar",
              "/forslag/${proposal:" + PROPOSAL_A + "}/behandling/kommentar",
              Map.of(),
              READS_PROPOSAL_A),
          post(
              "/forslag/{id}/behandling/spoergsmaal",
              "/forslag/${proposal:" + PROPOSAL_A + "}/behandling/spoergsmaal",
              Map.of(),
              ANSWERS_FOR_A),
          post(
              "/forslag/{id}/behandling/videresend",
              "/forslag/${proposal:" + PROPOSAL_A + "}/behandling/videresend",
              Map.of(),
              ANSWERS_FOR_A),
          post(
              "/forslag/{id}/behandling/retur",
              "/forslag/${proposal:" + PROPOSAL_A + "}/behandling/retur",
              Map.of(),
              ANSWERS_FOR_A),
          post(
              "/forslag/{id}/behandling/flyt",
              "/forslag/${proposal:" + PROPOSAL_A + "}/behandling/flyt",
              Map.of(),
              ANSWERS_FOR_A),
          post(
              "/forslag/{id}/behandling/overtag",
              "/forslag/${proposal:" + PROPOSAL_A + "}/behandling/overtag",
              Map.of("overtagTekst", "x".repeat(4001)),
              ANSWERS_FOR_A),
          get("/mit-lokalraad/{slug}/forslag", "/mit-lokalraad/fensmark/forslag", COUNCIL_A),
          get("/forslag/svar", "/forslag/svar?token=ukendt", EVERYONE),
          post("/forslag/svar", "/forslag/svar", Map.of("token", "ukendt"), EVERYONE),
          get("/forslag/kontaktperson", "/forslag/kontaktperson?token=ukendt", EVERYONE),
          post(
              "/forslag/kontaktperson",
              "/forslag/kontaktperson",
              Map.of("token", "ukendt"),
              EVERYONE),
          // proposals, the municipality's part: the contact person's routing and the departments'
          // pages; a proposal that does not exist answers 404 after the role check
          get("/kontaktperson/forslag", CONTACT),
          get("/kontaktperson/forslag/{id}", "/kontaktperson/forslag/987654321", CONTACT),
          post(
              "/kontaktperson/forslag/{id}/fordel",
              "/kontaktperson/forslag/987654321/fordel",
              Map.of(),
              CONTACT),
          post(
              "/kontaktperson/forslag/{id}/videresend",
              "/kontaktperson/forslag/987654321/videresend",
              Map.of(),
              CONTACT),
          get("/medarbejder/forslag", STAFF),
          get("/medarbejder/forslag/{id}", "/medarbejder/forslag/987654321", STAFF),
          post(
              "/medarbejder/forslag/{id}/kvitter",
              "/medarbejder/forslag/987654321/kvitter",
              Map.of(),
              STAFF),
          post(
              "/medarbejder/forslag/{id}/svar",
              "/medarbejder/forslag/987654321/svar",
              Map.of(),
              STAFF),
          post(
              "/medarbejder/forslag/{id}/send-videre",
              "/medarbejder/forslag/987654321/send-videre",
              Map.of(),
              STAFF),
          post(
              "/medarbejder/forslag/{id}/gennemfoert",
              "/medarbejder/forslag/987654321/gennemfoert",
              Map.of(),
              STAFF),
          get("/medarbejder/orienteringer", STAFF),
          get("/medarbejder/orienteringer/ny", STAFF),
          post("/medarbejder/orienteringer", "/medarbejder/orienteringer", Map.of(), STAFF),
          // citizens' proposals, the public side: the list, a proposal's page, local support (sent
          // for a finished proposal, so refused for everyone, 422), its confirmation link, hiding
          // (sent without a reason, 422 once allowed) and the open data; demonstration proposals
          // named by title
          get("/forslag", EVERYONE),
          get("/forslag/{id}", "/forslag/${proposal:" + PROPOSAL_A + "}", EVERYONE),
          post(
              "/forslag/{id}/stoet",
              "/forslag/${proposal:" + PROPOSAL_FINISHED + "}/stoet",
              Map.of(),
              EVERYONE),
          get("/forslag/stoette/bekraeft", "/forslag/stoette/bekraeft?token=ukendt", EVERYONE),
          post(
              "/forslag/stoette/bekraeft",
              "/forslag/stoette/bekraeft",
              Map.of("token", "ukendt"),
              EVERYONE),
          post(
              "/forslag/{id}/skjul",
              "/forslag/${proposal:" + PROPOSAL_A + "}/skjul",
              Map.of(),
              EnumSet.of(CHAIR_A, MEDARBEJDER, ADMINISTRATOR)),
          get("/api/v1/proposals", EVERYONE),
          get(
              "/api/v1/proposals/{id}",
              "/api/v1/proposals/${proposal:" + PROPOSAL_A + "}",
              EVERYONE));

  /** Mappings that are not pages of their own. */
  static final Set<String> NOT_ENDPOINTS = Set.of("/error", "/error/json");

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired AccountManagement accounts;
  @Autowired CouncilManagement councils;
  @Autowired CouncilMembership membership;
  @Autowired JdbcClient jdbc;

  /** A demonstration proposal named by its title in an example: {@code ${proposal:Title}}. */
  static final Pattern PROPOSAL = Pattern.compile("\\$\\{proposal:([^}]+)}");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyEndpointHasARow() {
    Set<String> rows = MATRIX.stream().map(Row::key).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<String> methods =
          info.getMethodsCondition().getMethods().isEmpty()
              ? Set.of("GET")
              : info.getMethodsCondition().getMethods().stream()
                  .map(Enum::name)
                  .collect(Collectors.toSet());
      for (String pattern : info.getPatternValues()) {
        if (NOT_ENDPOINTS.contains(pattern)
            || pattern.startsWith("/test/")
            || pattern.startsWith("/admin/")) {
          continue;
        }
        for (String method : methods) {
          if (!rows.contains(method + " " + pattern)) {
            missing.add(method + " " + pattern);
          }
        }
      }
    }
    assertThat(missing).as("endpoints without a row in the authorisation matrix").isEmpty();
  }

  @Test
  void matrixNamesNoEndpointThatDoesNotExist() {
    Set<String> mapped = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (info.getMethodsCondition().getMethods().isEmpty()) {
          mapped.add("GET " + pattern);
        }
        info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
      }
    }
    assertThat(MATRIX.stream().map(Row::key).filter(key -> !mapped.contains(key)).toList())
        .as("rows for endpoints that no longer exist")
        .isEmpty();
  }

  /**
   * Every administration endpoint that has no explicit row: administrators only, run with ids and
   * slugs that do not exist and empty forms, so that an allowed request changes nothing.
   */
  List<Row> administrationRows() {
    Set<String> explicit = MATRIX.stream().map(Row::key).collect(Collectors.toSet());
    List<Row> rows = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<HttpMethod> methods =
          info.getMethodsCondition().getMethods().isEmpty()
              ? Set.of(HttpMethod.GET)
              : info.getMethodsCondition().getMethods().stream()
                  .map(m -> HttpMethod.valueOf(m.name()))
                  .collect(Collectors.toSet());
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/admin/")) {
          continue;
        }
        String example =
            pattern.replaceAll("\\{slug}", "ingen-saadan").replaceAll("\\{[A-Za-z]+}", "999999999");
        for (HttpMethod method : methods) {
          if (!explicit.contains(method + " " + pattern)) {
            rows.add(new Row(method, pattern, example, Map.of(), ADMIN));
          }
        }
      }
    }
    return rows;
  }

  @TestFactory
  Stream<DynamicTest> allowsAndDeniesEachPersonAsTheMatrixSays() {
    Map<Persona, Authentication> signedIn = new EnumMap<>(Persona.class);
    return Stream.concat(MATRIX.stream(), administrationRows().stream())
        .flatMap(
            row ->
                EVERYONE.stream()
                    .map(
                        persona ->
                            DynamicTest.dynamicTest(
                                row.key() + " as " + persona,
                                () -> {
                                  Authentication who =
                                      persona == ANONYMOUS
                                          ? null
                                          : signedIn.computeIfAbsent(
                                              persona, personas::authentication);
                                  assertOutcome(row, persona, perform(row, who));
                                })));
  }

  private MockHttpServletResponse perform(Row row, Authentication who) throws Exception {
    String example = resolve(row.example());
    MockHttpServletRequestBuilder request =
        row.method() == HttpMethod.GET
            ? MockMvcRequestBuilders.get(example)
            : MockMvcRequestBuilders.post(example).with(csrf());
    row.form().forEach((name, value) -> request.param(name, resolve(value)));
    request.accept("text/html");
    if (who != null) {
      request.with(authentication(who));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  /** Fills in ids of the demonstration data that the examples name by placeholder. */
  private String resolve(String text) {
    Matcher proposal = PROPOSAL.matcher(text);
    if (proposal.find()) {
      Long id =
          jdbc.sql("select id from proposal where title = ?")
              .param(proposal.group(1))
              .query(Long.class)
              .single();
      text = proposal.replaceFirst(String.valueOf(id));
    }
    if (!text.contains("${memberA}")) {
      return text;
    }
    long accountId = accounts.accountByEmail(MEMBER_A.email()).orElseThrow().getId();
    long seat =
        membership.seatsOf(accountId).stream()
            .filter(s -> s.getCouncilId().equals(councils.council("fensmark").getId()))
            .findFirst()
            .orElseThrow()
            .getId();
    return text.replace("${memberA}", String.valueOf(seat));
  }

  private static void assertOutcome(Row row, Persona persona, MockHttpServletResponse response) {
    int status = response.getStatus();
    String location = response.getRedirectedUrl();
    boolean toLogin = location != null && location.contains("/login");
    boolean denied = status == 401 || status == 403 || toLogin;
    if (row.allowed().contains(persona)) {
      assertThat(denied)
          .as("%s should be allowed for %s, was %d %s", row.key(), persona, status, location)
          .isFalse();
      assertThat(status).as("%s for %s must not fail", row.key(), persona).isLessThan(500);
    } else {
      assertThat(denied)
          .as("%s should be denied for %s, was %d %s", row.key(), persona, status, location)
          .isTrue();
      if (persona == ANONYMOUS) {
        assertThat(toLogin || status == 401).as("anonymous is sent to sign in").isTrue();
      } else {
        assertThat(status).as("a signed-in person without the right gets 403").isEqualTo(403);
      }
    }
  }
}
