package dk.samspil.involvement;

import dk.samspil.account.AccountManagement;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.shared.Act;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An object mother for involvement tests: processes that each test creates and publishes itself, so
 * that tests never answer the demonstration data's invitations (which the browser journeys and
 * people use) and never depend on each other.
 */
@Component
public class InvolvementFixtures {

  private final ProcessQueries queries;
  private final ProcessManagement processes;
  private final AnswerManagement answers;
  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final AccountManagement accounts;
  private final JdbcClient jdbc;

  InvolvementFixtures(
      ProcessQueries queries,
      ProcessManagement processes,
      AnswerManagement answers,
      CouncilManagement councils,
      AreaManagement areas,
      AccountManagement accounts,
      JdbcClient jdbc) {
    this.queries = queries;
    this.processes = processes;
    this.answers = answers;
    this.councils = councils;
    this.areas = areas;
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  /** A title no other test uses. */
  public static String uniqueTitle(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A draft about the councils' areas, deadline in four weeks. */
  public InvolvementProcess draft(String title, ProcessType type, String... councilSlugs) {
    Set<Long> areaIds = new LinkedHashSet<>();
    for (String slug : councilSlugs) {
      areaIds.add(councils.council(slug).getAreaId());
    }
    return draft(title, type, areaIds, Set.of());
  }

  public InvolvementProcess draft(
      String title, ProcessType type, Set<Long> areaIds, Set<Long> themeIds) {
    return processes.create(
        new ProcessDraft(
            title,
            "Resumé af " + title,
            "Om **" + title + "**.",
            type,
            false,
            null,
            null,
            null,
            false,
            areaIds,
            themeIds,
            List.of(new Phase("Lokalrådene byder ind", queries.today(), null)),
            queries.today().plusWeeks(4)),
        Act.by(accountId("medarbejder@samspil.test")));
  }

  /** Creates a process about the councils' areas and publishes it to them. */
  public Long openProcess(String title, String... councilSlugs) {
    InvolvementProcess process = draft(title, ProcessType.HANDLEPLAN, councilSlugs);
    publish(process.getId(), councilSlugs);
    return process.getId();
  }

  public void publish(Long processId, String... councilSlugs) {
    processes.publish(
        processId, councilIds(councilSlugs), Act.by(accountId("medarbejder@samspil.test")));
  }

  public Set<Long> councilIds(String... slugs) {
    Set<Long> ids = new LinkedHashSet<>();
    Arrays.stream(slugs).forEach(slug -> ids.add(councils.council(slug).getId()));
    return ids;
  }

  public Council council(String slug) {
    return councils.council(slug);
  }

  public Long areaId(String slug) {
    return areas.area(slug).getId();
  }

  public Invitation invitation(Long processId, String councilSlug) {
    return queries.invitationFor(processId, councils.council(councilSlug).getId());
  }

  /** The demonstration account's id; null for null (a council without accounts). */
  public Long accountId(String email) {
    return email == null ? null : accounts.accountByEmail(email).orElseThrow().getId();
  }

  /** Saves a draft as the council's chair would, from whatever version is saved. */
  public void saveDraft(Long processId, String councilSlug, String text, String byEmail) {
    Invitation invitation = invitation(processId, councilSlug);
    answers.saveDraft(
        invitation.getId(), text, invitation.getDraftVersion(), Act.by(accountId(byEmail)));
  }

  /** Sends a contribution on the council's behalf. */
  public void contribute(
      Long processId, String councilSlug, String text, boolean isPublic, String byEmail) {
    Invitation invitation = invitation(processId, councilSlug);
    answers.send(
        invitation.getId(),
        text,
        invitation.getDraftVersion(),
        isPublic,
        Act.by(accountId(byEmail)));
  }

  public void decline(Long processId, String councilSlug, String reason, String byEmail) {
    answers.decline(invitation(processId, councilSlug).getId(), reason, Act.by(accountId(byEmail)));
  }

  /**
   * Lets the deadline pass while the process stays open, as it is between the deadline and the
   * status job (or the employee) closing it.
   */
  public void passDeadline(Long processId) {
    jdbc.sql("update involvement_process set deadline = ? where id = ?")
        .params(queries.today().minusDays(1), processId)
        .update();
  }
}
