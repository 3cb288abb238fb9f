package dk.samspil.proposal.web.staff;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.proposal.MunicipalAnswer;
import dk.samspil.proposal.MunicipalityQueries;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalAccess;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalState;
import dk.samspil.proposal.ProposalStep;
import dk.samspil.proposal.web.staff.StaffProposalPages.Inputs;
import dk.samspil.proposal.web.staff.StaffProposalPages.ListPage;
import dk.samspil.proposal.web.staff.StaffProposalPages.Option;
import dk.samspil.proposal.web.staff.StaffProposalPages.ProposalPage;
import dk.samspil.proposal.web.staff.StaffProposalPages.Row;
import dk.samspil.proposal.web.staff.StaffProposalPages.TrailStep;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.SamspilPrincipal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the department employees' pages of proposals from the modules' services. */
@Component
@Transactional(readOnly = true)
class StaffProposalViews {

  private static final Collator DANISH = Collator.getInstance(Locale.forLanguageTag("da"));

  /** How many processes an answer may name at most: the open ones, nearest deadline first. */
  static final int PROCESS_CHOICES = 100;

  private final ProposalQueries queries;
  private final MunicipalityQueries lists;
  private final ProposalAccess access;
  private final AccountManagement accounts;
  private final OrganisationManagement organisation;
  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final ProcessQueries processes;
  private final JdbcClient jdbc;
  private final MessageSource messages;

  StaffProposalViews(
      ProposalQueries queries,
      MunicipalityQueries lists,
      ProposalAccess access,
      AccountManagement accounts,
      OrganisationManagement organisation,
      CouncilManagement councils,
      AreaManagement areas,
      ProcessQueries processes,
      JdbcClient jdbc,
      MessageSource messages) {
    this.queries = queries;
    this.lists = lists;
    this.access = access;
    this.accounts = accounts;
    this.organisation = organisation;
    this.councils = councils;
    this.areas = areas;
    this.processes = processes;
    this.jdbc = jdbc;
    this.messages = messages;
  }

  ListPage listPage(Authentication authentication) {
    Account account = account(authentication);
    boolean every = account.isAdministrator();
    List<Proposal> found =
        every
            ? lists.atDepartment(null)
            : account.getDepartmentId() == null
                ? List.of()
                : lists.atDepartment(account.getDepartmentId());
    Map<Long, Department> departments =
        organisation.departmentsById(ids(found, Proposal::getDepartmentId));
    Map<Long, Council> councilsById = councils.councilsById(ids(found, Proposal::getCouncilId));
    Map<Long, Area> areasById = areas.areasById(ids(found, Proposal::getAreaId));
    LocalDate today = lists.today();
    List<Row> rows =
        found.stream()
            .map(
                p ->
                    new Row(
                        p.getId(),
                        p.getTitle(),
                        p.getState(),
                        name(departments.get(p.getDepartmentId())),
                        from(p, councilsById, areasById),
                        p.getAnswerDeadline(),
                        p.getState() != ProposalState.BESVARET
                            && p.getAnswerDeadline() != null
                            && today.isAfter(p.getAnswerDeadline())))
            .toList();
    String department =
        account.getDepartmentId() == null
            ? null
            : name(
                organisation
                    .departmentsById(List.of(account.getDepartmentId()))
                    .get(account.getDepartmentId()));
    return new ListPage(department, every, rows);
  }

