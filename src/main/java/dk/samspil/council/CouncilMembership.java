package dk.samspil.council;

import dk.samspil.account.Account;
import dk.samspil.account.AccountAccessChanged;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.AccountStatus;
import dk.samspil.area.AreaManagement;
import dk.samspil.shared.AuditEvent;
import dk.samspil.shared.SecretTokens;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's members: who sits where, the board the public sees, invitations, changes of position
 * and of the right to answer, removals, and each member's own consent to show their name.
 *
 * <p>The right to answer on a council's behalf (which is also the right to manage its profile and
 * members): a seat created as chair (FORMAND) has it, and a member who becomes chair gets it; it
 * can then be given to others or taken away explicitly. A council always keeps at least one member
 * who may answer: taking the right from, or removing, the last one is refused. Changes to one
 * council's members run one by one (the council is locked), so two chairs cannot both step down.
 */
@Service
@Transactional(readOnly = true)
public class CouncilMembership {

  private final Councils councils;
  private final CouncilMembers members;
  private final CouncilSeatOffers offers;
  private final CouncilManagement management;
  private final AccountManagement accounts;
  private final ApplicationEventPublisher events;

  CouncilMembership(
      Councils councils,
      CouncilMembers members,
      CouncilSeatOffers offers,
      CouncilManagement management,
      AccountManagement accounts,
      ApplicationEventPublisher events) {
    this.councils = councils;
    this.members = members;
    this.offers = offers;
    this.management = management;
    this.accounts = accounts;
    this.events = events;
  }

  /** The seats an account holds, on any council. */
  public List<CouncilMember> seatsOf(Long accountId) {
    return members.findByAccountId(accountId);
  }

  /**
   * The seats an account holds, with their councils, by council name; a seat on a council that
   * closed down stays, with its council marked as closed.
   */
  public List<CouncilSeat> seatsWithCouncils(Long accountId) {
    List<CouncilMember> seats = members.findByAccountId(accountId);
    Map<Long, Council> byId =
        management.councilsById(seats.stream().map(CouncilMember::getCouncilId).toList());
    return seats.stream()
        .map(seat -> new CouncilSeat(seat, byId.get(seat.getCouncilId())))
        .sorted(
            Comparator.comparing(
                (CouncilSeat seat) -> seat.council().getName(), AreaManagement.DANISH_ORDER))
        .toList();
  }

  /** The account's seat on the council with this slug, if it has one. */
  public Optional<CouncilSeat> seatOn(String slug, long accountId) {
    Council council = management.council(slug);
    return members
        .findByCouncilIdAndAccountId(council.getId(), accountId)
        .map(member -> new CouncilSeat(member, council));
  }

  /**
   * The number of members (invited ones included) of every council that has any, by council id; a
   * council without members is missing.
   */
  public Map<Long, Long> memberCounts() {
    return members.countMembersByCouncil().stream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
  }

  /** The members of a council with their names and addresses, by position and then name. */
  public List<CouncilMemberListing> memberListings(Long councilId) {
    List<CouncilMember> seats = members.findByCouncilId(councilId);
    Map<Long, Account> people =
        accounts.accountsById(seats.stream().map(CouncilMember::getAccountId).toList());
    return seats.stream()
        .map(seat -> listing(seat, people.get(seat.getAccountId())))
        .sorted(
            Comparator.comparing(CouncilMemberListing::position)
                .thenComparing(
                    listing -> listing.name() != null ? listing.name() : listing.email(),
                    Comparator.nullsLast(AreaManagement.DANISH_ORDER)))
        .toList();
  }

