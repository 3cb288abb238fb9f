package dk.samspil.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.AreaManagement;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demonstration's citizens' proposals: one in every state after confirmation, and a hidden one,
 * with something to do for the council, the contact person and the employee, replayed over the past
 * year without mailing anyone, and loaded once.
 */
@SamspilTest
class DemoProposalTests {

  @Autowired DemoDataImporter importer;
  @Autowired ProposalQueries proposals;
  @Autowired AreaManagement areas;
  @Autowired OrganisationManagement organisation;
  @Autowired AccountManagement accounts;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  Proposal demo(String title) {
    return proposals.proposal(
        jdbc.sql("select id from proposal where title = ?")
            .param(title)
            .query(Long.class)
            .single());
  }

  @Test
  void hasAProposalInEveryStateAndAHiddenOne() {
    List<String> states =
        jdbc.sql(
                // the tests' own proposals are all brought today, the demonstration's before
                "select distinct state from proposal where hidden_at is null"
                    + " and created_at < now() - interval '1 day'")
            .query(String.class)
            .list();
    assertThat(states)
        .containsAll(
            Arrays.stream(ProposalState.values())
                .filter(ProposalState::isConfirmed)
                .map(Enum::name)
                .toList());
    Proposal hidden = demo("Naboens træer skygger for hele vejen");
    assertThat(hidden.isPublic()).isFalse();
    assertThat(hidden.getHiddenReason()).contains("navngiven nabo");
  }

  @Test
  void givesTheCouncilTheContactPersonAndTheEmployeeSomethingToDo() {
    Proposal fensmark = demo("Flere bænke langs stien ved Holmegaard Mose");
    assertThat(fensmark.getState()).isEqualTo(ProposalState.HOS_LOKALRAADET);
    assertThat(fensmark.getAreaId()).isEqualTo(areas.area("fensmark").getId());
    assertThat(fensmark.getCouncilDeadline()).isAfter(LocalDate.now().plusWeeks(4));

    Proposal forwarded = demo("Cykelsti mellem Glumsø og Bavelse");
    assertThat(forwarded.getState()).isEqualTo(ProposalState.VIDERESENDT);
    Long lene =
        accounts.accountByEmail("kontaktperson@samspil.test").orElseThrow().getContactPersonId();
    assertThat(
            areas
                .areasById(List.of(forwarded.getAreaId()))
                .get(forwarded.getAreaId())
                .getContactPersonId())
        .isEqualTo(lene);

    Proposal department = demo("Gadekæret i Tybjerg er ved at gro til");
    assertThat(department.getState()).isEqualTo(ProposalState.HOS_FORVALTNINGEN);
    assertThat(department.getDepartmentId())
        .isEqualTo(
            accounts.accountByEmail("medarbejder@samspil.test").orElseThrow().getDepartmentId());

    assertThat(demo("Sikker krydsning ved broen i Karrebæksminde").getAnswerProcessId())
        .isNotNull();
    assertThat(demo("Overdækkede cykelstativer ved Næstved Station").getCouncilId()).isNull();
  }

  @Test
  void spreadsTheHistoryOverThePastYearAndMailsNoOne() {
    Proposal done = demo("Bænk og affaldsspand ved badebroen i Glumsø Sø");
    assertThat(done.getState()).isEqualTo(ProposalState.GENNEMFOERT);
    assertThat(done.getCreatedAt()).isBefore(Instant.now().minus(300, ChronoUnit.DAYS));
    assertThat(done.publicSteps()).hasSize(6);
    Integer mails =
        jdbc.sql(
                "select count(*) from outbox_mail where recipient like 'stoette.%@borger.example'"
                    + " or recipient in (select proposer_email from proposal"
                    + " where created_at < now() - interval '1 day')")
            .query(Integer.class)
            .single();
    assertThat(mails).isZero();
    Long supports =
        jdbc.sql(
                "select count(*) from proposal_support where proposal_id = ? and confirmed_at is not null")
            .param(demo("40 km/t gennem Fuglebjerg").getId())
            .query(Long.class)
            .single();
    assertThat(supports).isEqualTo(31);
  }

  @Test
  void loadsTheProposalsOnce() throws Exception {
    Integer before = jdbc.sql("select count(*) from proposal").query(Integer.class).single();

    assertThat(importer.importIfNew()).isFalse();

    assertThat(jdbc.sql("select count(*) from proposal").query(Integer.class).single())
        .isEqualTo(before);
  }

  @Test
  void showsTheDemonstrationProposalsOnTheirPages() throws Exception {
    String html =
        mvc.perform(get("/forslag/" + demo("40 km/t gennem Fuglebjerg").getId()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains("Lars Enevoldsen", "Center for Vej, Park og Trafik", "Karen Holt")
        .doesNotContain("lars.enevoldsen@borger.example");
    mvc.perform(get("/forslag/" + demo("Naboens træer skygger for hele vejen").getId()))
        .andExpect(status().isNotFound());
  }
}
