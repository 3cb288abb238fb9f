package dk.samspil.proposal.web.council;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.proposal.Assessment;
import dk.samspil.proposal.CouncilProposals;
import dk.samspil.proposal.DeadlineStatus;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalAccess;
import dk.samspil.proposal.ProposalComment;
import dk.samspil.proposal.ProposalPhotos;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalQuestion;
import dk.samspil.proposal.ProposalStep;
import dk.samspil.proposal.ReturnReason;
import dk.samspil.shared.FormErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Builds the council's pages of proposals from the module's services. */
@Component
public class HandlingPages {

  /** One step of the trail as the council reads it. */
  public record TrailStep(ProposalStep step, String by, String council) {}

  /** An area to move a proposal to, with who would receive it. */
  public record AreaOption(Long id, String name, String receiver) {}

  /** The handling page of one proposal. */
  public record HandlingPage(
      Proposal proposal,
      String areaName,
      String handlerName,
      boolean contactPersonActs,
      String councilSlug,
      List<String> themes,
      List<ProposalPhotos.Kept> photos,
      List<TrailStep> trail,
      List<ProposalComment> comments,
      Map<Long, String> askers,
      List<ProposalQuestion> questions,
      DeadlineStatus deadlineStatus,
      long daysLeft,
      boolean mayComment,
      boolean mayDecide,
      List<Assessment> assessments,
      List<ReturnReason> reasons,
      List<AreaOption> areas,
      CouncilForms.Inputs inputs,
      FormErrors errors,
      String refusal) {

    public String base() {
      return "/forslag/" + proposal.getId() + "/behandling";
    }
  }

  private final ProposalQueries queries;
  private final CouncilProposals councilProposals;
  private final ProposalPhotos photos;
  private final ProposalAccess access;
  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;

  HandlingPages(
      ProposalQueries queries,
      CouncilProposals councilProposals,
      ProposalPhotos photos,
      ProposalAccess access,
      CouncilManagement councils,
      AreaManagement areas,
      OrganisationManagement organisation,
      AccountManagement accounts) {
    this.queries = queries;
    this.councilProposals = councilProposals;
    this.photos = photos;
    this.access = access;
    this.councils = councils;
    this.areas = areas;
    this.organisation = organisation;
    this.accounts = accounts;
  }

  HandlingPage page(
      Long id,
      Authentication authentication,
      CouncilForms.Inputs inputs,
      FormErrors errors,
      String refusal) {
    Proposal proposal = queries.proposal(id);
    Area area = areas.areasById(List.of(proposal.getAreaId())).get(proposal.getAreaId());
    Council council =
        proposal.getCouncilId() == null ? null : councils.councilById(proposal.getCouncilId());
    String handler =
        council != null
            ? council.getName()
            : contactPerson(area).map(ContactPerson::getName).orElse("");
    List<ProposalStep> steps = proposal.getSteps();
    List<ProposalComment> comments = councilProposals.comments(id);
    List<ProposalQuestion> questions = councilProposals.questions(id);
    Set<Long> accountIds = new HashSet<>();
    steps.stream()
        .map(ProposalStep::getByAccountId)
        .filter(Objects::nonNull)
        .forEach(accountIds::add);
    questions.stream()
        .map(ProposalQuestion::getAskedBy)
        .filter(Objects::nonNull)
        .forEach(accountIds::add);
    Map<Long, Account> byId = accounts.accountsById(accountIds);
    Map<Long, Council> stepCouncils =
        councils.councilsById(
            steps.stream().map(ProposalStep::getCouncilId).filter(Objects::nonNull).toList());
    List<TrailStep> trail =
        steps.stream()
            .map(
                step ->
                    new TrailStep(
                        step,
                        name(byId, step.getByAccountId()),
                        step.getCouncilId() == null || stepCouncils.get(step.getCouncilId()) == null
                            ? null
                            : stepCouncils.get(step.getCouncilId()).getName()))
            .toList();
    Map<Long, String> askers =
        questions.stream()
            .filter(q -> q.getAskedBy() != null && byId.containsKey(q.getAskedBy()))
            .collect(
                Collectors.toMap(
                    ProposalQuestion::getId,
                    q -> byId.get(q.getAskedBy()).displayName(),
                    (a, b) -> a));
    LocalDate today = councilProposals.today();
    DeadlineStatus status = councilProposals.deadlineStatus(proposal, today);
    long daysLeft =
        proposal.getCouncilDeadline() == null
            ? 0
            : ChronoUnit.DAYS.between(today, proposal.getCouncilDeadline());
    Map<Long, Theme> themes = organisation.themesById(proposal.getThemeIds());
    boolean mayDecide = access.decidesForCouncil(authentication, proposal);
    return new HandlingPage(
        proposal,
        area == null ? "" : area.getName(),
        handler,
        council == null,
        council == null ? null : council.getSlug(),
        themes.values().stream().map(Theme::getName).sorted(AreaManagement.DANISH_ORDER).toList(),
        photos.photosOf(id),
        trail,
        comments,
        askers,
        questions,
        status,
        daysLeft,
        access.comments(authentication, proposal),
        mayDecide,
        List.of(Assessment.values()),
        List.of(ReturnReason.values()),
        mayDecide ? areaOptions(proposal.getAreaId()) : List.of(),
        inputs,
        errors,
        refusal);
  }

  /**
   * The list the proposal is on for whoever decides for it now: the council's list of proposals, or
   * the contact person's, where the area has no council.
   */
  String listOf(Proposal proposal) {
    return proposal.getCouncilId() == null
        ? "/kontaktperson/forslag"
        : "/mit-lokalraad/" + councils.councilById(proposal.getCouncilId()).getSlug() + "/forslag";
  }

  /** The areas a proposal may be moved to: every other one, with who would receive it there. */
  List<AreaOption> areaOptions(Long currentAreaId) {
    Map<Long, Council> byArea = councils.councilsByArea();
    return areas.areas().stream()
        .filter(area -> !area.getId().equals(currentAreaId))
        .sorted(Comparator.comparing(Area::getName, AreaManagement.DANISH_ORDER))
        .map(
            area -> {
              Council council = byArea.get(area.getId());
              String receiver =
                  council != null && council.getStatus().isRepresenting()
                      ? council.getName()
                      : null;
              return new AreaOption(area.getId(), area.getName(), receiver);
            })
        .toList();
  }

  private Optional<ContactPerson> contactPerson(Area area) {
    return area == null || area.getContactPersonId() == null
        ? Optional.empty()
        : organisation.contactPerson(area.getContactPersonId());
  }

  private static String name(Map<Long, Account> byId, Long accountId) {
    Account account = accountId == null ? null : byId.get(accountId);
    return account == null ? null : account.displayName();
  }

  /** For a list: when the proposal was received. */
  static Instant received(Proposal proposal) {
    return proposal.getConfirmedAt() != null ? proposal.getConfirmedAt() : proposal.getCreatedAt();
  }
}
