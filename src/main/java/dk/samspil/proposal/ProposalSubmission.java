package dk.samspil.proposal;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.area.PlaceMatch;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.SecretTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing a proposal: its place is routed to the area's council (or contact person), it is stored
 * unconfirmed and its proposer mailed a single-use link ({@link ProposalBrought}), and confirming
 * the link gives it to the council. A signed-in proposer's address is the account's, known already:
 * the proposal is confirmed at once.
 */
@Service
@Transactional(readOnly = true)
public class ProposalSubmission {

  /** What a confirmation link leads to. */
  public enum LinkStatus {
    /** The link works: the proposal waits for the confirmation. */
    VALID,
    /** The link is older than its validity. */
    EXPIRED,
    /** No proposal waits for this link: it was used, the proposal deleted, or it never was. */
    UNKNOWN
  }

  /** A confirmation link, and the proposal it confirms while it is valid. */
  public record Link(LinkStatus status, Proposal proposal) {}

  private final Proposals proposals;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;
  private final SubmissionGuard guard;
  private final ProposalPhotos photos;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SubmitProperties settings;
  private final int councilDeadlineWeeks;
  private final String municipalityName;

  ProposalSubmission(
      Proposals proposals,
      AreaManagement areas,
      CouncilManagement councils,
      OrganisationManagement organisation,
      AccountManagement accounts,
      SubmissionGuard guard,
      ProposalPhotos photos,
      ApplicationEventPublisher events,
      Clock clock,
      SubmitProperties settings,
      @Value("${samspil.proposal.council-deadline-weeks:6}") int councilDeadlineWeeks,
      @Value("${samspil.municipality.name:kommunen}") String municipalityName) {
    this.proposals = proposals;
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
    this.accounts = accounts;
    this.guard = guard;
    this.photos = photos;
    this.events = events;
    this.clock = clock;
    this.settings = settings;
    this.councilDeadlineWeeks = councilDeadlineWeeks;
    this.municipalityName = municipalityName;
  }

  /** Where the place lies, and so who would receive the proposal. */
  public PlaceRouting.Outcome route(PlaceRouting.Place place) {
    return PlaceRouting.route(place, geography());
  }

  /** Who receives a proposal routed to the area. */
  public Receiver receiver(PlaceRouting.Routed routed) {
    Area area = areas.areasById(List.of(routed.areaId())).get(routed.areaId());
    Council council = routed.councilId() == null ? null : councils.councilById(routed.councilId());
    ContactPerson contact =
        area.getContactPersonId() == null
            ? null
            : organisation.contactPerson(area.getContactPersonId()).orElse(null);
    return new Receiver(area, council, contact);
  }

  /** The weeks the council has to answer a proposal it receives. */
  public int councilDeadlineWeeks() {
    return councilDeadlineWeeks;
  }

  /**
   * Brings the proposal: routes its place again (the form's hidden fields are the citizen's to
   * change), checks the limits, stores it with its photos, and either mails the confirmation link
   * or, for a signed-in proposer, gives it to the council at once.
   *
   * @throws SubmissionRefused if the place decides no area or a limit is reached
   */
  @Transactional
  public Proposal bring(Submission submission) {
    PlaceRouting.Routed routed = routedOrRefuse(route(submission.place()));
    String email = submission.proposerEmail();
    String name = submission.proposerName();
    if (submission.accountId() != null) {
      Account account =
          accounts
              .account(submission.accountId())
              .orElseThrow(() -> new IllegalStateException("no account " + submission.accountId()));
      email = account.mailAddress();
      if (name == null || name.isBlank()) {
        name = account.displayName();
      }
    }
    guard.checkLimits(email, submission.clientAddress());
    PlaceRouting.Place place = submission.place();
    boolean wholeArea = place.way() == PlaceRouting.Way.OMRAADE;
    boolean point = place.way() == PlaceRouting.Way.KORT;
    Set<Long> themes = knownThemes(submission.themeIds());
    NewProposal proposal =
        new NewProposal(
            submission.kind(),
            submission.needs(),
            submission.title(),
            submission.description().replace("\r\n", "\n"),
            point ? place.latitude() : null,
            point ? place.longitude() : null,
            place.way() == PlaceRouting.Way.ADRESSE ? place.text() : null,
            wholeArea,
            routed.areaId(),
            routed.councilId(),
            themes,
            name,
            email,
            submission.accountId(),
            submission.showName());
    Instant now = clock.instant();
    Proposal saved = proposals.save(new Proposal(proposal, null, now));
    photos.attach(submission.draftKey(), saved.getId());
    guard.count(submission.clientAddress());
    if (submission.accountId() != null) {
      saved.confirm(now, deadline());
      return proposals.save(saved);
    }
    events.publishEvent(new ProposalBrought(saved.getId()));
    return saved;
  }

