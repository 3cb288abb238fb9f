package dk.samspil.council;

import dk.samspil.account.Account;
import dk.samspil.account.AccountAccessChanged;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.AccountStatus;
import dk.samspil.area.AreaManagement;
import dk.samspil.shared.AuditEvent;
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
  private final CouncilManagement management;
  private final AccountManagement accounts;
  private final ApplicationEventPublisher events;

  CouncilMembership(
      Councils councils,
      CouncilMembers members,
      CouncilManagement management,
      AccountManagement accounts,
      ApplicationEventPublisher events) {
    this.councils = councils;
    this.members = members;
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
   * Invites a person by e-mail to the council's board: an account is invited (or told they have
   * been given access, if they already have one), and the seat exists at once.
   *
   * @throws MembershipRefused if the person already sits on the council or their account is closed
   */
  @Transactional
  public CouncilMember inviteMember(String slug, MemberInvitation invitation) {
    Council council = lockedCouncil(slug);
    Optional<Account> existing = accounts.accountByEmail(invitation.email());
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
    Account account = accounts.invite(invitation.email(), invitation.name(), council.getName());
    return management.ensureMember(council.getId(), account.getId(), invitation.position());
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
