package dk.samspil.involvement;

import dk.samspil.account.AccountManagement;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.Act;
import dk.samspil.shared.EventListeners;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Processes, invitations and answers for the tests, made through the module's API with the
 * demonstration data's areas and councils. Every title is unique, so that a test finds its own
 * mails and rows among everyone else's.
 */
@Component
public class InvolvementMother {

  private final ProcessQueries queries;
  private final ProcessManagement processes;
  private final AnswerManagement answers;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;
  private final JdbcClient jdbc;
  private final EventListeners listeners;

  InvolvementMother(
      ProcessQueries queries,
      ProcessManagement processes,
      AnswerManagement answers,
      AreaManagement areas,
      CouncilManagement councils,
      OrganisationManagement organisation,
      AccountManagement accounts,
      JdbcClient jdbc,
      EventListeners listeners) {
    this.listeners = listeners;
    this.queries = queries;
    this.processes = processes;
    this.answers = answers;
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  public static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  public long areaId(String slug) {
    return areas.area(slug).getId();
  }

  public long councilId(String slug) {
    return councils.council(slug).getId();
  }

  public long themeId(String slug) {
    return organisation.themeBySlug(slug).orElseThrow().getId();
  }

  public long departmentId() {
    return organisation.departmentByName("Center for Plan og Miljø").orElseThrow().getId();
  }

  public long accountId(String email) {
    return accounts.accountByEmail(email).orElseThrow().getId();
  }

  /** A draft affecting the areas, created by the demonstration employee. */
  public InvolvementProcess draft(String title, LocalDate deadline, String... areaSlugs) {
    Set<Long> areaIds = Arrays.stream(areaSlugs).map(this::areaId).collect(Collectors.toSet());
    return processes.create(
        new ProcessDraft(
            title,
            "Resumé af " + title,
            "Tekst",
            ProcessType.HANDLEPLAN,
            false,
            departmentId(),
            null,
            null,
            false,
            areaIds,
            Set.of(),
            List.of(),
            deadline),
        Act.by(accountId("medarbejder@samspil.test")));
  }

  /** A process open for contributions from the councils of the areas. */
  public InvolvementProcess open(String title, LocalDate deadline, String... areaSlugs) {
    InvolvementProcess process = draft(title, deadline, areaSlugs);
    processes.publish(
        process.getId(),
        Arrays.stream(areaSlugs).map(this::councilId).collect(Collectors.toSet()),
        Act.by(accountId("medarbejder@samspil.test")));
    return queries.process(process.getId());
  }

  /** The process with this (unique) title. */
  public InvolvementProcess processTitled(String title) {
    Long id =
        jdbc.sql("select id from involvement_process where title = ?")
            .param(title)
            .query(Long.class)
            .single();
    return queries.process(id);
  }

  public Invitation invitation(InvolvementProcess process, String councilSlug) {
    return queries.invitationFor(process.getId(), councilId(councilSlug));
  }

  /** The council's chair sends a contribution. */
  public Invitation contribute(InvolvementProcess process, String councilSlug, String text) {
    Invitation invitation = invitation(process, councilSlug);
    long chair = accountId("formand." + councilSlug + "@samspil.test");
    answers.send(invitation.getId(), text, invitation.getDraftVersion(), true, Act.by(chair));
    return queries.invitation(invitation.getId());
  }

  public void decline(InvolvementProcess process, String councilSlug, String reason) {
    Invitation invitation = invitation(process, councilSlug);
    answers.decline(
        invitation.getId(), reason, Act.by(accountId("formand." + councilSlug + "@samspil.test")));
  }

  /** Moves the process's dates as if time had passed (the clock is the real one). */
  public void setDeadline(InvolvementProcess process, LocalDate deadline) {
    jdbc.sql("update involvement_process set deadline = ? where id = ?")
        .params(deadline, process.getId())
        .update();
  }

  public void setPublishedDaysAgo(InvolvementProcess process, int days) {
    jdbc.sql(
            "update involvement_process set published_at = now() - make_interval(days => ?)"
                + " where id = ?")
        .params(days, process.getId())
        .update();
  }

  /**
   * The recipients of the mails whose subject contains the text, once the listeners that queue
   * mails after a commit have run.
   */
  public List<String> recipientsOfMailsAbout(String subjectText) {
    listeners.awaitCompletion();
    return jdbc.sql("select recipient from outbox_mail where subject like ? order by id")
        .param("%" + subjectText + "%")
        .query(String.class)
        .list();
  }

  /** The bodies of the mails to the recipient whose subject contains the text (see above). */
  public List<String> mailsTo(String recipient, String subjectText) {
    listeners.awaitCompletion();
    return jdbc.sql(
            "select body from outbox_mail where recipient = ? and subject like ? order by id")
        .params(recipient, "%" + subjectText + "%")
        .query(String.class)
        .list();
  }
}
