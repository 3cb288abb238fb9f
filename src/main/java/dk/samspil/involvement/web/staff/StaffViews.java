package dk.samspil.involvement.web.staff;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilRouting;
import dk.samspil.council.RoutingPolicy;
import dk.samspil.involvement.DeadlinePolicy;
import dk.samspil.involvement.DocumentManagement;
import dk.samspil.involvement.FileSummary;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.Phase;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessProgress;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.involvement.ProcessType;
import dk.samspil.organisation.Committee;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.DanishDates;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Markdown;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Builds the staff pages from the modules' services: names instead of ids, and every list read in a
 * few queries (no query per row).
 */
@Component
class StaffViews {

  static final int PAGE_SIZE = 20;

  private final ProcessQueries queries;
  private final ProcessManagement management;
  private final DocumentManagement documents;
  private final CouncilManagement councils;
  private final CouncilRouting routing;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;
  private final DataSize maxUpload;

  StaffViews(
      ProcessQueries queries,
      ProcessManagement management,
      DocumentManagement documents,
      CouncilManagement councils,
      CouncilRouting routing,
      AreaManagement areas,
      OrganisationManagement organisation,
      AccountManagement accounts,
      @Value("${samspil.involvement.documents.max-size:10MB}") DataSize maxUpload) {
    this.queries = queries;
    this.management = management;
    this.documents = documents;
    this.councils = councils;
    this.routing = routing;
    this.areas = areas;
    this.organisation = organisation;
    this.accounts = accounts;
    this.maxUpload = maxUpload;
  }

  DataSize maxUpload() {
    return maxUpload;
  }

  /** The signed-in person's department, or null. */
  Long departmentOf(long accountId) {
    return accounts.account(accountId).map(Account::getDepartmentId).orElse(null);
  }

  // ---- the process form ----------------------------------------------------------------------

  /**
   * What the form offers. A committee that is no longer valid, or a contact who is no longer an
   * employee, stays choosable for the process that has it.
   */
  Choices choices(Long keepCommittee, Long keepContact) {
    List<Option> committees = committeeOptions(keepCommittee);
    List<Option> contacts = new ArrayList<>();
    accounts.employees().forEach(a -> contacts.add(Option.of(a.getId(), a.displayName())));
    if (keepContact != null && !Option.contains(contacts, keepContact.toString())) {
      accounts
          .account(keepContact)
          .ifPresent(a -> contacts.add(Option.of(a.getId(), a.displayName())));
    }
    return new Choices(
        List.of(ProcessType.values()),
        departments(),
        committees,
        contacts,
        areaOptions(),
        organisation.themes().stream().map(t -> Option.of(t.getId(), t.getName())).toList());
  }

  /** The committees valid today, and the one to keep even if it is no longer valid. */
  List<Option> committeeOptions(Long keep) {
    LocalDate today = queries.today();
    return organisation.committees().stream()
        .filter(c -> c.isValidOn(today) || c.getId().equals(keep))
        .sorted(Comparator.comparing(Committee::getName, AreaManagement.DANISH_ORDER))
        .map(c -> Option.of(c.getId(), c.getName()))
        .toList();
  }

  ProcessFormPage formPage(ProcessForm form, FormErrors errors, Long processId) {
    Long committee = null;
    Long contact = null;
    String title = null;
    if (processId != null) {
      InvolvementProcess process = queries.process(processId);
      committee = process.getCommitteeId();
      contact = process.getContactAccountId();
      title = process.getTitle();
    }
    return new ProcessFormPage(form, choices(committee, contact), errors, processId, title);
  }

  private List<Option> departments() {
    return organisation.departments().stream()
        .sorted(Comparator.comparing(Department::getName, AreaManagement.DANISH_ORDER))
        .map(d -> Option.of(d.getId(), d.getName()))
        .toList();
  }

  private List<Option> areaOptions() {
    return areas.areas().stream().map(a -> Option.of(a.getId(), a.getName())).toList();
  }

  // ---- lists ---------------------------------------------------------------------------------

