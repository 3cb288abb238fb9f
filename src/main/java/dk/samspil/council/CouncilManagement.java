package dk.samspil.council;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.AccountStatus;
import dk.samspil.area.AreaManagement;
import dk.samspil.shared.AuditEvent;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council module's API.
 *
 * <p>The right to answer on a council's behalf (which is also the right to manage its profile and
 * members): a seat created as chair (FORMAND) has it, and a member who becomes chair gets it; it
 * can then be given to others or taken away explicitly. A council always keeps at least one member
 * who may answer: taking the right from, or removing, the last one is refused.
 */
@Service
@Transactional(readOnly = true)
public class CouncilManagement {

  private final Councils councils;
  private final CouncilMembers members;
  private final AccountManagement accounts;
  private final ApplicationEventPublisher events;

  CouncilManagement(
      Councils councils,
      CouncilMembers members,
      AccountManagement accounts,
      ApplicationEventPublisher events) {
    this.councils = councils;
    this.members = members;
    this.accounts = accounts;
    this.events = events;
  }

  /** The members of a council, in no particular order. */
  public List<CouncilMember> members(Long councilId) {
    return members.findByCouncilId(councilId);
  }

  /** The seats an account holds, on any council. */
  public List<CouncilMember> seatsOf(Long accountId) {
    return members.findByAccountId(accountId);
  }

  /** The seats an account holds, with their councils, by council name. */
  public List<CouncilSeat> seatsWithCouncils(Long accountId) {
    List<CouncilMember> seats = members.findByAccountId(accountId);
    Map<Long, Council> byId =
        councils.findAllById(seats.stream().map(CouncilMember::getCouncilId).toList()).stream()
            .collect(Collectors.toMap(Council::getId, Function.identity()));
    return seats.stream()
        .map(seat -> new CouncilSeat(seat, byId.get(seat.getCouncilId())))
        .sorted(
            Comparator.comparing(
                (CouncilSeat seat) -> seat.council().getName(), AreaManagement.DANISH_ORDER))
        .toList();
  }

  /** The members of a council with their names and addresses, by position and then name. */
  public List<CouncilMemberListing> memberListings(Long councilId) {
    List<CouncilMember> seats = members.findByCouncilId(councilId);
    Map<Long, Account> people =
        accounts.accountsById(seats.stream().map(CouncilMember::getAccountId).toList());
    return seats.stream()
        .map(
            seat -> {
              Account account = people.get(seat.getAccountId());
              return new CouncilMemberListing(
                  seat.getId(),
                  seat.getAccountId(),
                  account == null ? null : account.getName(),
                  account == null ? null : account.getEmail(),
                  account != null && account.getStatus() == AccountStatus.INVITED,
                  seat.getPosition(),
                  seat.isMayAnswer(),
                  seat.isNamePublic());
            })
        .sorted(
            Comparator.comparing(CouncilMemberListing::position)
                .thenComparing(
                    listing -> listing.name() != null ? listing.name() : listing.email(),
                    Comparator.nullsLast(AreaManagement.DANISH_ORDER)))
        .toList();
  }

  /**
   * The council's board as the public sees it: every member's position who has accepted their seat,
   * and names only of those who consented.
   */
  public List<BoardSeat> board(Long councilId) {
    List<CouncilMember> seats = members.findByCouncilId(councilId);
    Map<Long, Account> people =
        accounts.accountsById(seats.stream().map(CouncilMember::getAccountId).toList());
    return seats.stream()
        .filter(
            seat -> {
              Account account = people.get(seat.getAccountId());
              return account != null && account.getStatus() == AccountStatus.ACTIVE;
            })
        .map(
            seat -> {
              String name = people.get(seat.getAccountId()).getName();
              boolean shown = seat.isNamePublic() && name != null && !name.isBlank();
              return new BoardSeat(seat.getPosition(), shown ? name : null);
            })
        .sorted(
            Comparator.comparing(BoardSeat::position)
                .thenComparing(BoardSeat::name, Comparator.nullsLast(AreaManagement.DANISH_ORDER)))
        .toList();
  }

