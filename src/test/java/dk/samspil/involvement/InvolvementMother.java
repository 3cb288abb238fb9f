package dk.samspil.involvement;

import dk.samspil.account.AccountManagement;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.OrganisationManagement;
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

  private final InvolvementManagement involvement;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;
  private final JdbcClient jdbc;

  InvolvementMother(
      InvolvementManagement involvement,
      AreaManagement areas,
      CouncilManagement councils,
      OrganisationManagement organisation,
      AccountManagement accounts,
      JdbcClient jdbc) {
    this.involvement = involvement;
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
    return involvement.create(
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
        accountId("medarbejder@samspil.test"));
  }

  /** A process open for contributions from the councils of the areas. */
  public InvolvementProcess open(String title, LocalDate deadline, String... areaSlugs) {
    InvolvementProcess process = draft(title, deadline, areaSlugs);
    involvement.publish(
        process.getId(), Arrays.stream(areaSlugs).map(this::councilId).collect(Collectors.toSet()));
    return involvement.process(process.getId());
  }

  /** The process with this (unique) title. */
  public InvolvementProcess processTitled(String title) {
    Long id =
        jdbc.sql("select id from involvement_process where title = ?")
            .param(title)
            .query(Long.class)
            .single();
    return involvement.process(id);
  }

  public Invitation invitation(InvolvementProcess process, String councilSlug) {
    return involvement.invitationOf(process.getId(), councilId(councilSlug)).orElseThrow();
  }

  /** The council's chair sends a contribution. */
  public Invitation contribute(InvolvementProcess process, String councilSlug, String text) {
    Invitation invitation = invitation(process, councilSlug);
    long chair = accountId("formand." + councilSlug + "@samspil.test");
    involvement.saveDraft(invitation.getId(), text, invitation.getDraftVersion(), chair);
    involvement.send(invitation.getId(), true, chair);
    return involvement.invitation(invitation.getId());
  }

  public void decline(InvolvementProcess process, String councilSlug, String reason) {
    Invitation invitation = invitation(process, councilSlug);
    involvement.decline(
        invitation.getId(), reason, accountId("formand." + councilSlug + "@samspil.test"));
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

  /** The recipients of the mails whose subject contains the text. */
  public List<String> recipientsOfMailsAbout(String subjectText) {
    return jdbc.sql("select recipient from outbox_mail where subject like ? order by id")
        .param("%" + subjectText + "%")
        .query(String.class)
        .list();
  }

  /** The bodies of the mails to the recipient whose subject contains the text. */
  public List<String> mailsTo(String recipient, String subjectText) {
    return jdbc.sql(
            "select body from outbox_mail where recipient = ? and subject like ? order by id")
        .params(recipient, "%" + subjectText + "%")
        .query(String.class)
        .list();
  }
}
