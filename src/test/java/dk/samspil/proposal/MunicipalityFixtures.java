package dk.samspil.proposal;

import dk.samspil.account.AccountManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An object mother for the municipality's side of proposals: proposals each test brings through the
 * aggregate's own steps (the submission pages are another part's), so that tests never share one
 * and never depend on the demonstration data's proposals.
 */
@Component
public class MunicipalityFixtures {

  public static final String CHAIR = "formand.fensmark@samspil.test";
  public static final String EMPLOYEE = "medarbejder@samspil.test";
  public static final String CONTACT_PERSON = "kontaktperson@samspil.test";

  private final Proposals proposals;
  private final CouncilManagement councils;
  private final AccountManagement accounts;
  private final ProposalRouting routing;
  private final DepartmentAnswers answers;
  private final Clock clock;

  MunicipalityFixtures(
      Proposals proposals,
      CouncilManagement councils,
      AccountManagement accounts,
      ProposalRouting routing,
      DepartmentAnswers answers,
      Clock clock) {
    this.proposals = proposals;
    this.councils = councils;
    this.accounts = accounts;
    this.routing = routing;
    this.answers = answers;
    this.clock = clock;
  }

  /** A title no other test uses. */
  public static String uniqueTitle(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An address no other test uses, for the proposer. */
  public static String uniqueProposer() {
    return "forslagsstiller-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
  }

  /** A proposal received by the council (confirmed by its proposer), with these themes. */
  public Proposal received(
      String title, String councilSlug, String proposerEmail, Set<Long> themeIds) {
    Council council = councils.council(councilSlug);
    Proposal proposal =
        proposals.save(
            new Proposal(
                new NewProposal(
                    ProposalKind.FORSLAG,
                    Set.of(),
                    title,
                    "Børnene krydser vejen ved skolen hver morgen.\n\nEn overgang ville hjælpe.",
                    null,
                    null,
                    "Fensmarkvej",
                    false,
                    council.getAreaId(),
                    council.getId(),
                    themeIds,
                    "Mette Testesen",
                    proposerEmail,
                    null,
                    false),
                null,
                clock.instant()));
    proposal.confirm(clock.instant(), LocalDate.now(clock).plusWeeks(6));
    return proposals.save(proposal);
  }

  /** A proposal received in an area without a council: its contact person handles it. */
  public Proposal receivedWithoutCouncil(String title, Long areaId, String proposerEmail) {
    Proposal proposal =
        proposals.save(
            new Proposal(
                new NewProposal(
                    ProposalKind.INITIATIV,
                    Set.of(InitiativeNeed.STED),
                    title,
                    "Vi vil lave en byhave.",
                    null,
                    null,
                    null,
                    true,
                    areaId,
                    null,
                    Set.of(),
                    "Mette Testesen",
                    proposerEmail,
                    null,
                    false),
                null,
                clock.instant()));
    proposal.confirm(clock.instant(), LocalDate.now(clock).plusWeeks(6));
    return proposals.save(proposal);
  }

  /** The Fensmark council returns the proposal: it is already planned. */
  public Proposal returned(Proposal received) {
    Proposal proposal = reload(received);
    proposal.returnToProposer(
        ReturnReason.ALLEREDE_PLANLAGT,
        "Kommunen laver overgangen næste år.",
        accountId(CHAIR),
        clock.instant());
    return proposals.save(proposal);
  }

  public Proposal received(String title, String proposerEmail) {
    return received(title, "fensmark", proposerEmail, Set.of());
  }

  /** A proposal the Fensmark chair forwarded to the municipality with the council's support. */
  public Proposal forwarded(String title, String proposerEmail) {
    return forward(received(title, proposerEmail));
  }

  public Proposal forward(Proposal received) {
    Proposal proposal = reload(received);
    proposal.forward(
        Assessment.STOETTER, "Det er vigtigt for området.", accountId(CHAIR), clock.instant());
    return proposals.save(proposal);
  }

  /** A proposal forwarded and routed to the demonstration employee's department. */
  public Proposal atDepartment(String title, String proposerEmail) {
    Proposal proposal = forwarded(title, proposerEmail);
    routing.route(proposal.getId(), employeesDepartment(), accountId(CONTACT_PERSON));
    return reload(proposal);
  }

  /** A proposal the demonstration employee's department has acknowledged. */
  public Proposal acknowledged(String title, String proposerEmail) {
    Proposal proposal = atDepartment(title, proposerEmail);
    answers.acknowledge(proposal.getId(), "Jens Vej", accountId(EMPLOYEE));
    return reload(proposal);
  }

  /**
   * A proposal whose council let the deadline pass, and whose proposer asked the contact person.
   */
  public Proposal askedAfterDeadline(String title, String proposerEmail) {
    Proposal proposal = reload(received(title, proposerEmail));
    proposal.tellDeadlinePassed(clock.instant());
    proposal = proposals.save(proposal);
    proposal.askContactPerson(clock.instant());
    return proposals.save(proposal);
  }

  public Proposal reload(Proposal proposal) {
    return proposals.findById(proposal.getId()).orElseThrow();
  }

  public Long employeesDepartment() {
    return accounts.accountByEmail(EMPLOYEE).orElseThrow().getDepartmentId();
  }

  public Long accountId(String email) {
    return accounts.accountByEmail(email).orElseThrow().getId();
  }
}