  /**
   * The council's member with this id.
   *
   * @throws CouncilMemberNotFound if the council has no such member
   */
  public CouncilMemberListing memberListing(String slug, long memberId) {
    Council council = management.council(slug);
    CouncilMember member = memberOf(council, memberId);
    return listing(member, accounts.account(member.getAccountId()).orElse(null));
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

  /**
   * Invites a person by e-mail to the council's board. Someone without an account (or whose account
   * still awaits its invitation) is invited to Samspil and the seat exists at once, shown as
   * invited; accepting the account invitation is their consent. Someone who already has an account
   * is offered the seat: they are mailed a link to accept or decline it, and the seat exists only
   * once they accept. A closed (deactivated) account gets nothing. The inviter is told the same in
   * every case, so that an invitation reveals neither a person's name nor whether they have an
   * account.
   *
   * @throws MembershipRefused if the person already sits on the council (the inviter sees the
   *     council's members on the same page, so this reveals nothing new)
   */
  @Transactional
  public void inviteMember(String slug, MemberInvitation invitation) {
    Council council = lockedCouncil(slug);
    Optional<Account> existing = accounts.accountByEmail(invitation.email());
    if (existing.isPresent()
        && members
            .findByCouncilIdAndAccountId(council.getId(), existing.get().getId())
            .isPresent()) {
      throw MembershipRefused.alreadyMember();
    }
    if (existing.isPresent() && existing.get().canSignIn()) {
      offerSeat(council, existing.get(), invitation.position());
      return;
    }
    if (existing.isPresent() && !existing.get().awaitsInvitation()) {
      return;
    }
    Account account = accounts.invite(invitation.email(), invitation.name(), council.getName());
    management.ensureMember(council.getId(), account.getId(), invitation.position());
  }

  private void offerSeat(Council council, Account account, CouncilPosition position) {
    Instant now = Instant.now();
    for (CouncilSeatOffer earlier :
        offers.findByCouncilIdAndAccountIdAndDecidedAtIsNull(council.getId(), account.getId())) {
      if (earlier.state(now) == CouncilSeatOffer.State.OPEN) {
        earlier.decide(CouncilSeatOffer.Decision.WITHDRAWN, now);
      }
    }
    CouncilSeatOffer offer =
        offers.save(new CouncilSeatOffer(council.getId(), account.getId(), position, now));
    events.publishEvent(
        AuditEvent.created(
            "council-seat-offer",
            offer.getId(),
            council.getName() + ", account " + account.getId(),
            offer.auditSnapshot()));
    events.publishEvent(new CouncilSeatOffered(offer.getId()));
  }

  /** An offered seat as its link shows it to the signed-in person. */
  public record SeatOffer(
      CouncilSeatOffer.State state,
      boolean forThisAccount,
      Council council,
      CouncilPosition position) {

    /** Whether the person may accept or decline it now. */
    public boolean isOpen() {
      return state == CouncilSeatOffer.State.OPEN && forThisAccount;
    }

    static SeatOffer unknown() {
      return new SeatOffer(CouncilSeatOffer.State.UNKNOWN, false, null, null);
    }
  }

  /**
   * The seat offer behind an e-mailed link, as the signed-in account sees it: unknown if there is
   * no such link or its council has closed down.
   */
  public SeatOffer seatOffer(String token, long accountId) {
    if (token == null || token.isBlank()) {
      return SeatOffer.unknown();
    }
    return offers
        .findByTokenHash(SecretTokens.hash(token))
        .map(offer -> view(offer, accountId))
        .orElseGet(SeatOffer::unknown);
  }

  /**
   * Accepts (or declines) the seat offer behind the link, if it is open and for this account; an
   * accepted offer becomes the seat. Returns the offer as it was before the decision, so that the
   * caller can tell why nothing happened.
   */
  @Transactional
  public SeatOffer decideSeatOffer(String token, long accountId, boolean accept) {
    if (token == null || token.isBlank()) {
      return SeatOffer.unknown();
    }
    Optional<CouncilSeatOffer> found = offers.lockByTokenHash(SecretTokens.hash(token));
    if (found.isEmpty()) {
      return SeatOffer.unknown();
    }
    CouncilSeatOffer offer = found.get();
    SeatOffer before = view(offer, accountId);
    if (!before.isOpen()) {
      return before;
    }
    Map<String, Object> snapshot = offer.auditSnapshot();
    offer.decide(
        accept ? CouncilSeatOffer.Decision.ACCEPTED : CouncilSeatOffer.Decision.DECLINED,
        Instant.now());
    events.publishEvent(
        AuditEvent.updated(
            "council-seat-offer",
            offer.getId(),
            before.council().getName() + ", account " + accountId,
            snapshot,
            offer.auditSnapshot()));
    if (accept) {
      management.ensureMember(offer.getCouncilId(), accountId, offer.getPosition());
    }
    return before;
  }

  private SeatOffer view(CouncilSeatOffer offer, long accountId) {
    Council council = management.councilById(offer.getCouncilId());
    if (council.isClosedDown()) {
      return SeatOffer.unknown();
    }
    return new SeatOffer(
        offer.state(Instant.now()),
        offer.getAccountId() == accountId,
        council,
        offer.getPosition());
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
    CouncilMember member = memberOf(council, memberId);
    if (member.isMayAnswer()
        && !member.answersAfter(position, mayAnswer)
        && isLastAnswerer(council)) {
      throw MembershipRefused.lastAnswererKeepsTheRight();
    }
    Map<String, Object> before = member.auditSnapshot();
    member.change(position, mayAnswer);
    Map<String, Object> after = member.auditSnapshot();
    if (!before.equals(after)) {
      events.publishEvent(
          AuditEvent.updated(
              "council-member", member.getId(), summary(council, member), before, after));
      events.publishEvent(new AccountAccessChanged(member.getAccountId()));
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
    CouncilMember member = memberOf(council, memberId);
    if (member.isMayAnswer() && isLastAnswerer(council)) {
      throw MembershipRefused.lastAnswererStays();
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
          Map<String, Object> before = member.auditSnapshot();
          member.setNamePublic(namePublic);
          Map<String, Object> after = member.auditSnapshot();
          if (!before.equals(after)) {
            Council council = management.councilById(member.getCouncilId());
            events.publishEvent(
                AuditEvent.updated(
                    "council-member", member.getId(), summary(council, member), before, after));
          }
        });
    return seat;
  }

  /** Removes every seat of a deleted account, whatever its right to answer. */
  @Transactional
  public void removeSeatsOf(long accountId) {
    for (CouncilMember member : members.findByAccountId(accountId)) {
      remove(management.councilById(member.getCouncilId()), member);
    }
  }

  private void remove(Council council, CouncilMember member) {
    Map<String, Object> before = member.auditSnapshot();
    members.delete(member);
    events.publishEvent(
        AuditEvent.of(
            "removed",
            "council-member",
            member.getId(),
            summary(council, member),
            before,
            Map.of()));
    events.publishEvent(new AccountAccessChanged(member.getAccountId()));
  }

  private boolean isLastAnswerer(Council council) {
    return members.countByCouncilIdAndMayAnswerTrue(council.getId()) <= 1;
  }

  private Council lockedCouncil(String slug) {
    return councils.lockBySlug(slug).orElseThrow(() -> CouncilNotFound.forSlug(slug));
  }

  private CouncilMember memberOf(Council council, long memberId) {
    return members
        .findById(memberId)
        .filter(member -> member.getCouncilId().equals(council.getId()))
        .orElseThrow(() -> CouncilMemberNotFound.on(council.getSlug()));
  }

  private static CouncilMemberListing listing(CouncilMember seat, Account account) {
    return new CouncilMemberListing(
        seat.getId(),
        seat.getAccountId(),
        account == null ? null : account.getName(),
        account == null ? null : account.getEmail(),
        account != null && account.getStatus() == AccountStatus.INVITED,
        seat.getPosition(),
        seat.isMayAnswer(),
        seat.isNamePublic());
  }

  private static String summary(Council council, CouncilMember member) {
    return council.getName() + ", account " + member.getAccountId();
  }
}