  /** What the confirmation link with this secret leads to. */
  public Link link(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return new Link(LinkStatus.UNKNOWN, null);
    }
    Optional<Proposal> found = proposals.findByConfirmationTokenHash(SecretTokens.hash(token));
    if (found.isEmpty() || found.get().getState() != ProposalState.UBEKRAEFTET) {
      return new Link(LinkStatus.UNKNOWN, null);
    }
    Proposal proposal = found.get();
    if (proposal.getCreatedAt().plus(settings.linkValidity()).isBefore(clock.instant())) {
      return new Link(LinkStatus.EXPIRED, null);
    }
    return new Link(LinkStatus.VALID, proposal);
  }

  /**
   * Confirms the proposal whose link has this secret: its council (or contact person) receives it
   * and must answer within the deadline.
   *
   * @return the link's status; the proposal, confirmed, if it was valid
   */
  @Transactional
  public Link confirm(String token) {
    Link link = link(token);
    if (link.status() != LinkStatus.VALID) {
      return link;
    }
    Proposal proposal = link.proposal();
    proposal.confirm(clock.instant(), deadline());
    return new Link(LinkStatus.VALID, proposals.save(proposal));
  }

  /**
   * Deletes unconfirmed proposals whose link has expired, photos kept for drafts never sent, and
   * the counted client addresses older than a day. One instance at a time.
   */
  @Transactional
  public int forgetUnconfirmed() {
    if (!proposals.tryAdvisoryTransactionLock(CLEANUP_LOCK)) {
      return 0;
    }
    Instant before = clock.instant().minus(settings.linkValidity());
    int deleted = proposals.deleteUnconfirmedCreatedBefore(before);
    photos.forgetDrafts(before);
    guard.forgetAddresses(clock.instant().minus(Duration.ofDays(1)));
    return deleted;
  }

  /** The advisory lock of the clean-up job ("PRSB"). */
  static final long CLEANUP_LOCK = 0x50525342L;

  private LocalDate deadline() {
    return LocalDate.now(clock).plusWeeks(councilDeadlineWeeks);
  }

  private Set<Long> knownThemes(Set<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return Set.of();
    }
    return new LinkedHashSet<>(organisation.themesById(ids).keySet());
  }

  private PlaceRouting.Routed routedOrRefuse(PlaceRouting.Outcome outcome) {
    if (outcome instanceof PlaceRouting.Routed routed) {
      return routed;
    }
    if (outcome instanceof PlaceRouting.Outside) {
      throw new SubmissionRefused("sted", "proposal.submit.error.outside", municipalityName);
    }
    if (outcome instanceof PlaceRouting.Ambiguous) {
      throw new SubmissionRefused("valgtOmraade", "proposal.submit.error.choose-area");
    }
    throw new SubmissionRefused("sted", "proposal.submit.error.place-missing");
  }

  private PlaceRouting.Geography geography() {
    return new PlaceRouting.Geography() {
      @Override
      public Optional<Long> areaAt(double latitude, double longitude) {
        return areas.areaAt(latitude, longitude).map(Area::getId);
      }

      @Override
      public List<Long> areasOfPlace(String text) {
        List<PlaceMatch> matches = areas.findPlaces(text);
        // the best match decides; a place typed in full is the first, and lies in its areas
        return matches.isEmpty()
            ? List.of()
            : List.copyOf(new LinkedHashSet<>(matches.get(0).areaIds()));
      }

      @Override
      public boolean areaExists(Long areaId) {
        return areas.areasById(List.of(areaId)).containsKey(areaId);
      }

      @Override
      public Optional<PlaceRouting.AreaCouncil> councilOf(Long areaId) {
        return councils
            .councilOf(areaId)
            .map(council -> new PlaceRouting.AreaCouncil(council.getId(), council.getStatus()));
      }
    };
  }
}
