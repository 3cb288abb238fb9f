package dk.samspil.proposal;

import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.shared.EventListeners;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposals for the council's tests, brought and confirmed through the aggregate as the submission
 * does it, in the demonstration data's areas. Titles and proposers' addresses are unique, so that a
 * test finds its own mails and rows among everyone else's.
 */
@Component
public class CouncilProposalMother {

  /** The proposal the authorisation matrix acts on: with Fensmark's council, never decided. */
  public static final String MATRIX_TITLE = "Matrix: en bænk ved gadekæret i Fensmark";

  private final Proposals proposals;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final JdbcClient jdbc;
  private final EventListeners listeners;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CouncilProposalMother(
      Proposals proposals,
      AreaManagement areas,
      CouncilManagement councils,
      JdbcClient jdbc,
      EventListeners listeners,
      TransactionTemplate transactions,
      Clock clock) {
    this.proposals = proposals;
    this.areas = areas;
    this.councils = councils;
    this.jdbc = jdbc;
    this.listeners = listeners;
    this.transactions = transactions;
    this.clock = clock;
  }

  public static String unique(String text) {
    return text + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  public static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@borger.test";
  }

  /**
   * A confirmed proposal with the council of the area (or, where the area has none, its contact
   * person), due in six weeks.
   */
  public Proposal atCouncil(String title, String areaSlug, String proposerEmail) {
    Long areaId = areas.area(areaSlug).getId();
    Long councilId =
        councils
            .councilOf(areaId)
            .filter(council -> council.getStatus().isRepresenting())
            .map(Council::getId)
            .orElse(null);
    return transactions.execute(
        status -> {
          Proposal proposal =
              proposals.save(
                  new Proposal(
                      new NewProposal(
                          ProposalKind.FORSLAG,
                          Set.of(),
                          title,
                          "Børnene krydser vejen hver morgen.\n\nDer mangler en sikker overgang.",
                          55.2826,
                          11.8049,
                          "Fensmarkvej ved skolen",
                          false,
                          areaId,
                          councilId,
                          Set.of(),
                          "Mette Hansen",
                          proposerEmail,
                          null,
                          true),
                      null,
                      clock.instant()));
          // saved first, so that the step's event names the proposal
          proposal.confirm(clock.instant(), LocalDate.now(clock).plusWeeks(6));
          return proposals.save(proposal);
        });
  }

  /** The matrix's proposal, made once. */
  public Proposal matrixProposal() {
    List<Long> ids =
        jdbc.sql("select id from proposal where title = ? order by id")
            .param(MATRIX_TITLE)
            .query(Long.class)
            .list();
    if (!ids.isEmpty()) {
      return proposal(ids.get(0));
    }
    return atCouncil(MATRIX_TITLE, "fensmark", "matrix@borger.test");
  }

  public Proposal proposal(Long id) {
    return proposals.findById(id).orElseThrow();
  }

  /** Moves the council's deadline as if time had passed (the clock is the real one). */
  public void setCouncilDeadline(Proposal proposal, LocalDate deadline) {
    jdbc.sql("update proposal set council_deadline = ? where id = ?")
        .params(deadline, proposal.getId())
        .update();
  }

  /** The bodies of the mails to the recipient whose subject contains the text, once queued. */
  public List<String> mailsTo(String recipient, String subjectText) {
    listeners.awaitCompletion();
    return jdbc.sql(
            "select body from outbox_mail where recipient = ? and subject like ? order by id")
        .params(recipient, "%" + subjectText + "%")
        .query(String.class)
        .list();
  }

  /** The recipients of the mails whose subject contains the text, once queued. */
  public List<String> recipientsOfMailsAbout(String subjectText) {
    listeners.awaitCompletion();
    return jdbc.sql("select recipient from outbox_mail where subject like ? order by id")
        .param("%" + subjectText + "%")
        .query(String.class)
        .list();
  }
}
