package dk.samspil.involvement.web.council;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.involvement.AnswerState;
import dk.samspil.involvement.DocumentManagement;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.organisation.Committee;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FormErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the council's inbox and process page from the involvement module and the names used. */
@Component
@Transactional(readOnly = true)
class ContributionPages {

  private final ProcessQueries queries;
  private final DocumentManagement documents;
  private final CouncilManagement councils;
  private final AccountManagement accounts;
  private final OrganisationManagement organisation;

  ContributionPages(
      ProcessQueries queries,
      DocumentManagement documents,
      CouncilManagement councils,
      AccountManagement accounts,
      OrganisationManagement organisation) {
    this.queries = queries;
    this.documents = documents;
    this.councils = councils;
    this.accounts = accounts;
    this.organisation = organisation;
  }

  Council council(String slug) {
    return councils.council(slug);
  }

  Invitation invitation(Council council, Long processId) {
    Invitation invitation = queries.invitationFor(processId, council.getId());
    queries.publishedProcess(processId);
    return invitation;
  }

  /** Invitations awaiting an answer first (nearest deadline first), then the rest, newest first. */
  CouncilPages.Inbox inbox(Council council) {
    List<Invitation> invitations = queries.inbox(council.getId());
    Map<Long, InvolvementProcess> processes =
        queries.processesById(invitations.stream().map(Invitation::getProcessId).toList());
    LocalDate today = queries.today();
    List<CouncilPages.InboxRow> rows = new ArrayList<>();
    for (Invitation invitation : invitations) {
      InvolvementProcess process = processes.get(invitation.getProcessId());
      if (process == null || !process.getStatus().isPublic()) {
        continue;
      }
      AnswerState state = invitation.answerState(process, today);
      rows.add(
          new CouncilPages.InboxRow(
              process,
              state,
              process.acceptsAnswers(today)
                  && (state == AnswerState.INVITED || state == AnswerState.DRAFT)));
    }
    rows.sort(
        Comparator.comparing((CouncilPages.InboxRow row) -> !row.awaiting())
            .thenComparing(
                row -> row.awaiting() ? row.process().getDeadline().toEpochDay() : 0L,
                Comparator.naturalOrder())
            .thenComparing(
                row -> row.process().getPublishedAt(),
                Comparator.nullsLast(Comparator.reverseOrder())));
    return new CouncilPages.Inbox(council, rows, today);
  }

  /** The state to show the page in, beyond what is stored. */
  record Shown(
      String text,
      Integer version,
      CouncilPages.Conflict conflict,
      String unsaved,
      FormErrors errors,
      String declineReason,
      String addendum) {

    static final Shown STORED = new Shown(null, null, null, null, FormErrors.NONE, "", "");
  }

  CouncilPages.ContributionPage page(
      Council council, Long processId, boolean mayAnswer, Shown shown) {
    Invitation invitation = invitation(council, processId);
    InvolvementProcess process = queries.process(processId);
    LocalDate today = queries.today();
    Set<Long> accountIds = new HashSet<>();
    accountIds.add(invitation.getDraftUpdatedBy());
    accountIds.add(invitation.getSentBy());
    accountIds.add(declinedBy(invitation));
    accountIds.remove(null);
    Map<Long, Account> names = accounts.accountsById(accountIds);
    Set<Long> committeeIds = new HashSet<>();
    committeeIds.add(process.getOutcomeCommitteeId());
    committeeIds.remove(null);
    Map<Long, Committee> committees = organisation.committeesById(committeeIds);
    AnswerState state = invitation.answerState(process, today);
    CouncilPages.Editor editor =
        new CouncilPages.Editor(
            shown.text() != null ? shown.text() : invitation.getDraftText(),
            shown.version() != null ? shown.version() : invitation.getDraftVersion(),
            name(names.get(invitation.getDraftUpdatedBy())),
            invitation.getDraftUpdatedAt());
    Committee committee = committees.get(process.getOutcomeCommitteeId());
    return new CouncilPages.ContributionPage(
        council,
        process,
        departmentName(process),
        documents.documentSummaries(processId),
        invitation.reasonList(),
        invitation,
        state,
        process.acceptsAnswers(today),
        mayAnswer,
        editor,
        shown.conflict(),
        shown.unsaved(),
        documents
            .attachmentSummaries(List.of(invitation.getId()))
            .getOrDefault(invitation.getId(), List.of()),
        shown.errors(),
        Objects.requireNonNullElse(shown.declineReason(), ""),
        Objects.requireNonNullElse(shown.addendum(), ""),
        name(names.get(invitation.getSentBy())),
        name(names.get(declinedBy(invitation))),
        committee == null ? null : committee.getName(),
        today);
  }

  /**
   * What the chair confirms before sending: the stored draft (the form saved it just before), its
   * files, and who receives it. {@code isPublic} is the choice shown, {@code changed} whether
   * someone saved the draft after the chair was shown it.
   */
  CouncilPages.ConfirmPage confirmPage(
      Council council, Long processId, boolean isPublic, boolean changed, FormErrors errors) {
    Invitation invitation = invitation(council, processId);
    InvolvementProcess process = queries.process(processId);
    Long contactId = process.getContactAccountId();
    return new CouncilPages.ConfirmPage(
        council,
        process,
        departmentName(process),
        contactId == null ? null : nameOf(contactId),
        invitation.getDraftText(),
        invitation.getDraftVersion(),
        documents
            .attachmentSummaries(List.of(invitation.getId()))
            .getOrDefault(invitation.getId(), List.of()),
        isPublic,
        changed,
        errors);
  }

  /** The name of whoever saved a conflicting draft. */
  String nameOf(Long accountId) {
    return accountId == null ? null : name(accounts.account(accountId).orElse(null));
  }

  private String departmentName(InvolvementProcess process) {
    if (process.getDepartmentId() == null) {
      return null;
    }
    Department department =
        organisation
            .departmentsById(List.of(process.getDepartmentId()))
            .get(process.getDepartmentId());
    return department == null ? null : department.getName();
  }

  private static Long declinedBy(Invitation invitation) {
    return invitation.getDeclinedBy();
  }

  private static String name(Account account) {
    return account == null ? null : account.displayName();
  }
}