  /** The account's seat on the council, created with this position if missing. */
  @Transactional
  public CouncilMember ensureMember(Long councilId, Long accountId, CouncilPosition position) {
    return members
        .findByCouncilIdAndAccountId(councilId, accountId)
        .orElseGet(
            () -> {
              CouncilMember member =
                  members.save(new CouncilMember(councilId, accountId, position));
              events.publishEvent(
                  AuditEvent.created(
                      "council-member",
                      member.getId(),
                      "council " + councilId + ", account " + accountId,
                      snapshot(member)));
              return member;
            });
  }

  /**
   * Invites a person by e-mail to the council's board: an account is invited (or told they have
   * been given access, if they already have one), and the seat exists at once.
   *
   * @throws MembershipRefused if the person already sits on the council or their account is closed
   */
  @Transactional
  public CouncilMember inviteMember(
      String slug, String email, String name, CouncilPosition position) {
    Council council = lockedCouncil(slug);
    Optional<Account> existing = accounts.accountByEmail(email);
    if (existing.isPresent()) {
      AccountStatus status = existing.get().getStatus();
      if (status == AccountStatus.DEACTIVATED || status == AccountStatus.DELETED) {
        throw MembershipRefused.accountClosed();
      }
      if (members
          .findByCouncilIdAndAccountId(council.getId(), existing.get().getId())
          .isPresent()) {
        throw MembershipRefused.alreadyMember();
      }
    }
    accounts.invite(email, name, council.getName());
    Account account = accounts.accountByEmail(email).orElseThrow();
    return ensureMember(council.getId(), account.getId(), position);
  }

  /**
   * Changes a member's position and right to answer. A member who becomes chair gets the right to
   * answer; afterwards it can be taken away explicitly.
   *
   * @throws MembershipRefused if this would leave the council without anyone who may answer
   */
  @Transactional
  public CouncilMember changeMember(
      String slug, long memberId, CouncilPosition position, boolean mayAnswer) {
    Council council = lockedCouncil(slug);
    CouncilMember member = memberOf(council, memberId).orElseThrow(() -> notFound(slug));
    boolean becomesChair =
        position == CouncilPosition.FORMAND && member.getPosition() != CouncilPosition.FORMAND;
    boolean answers = mayAnswer || becomesChair;
    if (member.isMayAnswer()
        && !answers
        && members.countByCouncilIdAndMayAnswerTrue(council.getId()) <= 1) {
      throw MembershipRefused.lastAnswerer();
    }
    Map<String, Object> before = snapshot(member);
    member.setPosition(position);
    member.setMayAnswer(answers);
    Map<String, Object> after = snapshot(member);
    if (!before.equals(after)) {
      events.publishEvent(
          AuditEvent.updated(
              "council-member", member.getId(), summary(council, member), before, after));
    }
    return member;
  }

  /**
   * Removes a member from the council.
   *
   * @throws MembershipRefused if they are the last one who may answer for the council
   */
  @Transactional
  public void removeMember(String slug, long memberId) {
    Council council = lockedCouncil(slug);
    CouncilMember member = memberOf(council, memberId).orElseThrow(() -> notFound(slug));
    if (member.isMayAnswer() && members.countByCouncilIdAndMayAnswerTrue(council.getId()) <= 1) {
      throw MembershipRefused.lastAnswerer();
    }
    remove(council, member);
  }

  /**
   * Records the member's own consent (or its withdrawal) to show their name on the council's public
   * page. Only the person on the seat may do this: empty if the seat is not theirs.
   */
  @Transactional
  public Optional<CouncilMember> setNamePublic(long accountId, long memberId, boolean namePublic) {
    Optional<CouncilMember> seat =
        members.findById(memberId).filter(member -> member.getAccountId() == accountId);
    seat.ifPresent(
        member -> {
          Map<String, Object> before = snapshot(member);
          member.setNamePublic(namePublic);
          if (!before.equals(snapshot(member))) {
            Council council = councils.findById(member.getCouncilId()).orElseThrow();
            events.publishEvent(
                AuditEvent.updated(
                    "council-member",
                    member.getId(),
                    summary(council, member),
                    before,
                    snapshot(member)));
          }
        });
    return seat;
  }