  ProposalPage page(Long id, Authentication authentication, Inputs inputs, FormErrors errors) {
    Proposal proposal = queries.proposal(id);
    if (!proposal.getState().isConfirmed()) {
      throw dk.samspil.proposal.ProposalNotFound.forId(id);
    }
    Account account = account(authentication);
    boolean answers = access.answersForDepartment(authentication, proposal);
    ProposalState state = proposal.getState();
    boolean mayAcknowledge = answers && state == ProposalState.HOS_FORVALTNINGEN;
    boolean mayAnswer = answers && state == ProposalState.KVITTERET;
    boolean mayPassOn =
        answers && (state == ProposalState.HOS_FORVALTNINGEN || state == ProposalState.KVITTERET);
    boolean mayComplete =
        answers
            && state == ProposalState.BESVARET
            && proposal.getAnswer() != null
            && proposal.getAnswer().promisesAction();

    List<ProposalStep> steps = proposal.getSteps();
    Set<Long> councilIds = new HashSet<>(ids(steps, ProposalStep::getCouncilId));
    if (proposal.getCouncilId() != null) {
      councilIds.add(proposal.getCouncilId());
    }
    Set<Long> departmentIds = new HashSet<>(ids(steps, ProposalStep::getDepartmentId));
    if (proposal.getDepartmentId() != null) {
      departmentIds.add(proposal.getDepartmentId());
    }
    Map<Long, Council> councilsById = councils.councilsById(councilIds);
    Map<Long, Department> departments = organisation.departmentsById(departmentIds);
    Map<Long, Account> by = accounts.accountsById(ids(steps, ProposalStep::getByAccountId));
    List<TrailStep> trail =
        steps.stream()
            .map(
                step ->
                    new TrailStep(
                        step.getKind().messageKey(),
                        step.getAt(),
                        step.getDepartmentId() != null
                            ? name(departments.get(step.getDepartmentId()))
                            : step.getCouncilId() != null
                                ? councilName(councilsById.get(step.getCouncilId()))
                                : null,
                        step.getByAccountId() == null
                            ? null
                            : by.containsKey(step.getByAccountId())
                                ? by.get(step.getByAccountId()).displayName()
                                : null,
                        step.getText()))
            .toList();

    Area area = areas.areasById(List.of(proposal.getAreaId())).get(proposal.getAreaId());
    Map<Long, Theme> themes = organisation.themesById(proposal.getThemeIds());
    InvolvementProcess process =
        proposal.getAnswerProcessId() == null
            ? null
            : processes
                .processesById(List.of(proposal.getAnswerProcessId()))
                .get(proposal.getAnswerProcessId());
    Boolean councilInvited =
        process == null || proposal.getCouncilId() == null
            ? null
            : processes.invitesAny(process.getId(), List.of(proposal.getCouncilId()));
    long supports =
        jdbc.sql(
                "select count(*) from proposal_support where proposal_id = ? and confirmed_at is"
                    + " not null")
            .param(proposal.getId())
            .query(Long.class)
            .single();

    return new ProposalPage(
        proposal.getId(),
        proposal.getTitle(),
        proposal.getKind(),
        proposal.getNeeds().stream().map(need -> need.messageKey()).toList(),
        proposal.getDescription(),
        proposal.isWholeArea() ? null : proposal.getPlaceName(),
        area == null ? "" : area.getName(),
        councilName(councilsById.get(proposal.getCouncilId())),
        themes.values().stream().map(Theme::getName).sorted(DANISH).toList(),
        proposal.getProposerName(),
        proposal.getProposerEmail(),
        supports,
        state,
        proposal.getAssessment() == null ? null : proposal.getAssessment().messageKey(),
        proposal.getAssessmentText(),
        name(departments.get(proposal.getDepartmentId())),
        proposal.getHandlerName(),
        proposal.getAcknowledgedAt(),
        proposal.getAnswerDeadline(),
        proposal.getAnswer() == null ? null : proposal.getAnswer().messageKey(),
        proposal.getAnswerText(),
        process == null ? null : process.getId(),
        process == null ? null : process.getTitle(),
        councilInvited,
        trail,
        mayAcknowledge,
        mayAnswer,
        mayPassOn,
        mayComplete,
        !answers && proposal.getDepartmentId() != null,
        answerOptions(),
        mayAnswer ? processOptions() : List.of(),
        mayPassOn ? departmentOptions(proposal.getDepartmentId()) : List.of(),
        inputs == null ? Inputs.none(account.displayName()) : inputs,
        errors);
  }

  /** The answers to choose from, in their order. */
  List<Option> answerOptions() {
    Locale locale = LocaleContextHolder.getLocale();
    return Arrays.stream(MunicipalAnswer.values())
        .map(
            answer ->
                new Option(
                    answer.name(),
                    messages.getMessage(
                        "proposal.municipality.answer." + answer.name() + ".label", null, locale)))
        .toList();
  }

  /** The published processes an answer may name: those still open or under consideration. */
  List<Option> processOptions() {
    return processes.publishedProcessesByDeadline(0, PROCESS_CHOICES).stream()
        .filter(
            p ->
                p.getStatus() == ProcessStatus.AABEN
                    || p.getStatus() == ProcessStatus.UNDER_BEHANDLING)
        .map(p -> new Option(String.valueOf(p.getId()), p.getTitle()))
        .toList();
  }

  /** The departments it may be passed on to: every other one, in Danish alphabetical order. */
  List<Option> departmentOptions(Long current) {
    return organisation.departments().stream()
        .filter(d -> !d.getId().equals(current))
        .map(d -> new Option(String.valueOf(d.getId()), d.getName()))
        .toList();
  }

  static boolean contains(List<Option> options, String value) {
    return value != null && options.stream().anyMatch(o -> o.value().equals(value));
  }

  private Account account(Authentication authentication) {
    long id = ((SamspilPrincipal) authentication.getPrincipal()).accountId();
    return accounts.account(id).orElseThrow();
  }

  private String from(Proposal p, Map<Long, Council> councilsById, Map<Long, Area> areasById) {
    if (p.getCouncilId() != null && councilsById.containsKey(p.getCouncilId())) {
      return councilsById.get(p.getCouncilId()).getName();
    }
    Area area = areasById.get(p.getAreaId());
    return area == null ? "" : area.getName();
  }

  private static String councilName(Council council) {
    return council == null ? null : council.getName();
  }

  private static String name(Department department) {
    return department == null ? null : department.getName();
  }

  private static <T> Set<Long> ids(Collection<T> items, Function<T, Long> id) {
    return items.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
  }
}
