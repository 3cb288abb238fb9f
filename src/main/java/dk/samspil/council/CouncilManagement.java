package dk.samspil.council;

import dk.samspil.area.AreaManagement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council module's API. */
@Service
@Transactional(readOnly = true)
public class CouncilManagement {

  private final Councils councils;
  private final CouncilMembers members;
  private final org.springframework.context.ApplicationEventPublisher events;

  CouncilManagement(
      Councils councils,
      CouncilMembers members,
      org.springframework.context.ApplicationEventPublisher events) {
    this.councils = councils;
    this.members = members;
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
                  dk.samspil.shared.AuditEvent.created(
                      "council-member",
                      member.getId(),
                      "council " + councilId + ", account " + accountId,
                      java.util.Map.of(
                          "councilId",
                          councilId,
                          "accountId",
                          accountId,
                          "position",
                          position.name(),
                          "mayAnswer",
                          member.isMayAnswer())));
              return member;
            });
  }

  /** Every council that is not closed down, in Danish alphabetical order. */
  public List<Council> councils() {
    return councils.findAll().stream()
        .filter(council -> council.getStatus() != CouncilStatus.NEDLAGT)
        .sorted(Comparator.comparing(Council::getName, AreaManagement.DANISH_ORDER))
        .toList();
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
}