  /** Removes every seat of a deleted account, whatever its right to answer. */
  @Transactional
  public void removeSeatsOf(long accountId) {
    for (CouncilMember member : members.findByAccountId(accountId)) {
      remove(councils.findById(member.getCouncilId()).orElseThrow(), member);
    }
  }

  /** The council's member with this id, if it is one of this council's. */
  public Optional<CouncilMemberListing> memberListing(String slug, long memberId) {
    Council council = council(slug);
    return memberListings(council.getId()).stream()
        .filter(listing -> listing.memberId() == memberId)
        .findFirst();
  }

  /**
   * Replaces what the council says about itself, and records the change in the audit log.
   *
   * @throws CouncilNotFound if there is no such council
   */
  @Transactional
  public Council updateProfile(String slug, CouncilProfile profile) {
    Council council = council(slug);
    Map<String, Object> before = snapshot(council);
    council.update(profile);
    events.publishEvent(
        AuditEvent.updated(
            "council", council.getId(), council.getName(), before, snapshot(council)));
    return council;
  }

  /** Every council that is not closed down, in Danish alphabetical order. */
  public List<Council> councils() {
    return councils.findAll().stream()
        .filter(council -> council.getStatus() != CouncilStatus.NEDLAGT)
        .sorted(Comparator.comparing(Council::getName, AreaManagement.DANISH_ORDER))
        .toList();
  }

  /**
   * The council with this id, also one that is closed down (nedlagt): what a council did stays part
   * of the record after it closes.
   *
   * @throws CouncilNotFound if there is no such council
   */
  public Council councilById(Long id) {
    return councils.findById(id).orElseThrow(() -> CouncilNotFound.forId(id));
  }

  /**
   * The councils with these ids, by id, in one query, closed-down (nedlagt) ones included: a list
   * of answers, contributions or members must never lose a council because it closed.
   */
  public Map<Long, Council> councilsById(Collection<Long> ids) {
    return councils.findAllById(Set.copyOf(ids)).stream()
        .collect(Collectors.toMap(Council::getId, Function.identity()));
  }

  public Council council(String slug) {
    return councils.findBySlug(slug).orElseThrow(() -> CouncilNotFound.forSlug(slug));
  }

  /** The living (not closed down) council of each area that has one, by area id. */
  public Map<Long, Council> councilsByArea() {
    return councils().stream().collect(Collectors.toMap(Council::getAreaId, Function.identity()));
  }

  /** The area's council, unless it has none or only a closed-down one. */
  public Optional<Council> councilOf(Long areaId) {
    return councils.findByAreaIdAndStatusNot(areaId, CouncilStatus.NEDLAGT).stream().findFirst();
  }

  /** The council with the draft's slug, registered from the draft if it does not exist yet. */
  @Transactional
  public Council ensureCouncil(CouncilDraft draft) {
    return councils.findBySlug(draft.slug()).orElseGet(() -> councils.save(new Council(draft)));
  }

  private void remove(Council council, CouncilMember member) {
    Map<String, Object> before = snapshot(member);
    members.delete(member);
    events.publishEvent(
        AuditEvent.of(
            "removed",
            "council-member",
            member.getId(),
            summary(council, member),
            before,
            Map.of()));
  }

  private Council lockedCouncil(String slug) {
    return councils.lockBySlug(slug).orElseThrow(() -> CouncilNotFound.forSlug(slug));
  }

  private Optional<CouncilMember> memberOf(Council council, long memberId) {
    return members.findById(memberId).filter(m -> m.getCouncilId().equals(council.getId()));
  }

  private static CouncilMemberNotFound notFound(String slug) {
    return CouncilMemberNotFound.on(slug);
  }

  private static String summary(Council council, CouncilMember member) {
    return council.getName() + ", account " + member.getAccountId();
  }

