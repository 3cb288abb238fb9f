package dk.samspil.organisation.admin;

import static dk.samspil.shared.AdminTestSupport.audit;
import static dk.samspil.shared.AdminTestSupport.page;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.ContactPersonDraft;
import dk.samspil.organisation.OrganisationAdministration;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.AdminTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SamspilTest
class ContactPersonAdminTests {

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;
  @Autowired OrganisationManagement organisation;
  @Autowired OrganisationAdministration administration;
  @Autowired JdbcClient jdbc;

  /** The e-mail addresses of the contact persons a test created, removed afterwards. */
  final List<String> created = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestCreated() {
    created.forEach(
        email -> jdbc.sql("delete from contact_person where email = ?").param(email).update());
  }

  RequestPostProcessor admin() {
    return AdminTestSupport.admin(accounts);
  }

  @Test
  void listsTheCouncilsAndAreasEachContactPersonServes() throws Exception {
    String html = page(mvc, admin(), get("/admin/kontaktpersoner"));

    int lene = html.indexOf("Lene Kjær Madsen");
    int jonas = html.indexOf("Jonas Bech Andersen");
    assertThat(lene).isPositive();
    assertThat(jonas).isPositive();
    String leneRow = html.substring(lene, html.indexOf("</tr>", lene));
    String jonasRow = html.substring(jonas, html.indexOf("</tr>", jonas));
    assertThat(leneRow)
        .contains("Lokalråd:")
        .contains("href=\"/admin/lokalraad/fensmark\">Fensmark Lokalråd</a>");
    assertThat(jonasRow)
        .contains("Områder:")
        .contains("href=\"/admin/omraader/herlufsholm\">Herlufsholm</a>");
  }

  @Test
  void createsAContactPerson() throws Exception {
    String email = "ny-" + UUID.randomUUID() + "@kommune.example";
    created.add(email);

    mvc.perform(
            post("/admin/kontaktpersoner/ny")
                .param("name", "Nina Nielsen")
                .param("title", "Konsulent")
                .param("email", email.toUpperCase())
                .param("phone", "+45 55 88 00 00")
                .param("departmentId", organisation.departments().get(0).getId().toString())
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/kontaktpersoner"))
        .andExpect(confirms("admin.contact.created"));

    ContactPerson person = organisation.contactPersonByEmail(email).orElseThrow();
    assertThat(person.getName()).isEqualTo("Nina Nielsen");
    assertThat(person.getPhone()).isEqualTo("+45 55 88 00 00");
    assertThat(audit(jdbc, "created", "contact-person", person.getId())).isEqualTo(1);
  }

  @Test
  void refusesAnEmailAddressAnotherContactPersonHas() throws Exception {
    assertThat(
            page(
                mvc,
                admin(),
                post("/admin/kontaktpersoner/ny")
                    .param("name", "Dobbelt Lene")
                    .param("email", "LENE.madsen@kommune.example")
                    .with(csrf()),
                status().is(422)))
        .contains(
            "Der er allerede en kontaktperson med e-mailadressen lene.madsen@kommune.example.")
        .contains("value=\"Dobbelt Lene\"");
  }

  @Test
  void keepsTheInputAndExplainsEveryMistake() throws Exception {
    assertThat(
            page(
                mvc,
                admin(),
                post("/admin/kontaktpersoner/ny")
                    .param("name", "")
                    .param("email", "lene-uden-snabel-a")
                    .param("phone", "ring til mig")
                    .with(csrf()),
                status().is(422)))
        .contains("Udfyld feltet.")
        .contains("Skriv en gyldig e-mailadresse")
        .contains("value=\"lene-uden-snabel-a\"")
        .contains("Skriv telefonnummeret med cifre")
        .contains("value=\"ring til mig\"");
  }

  @Test
  void editsAContactPerson() throws Exception {
    String email = "ole-" + UUID.randomUUID() + "@kommune.example";
    created.add(email);
    ContactPerson person =
        administration.createContactPerson(
            new ContactPersonDraft("Ole Olsen", null, email, null, null));
    assertThat(page(mvc, admin(), get("/admin/kontaktpersoner/" + person.getId())))
        .contains("value=\"Ole Olsen\"");

    mvc.perform(
            post("/admin/kontaktpersoner/" + person.getId())
                .param("name", "Ole Olsen Berg")
                .param("title", "Specialkonsulent")
                .param("email", person.getEmail())
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/kontaktpersoner"));

    assertThat(organisation.contactPersonById(person.getId()).getTitle())
        .isEqualTo("Specialkonsulent");
    assertThat(audit(jdbc, "updated", "contact-person", person.getId())).isEqualTo(1);
  }
}