  ProcessListPage listPage(Long departmentId, boolean own, String status, int page) {
    ProcessStatus chosen = status(status);
    Page<InvolvementProcess> found =
        queries.staffProcesses(own ? departmentId : null, chosen, page, PAGE_SIZE);
    Map<Long, Department> departments =
        organisation.departmentsById(
            found.stream()
                .map(InvolvementProcess::getDepartmentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    List<ProcessListPage.Row> rows =
        found.stream()
            .map(
                p ->
                    new ProcessListPage.Row(
                        p.getId(),
                        p.getTitle(),
                        p.getStatus(),
                        p.getType(),
                        name(departments.get(p.getDepartmentId()), Department::getName),
                        p.getDeadline()))
            .toList();
    return new ProcessListPage(
        rows,
        own,
        departmentId != null,
        chosen == null ? "" : chosen.name(),
        List.of(ProcessStatus.values()),
        found.getNumber(),
        Math.max(0, found.getTotalPages() - 1),
        found.getTotalElements());
  }

  private static ProcessStatus status(String text) {
    for (ProcessStatus status : ProcessStatus.values()) {
      if (status.name().equals(text)) {
        return status;
      }
    }
    return null;
  }

  OverviewPage overviewPage(int page) {
    Page<InvolvementProcess> found = queries.publishedProcessesByDeadline(page, PAGE_SIZE);
    Map<Long, ProcessProgress> progress = queries.progressOf(found.getContent());
    Map<Long, Department> departments =
        organisation.departmentsById(
            found.stream()
                .map(InvolvementProcess::getDepartmentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    List<OverviewPage.Row> rows =
        found.stream()
            .map(
                p ->
                    new OverviewPage.Row(
                        p.getId(),
                        p.getTitle(),
                        p.getStatus(),
                        name(departments.get(p.getDepartmentId()), Department::getName),
                        p.getDeadline(),
                        progress.get(p.getId())))
            .toList();
    List<Invitation> overdue = queries.contributionsWithOverdueFeedback();
    Map<Long, InvolvementProcess> processes =
        queries.processesById(overdue.stream().map(Invitation::getProcessId).toList());
    Map<Long, String> councilNames =
        councilNames(overdue.stream().map(Invitation::getCouncilId).toList());
    List<OverviewPage.Overdue> late =
        overdue.stream()
            .map(
                i ->
                    new OverviewPage.Overdue(
                        i.getProcessId(),
                        processes.get(i.getProcessId()).getTitle(),
                        councilNames.getOrDefault(i.getCouncilId(), "#" + i.getCouncilId()),
                        processes.get(i.getProcessId()).getDeadline(),
                        i.getSentAt()))
            .toList();
    return new OverviewPage(
        queries.processCountsByStatus(),
        rows,
        late,
        found.getNumber(),
        Math.max(0, found.getTotalPages() - 1));
  }

  // ---- one process ---------------------------------------------------------------------------

  ProcessView processView(InvolvementProcess p) {
    Set<Long> committeeIds = new HashSet<>();
    if (p.getCommitteeId() != null) {
      committeeIds.add(p.getCommitteeId());
    }
    if (p.getOutcomeCommitteeId() != null) {
      committeeIds.add(p.getOutcomeCommitteeId());
    }
    Map<Long, String> committees =
        organisation.committees().stream()
            .filter(c -> committeeIds.contains(c.getId()))
            .collect(Collectors.toMap(Committee::getId, Committee::getName));
    Department department =
        p.getDepartmentId() == null
            ? null
            : organisation.departmentsById(List.of(p.getDepartmentId())).get(p.getDepartmentId());
    Account contact =
        p.getContactAccountId() == null
            ? null
            : accounts.account(p.getContactAccountId()).orElse(null);
    List<String> areaNames =
        areas.areasById(p.getAreaIds()).values().stream()
            .map(Area::getName)
            .sorted(AreaManagement.DANISH_ORDER)
            .toList();
    List<String> themeNames =
        organisation.themesById(p.getThemeIds()).values().stream()
            .map(Theme::getName)
            .sorted(AreaManagement.DANISH_ORDER)
            .toList();
    List<ProcessView.PhaseView> phases = new ArrayList<>();
    for (Phase phase : p.getPhases()) {
      phases.add(
          new ProcessView.PhaseView(phase.getName(), phase.getStartsOn(), phase.getEndsOn()));
    }
    return new ProcessView(
        p.getId(),
        p.getTitle(),
        p.getSummary(),
        Markdown.toHtml(p.getBody()),
        p.getStatus(),
        p.getType(),
        p.isMunicipalPlanHearing(),
        name(department, Department::getName),
        committees.get(p.getCommitteeId()),
        contact == null ? null : contact.displayName(),
        contact == null ? null : contact.getEmail(),
        p.isWholeMunicipality(),
        areaNames,
        themeNames,
        phases,
        p.getDeadline(),
        p.getPublishedAt(),
        p.getOutcomeText(),
        p.getOutcomeDate(),
        committees.get(p.getOutcomeCommitteeId()),
        p.getOutcomeMinutesUrl());
  }

  ProcessPage processPage(Long id, ProcessInputs inputs, FormErrors errors) {
    InvolvementProcess process = queries.process(id);
    List<Invitation> invitations = queries.invitationsOf(id);
    // a file on a council's unsent draft is the council's own, not yet the municipality's to read
    Map<Long, List<FileSummary>> attachments =
        documents.attachmentSummaries(
            invitations.stream()
                .filter(i -> i.getSentAt() != null)
                .map(Invitation::getId)
                .toList());
    Map<Long, Council> invited =
        councils.councilsById(invitations.stream().map(Invitation::getCouncilId).toList());
    LocalDate today = queries.today();
    boolean overdue = ProcessProgress.isFeedbackOverdue(process.getDeadline(), today);
    List<AnswerView> answers = new ArrayList<>();
    for (Invitation i : invitations) {
      boolean typedFeedback = i.getId().equals(inputs.feedbackInvitation());
      boolean typedHide = i.getId().equals(inputs.hideInvitation());
      answers.add(
          new AnswerView(
              i.getId(),
              name(invited.get(i.getCouncilId()), Council::getName),
              invited.containsKey(i.getCouncilId()) && invited.get(i.getCouncilId()).isClosedDown(),
              i.reasonList(),
              i.answerState(process, today),
              i.getSentText(),
              i.getSentAt(),
              i.isContributionPublic(),
              i.getDeclineReason(),
              i.getDeclinedAt(),
              i.getAddenda(),
              attachments.getOrDefault(i.getId(), List.of()),
              i.getFeedbackVerdict(),
              i.getFeedbackText(),
              i.getFeedbackAt(),
              i.getHiddenReason(),
              i.getHiddenAt(),
              overdue && i.awaitsFeedback(),
              typedFeedback
                  ? inputs.feedbackVerdict()
                  : i.getFeedbackVerdict() == null ? "" : i.getFeedbackVerdict().name(),
              typedFeedback
                  ? inputs.feedbackText()
                  : i.getFeedbackText() == null ? "" : i.getFeedbackText(),
              typedHide ? inputs.hideReason() : ""));
    }
    answers.sort(Comparator.comparing(AnswerView::councilName, AreaManagement.DANISH_ORDER));
    OutcomeForm outcome =
        inputs.outcome() != null
            ? inputs.outcome()
            : process.getOutcomeText() == null
                ? OutcomeForm.empty()
                : new OutcomeForm(
                    process.getOutcomeText(),
                    InputDates.format(process.getOutcomeDate()),
                    process.getOutcomeCommitteeId() == null
                        ? ""
                        : process.getOutcomeCommitteeId().toString(),
                    process.getOutcomeMinutesUrl() == null ? "" : process.getOutcomeMinutesUrl());
    Long outcomeCommittee =
        process.getOutcomeCommitteeId() != null
            ? process.getOutcomeCommitteeId()
            : process.getCommitteeId();
    return new ProcessPage(
        processView(process),
        documents.documentSummaries(id),
        answers,
        ProcessProgress.of(process, invitations, today),
        committeeOptions(outcomeCommittee),
        outcome,
        inputs.linkTitle(),
        inputs.linkUrl(),
        inputs.uploadTitle(),
        inputs.newDeadline(),
        maxUpload.toMegabytes(),
        errors);
  }

  // ---- inviting ------------------------------------------------------------------------------

  /** The councils that may be invited, by id. */
  Set<Long> invitableIds() {
    return routing.representingCouncils().stream().map(Council::getId).collect(Collectors.toSet());
  }

  /** The invitation page. {@code chosen} are the ticked councils; null means Samspil's proposal. */
  InvitePage invitePage(Long id, Collection<Long> chosen, FormErrors errors) {
    InvolvementProcess process = queries.process(id);
    RoutingPolicy.Routing proposal = management.proposeCouncils(id);
    List<Council> invitable = routing.representingCouncils();
    Set<Long> proposedIds =
        proposal.proposals().stream()
            .map(RoutingPolicy.Proposal::councilId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<Long> ticked = new LinkedHashSet<>();
    if (chosen == null) {
      ticked.addAll(proposedIds);
    } else {
      Set<Long> allowed = invitable.stream().map(Council::getId).collect(Collectors.toSet());
      chosen.stream().filter(allowed::contains).forEach(ticked::add);
    }
    List<InvitePage.CouncilChoice> proposed =
        proposal.proposals().stream()
            .map(
                p ->
                    new InvitePage.CouncilChoice(
                        p.councilId(), p.name(), p.reasons(), ticked.contains(p.councilId())))
            .toList();
    List<InvitePage.CouncilChoice> others =
        invitable.stream()
            .filter(c -> !proposedIds.contains(c.getId()))
            .map(
                c ->
                    new InvitePage.CouncilChoice(
                        c.getId(), c.getName(), List.of(), ticked.contains(c.getId())))
            .toList();
    Map<Long, Area> affected = areas.areasById(proposal.areasWithoutCouncil());
    Map<Long, ContactPerson> contacts =
        organisation.contactPersonsById(
            affected.values().stream()
                .map(Area::getContactPersonId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    List<InvitePage.AreaWithoutCouncil> withoutCouncil =
        proposal.areasWithoutCouncil().stream()
            .map(affected::get)
            .filter(Objects::nonNull)
            .sorted(Comparator.comparing(Area::getName, AreaManagement.DANISH_ORDER))
            .map(
                a ->
                    new InvitePage.AreaWithoutCouncil(
                        a.getName(),
                        name(contacts.get(a.getContactPersonId()), ContactPerson::getName)))
            .toList();
    DeadlinePolicy.Check check = management.checkDeadline(id, ticked);
    List<InvitePage.Warning> warnings =
        check.warnings().stream()
            .map(
                w ->
                    new InvitePage.Warning(
                        w.messageKey(),
                        w.arguments().stream()
                            .map(a -> a instanceof LocalDate date ? DanishDates.format(date) : a)
                            .toArray(),
                        w.councilId() != null))
            .toList();
    return new InvitePage(
        id,
        process.getTitle(),
        process.getType(),
        process.getDeadline(),
        proposed,
        others,
        withoutCouncil,
        warnings,
        check.suggestedDeadline(),
        errors);
  }

  /** The names of these councils, closed-down ones included: their answers stay on record. */
  private Map<Long, String> councilNames(Collection<Long> ids) {
    return councils.councilsById(ids).values().stream()
        .collect(Collectors.toMap(Council::getId, Council::getName));
  }

  private static List<String> names(Collection<Long> ids, Map<Long, String> names) {
    return ids.stream()
        .map(names::get)
        .filter(Objects::nonNull)
        .sorted(AreaManagement.DANISH_ORDER)
        .toList();
  }

  private static <T> String name(T thing, Function<T, String> name) {
    return thing == null ? null : name.apply(thing);
  }
}