  /** What the audit log keeps of a seat. */
  static Map<String, Object> snapshot(CouncilMember member) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("councilId", member.getCouncilId());
    fields.put("accountId", member.getAccountId());
    fields.put("position", member.getPosition().name());
    fields.put("mayAnswer", member.isMayAnswer());
    fields.put("namePublic", member.isNamePublic());
    return fields;
  }

  /** What the audit log keeps of a council's profile. */
  static Map<String, Object> snapshot(Council council) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("description", council.getDescription());
    fields.put("publicEmail", council.getPublicEmail());
    fields.put("website", council.getWebsite());
    fields.put("meetingRhythm", council.getMeetingRhythm());
    fields.put("memberCount", council.getMemberCount());
    fields.put("capacity", council.getCapacity());
    fields.put(
        "participation",
        council.getParticipation() == null ? null : council.getParticipation().name());
    fields.put("themeIds", council.getThemeIds().stream().sorted().toList());
    fields.put("pageText", council.getPageText());
    return fields;
  }

  // --- Administration ---

  /** Every council, closed-down ones too, in Danish alphabetical order. */
  public List<Council> allCouncils() {
    return councils.findAll().stream()
        .sorted(Comparator.comparing(Council::getName, AreaManagement.DANISH_ORDER))
        .toList();
  }

  /**
   * Registers a council for an area. The database allows one council per area that is not closed
   * down; a second is refused with {@link CouncilRefused#areaHasCouncil()}.
   *
   * @throws CouncilRefused if the slug is malformed or taken, or the area has a living council
   */
  @Transactional
  public Council registerCouncil(
      String slug, CouncilStatus status, CouncilRegistration registration) {
    if (!dk.samspil.organisation.Slugs.isValid(slug)) {
      throw CouncilRefused.slugInvalid(slug);
    }
    Council council =
        saveChecked(
            new Council(
                new CouncilDraft(
                    slug,
                    registration.name(),
                    status,
                    registration.areaId(),
                    registration.website(),
                    registration.publicEmail(),
                    registration.description(),
                    registration.founded(),
                    registration.contactPersonId(),
                    java.util.Set.of())));
    events.publishEvent(
        dk.samspil.shared.AuditEvent.created(
            "council", council.getSlug(), council.getName(), registrationSnapshot(council)));
    return council;
  }

  /**
   * Changes a council's registration: name, area, website, e-mail, description, founding date and
   * contact person.
   *
   * @throws CouncilRefused if the new area already has a living council
   */
  @Transactional
  public Council updateRegistration(String slug, CouncilRegistration registration) {
    Council council = council(slug);
    Map<String, Object> before = registrationSnapshot(council);
    council.changeRegistration(registration);
    saveChecked(council);
    events.publishEvent(
        dk.samspil.shared.AuditEvent.updated(
            "council", slug, council.getName(), before, registrationSnapshot(council)));
    return council;
  }

  /**
   * Moves a council along its lifecycle.
   *
   * @throws IllegalStatusChange if the lifecycle does not allow the change
   */
  @Transactional
  public Council changeStatus(String slug, CouncilStatus target) {
    Council council = council(slug);
    Map<String, Object> before = registrationSnapshot(council);
    council.changeStatus(target);
    events.publishEvent(
        dk.samspil.shared.AuditEvent.of(
            "status-changed",
            "council",
            slug,
            council.getName(),
            before,
            registrationSnapshot(council)));
    return council;
  }

  private Council saveChecked(Council council) {
    try {
      return councils.saveAndFlush(council);
    } catch (org.springframework.dao.DataIntegrityViolationException e) {
      String reason = String.valueOf(e.getMostSpecificCause().getMessage());
      if (reason.contains("council_one_living_per_area")) {
        throw CouncilRefused.areaHasCouncil();
      }
      if (reason.contains("council_slug_key")) {
        throw CouncilRefused.slugTaken(council.getSlug());
      }
      throw e;
    }
  }

  /** What the audit log keeps of a council's registration. */
  static Map<String, Object> registrationSnapshot(Council council) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("slug", council.getSlug());
    fields.put("name", council.getName());
    fields.put("status", council.getStatus().name());
    fields.put("areaId", council.getAreaId());
    fields.put("website", council.getWebsite());
    fields.put("publicEmail", council.getPublicEmail());
    fields.put("description", council.getDescription());
    fields.put("founded", council.getFounded() == null ? null : council.getFounded().toString());
    fields.put("contactPersonId", council.getContactPersonId());
    return fields;
  }
}
