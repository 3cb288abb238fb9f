package dk.samspil.council;

import dk.samspil.account.AccountAccessChanged;
import dk.samspil.area.AreaManagement;
import dk.samspil.shared.AuditEvent;
import java.util.Collection;
import java.util.Comparator;
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
 * The council module's look-ups, which other modules call: the living councils to choose from, any
 * council by id, slug or area (closed-down ones included where history needs them), who sits on a
 * council, and the loading of councils and their seats from data files. The other use cases have
 * their own services: {@link CouncilAdministration} (registry and lifecycle), {@link
 * CouncilProfileManagement} (what a council says about itself) and {@link CouncilMembership} (its
 * members).
 */
@Service
@Transactional(readOnly = true)
public class CouncilManagement {

  private final Councils councils;
  private final CouncilMembers members;
  private final ApplicationEventPublisher events;

  CouncilManagement(Councils councils, CouncilMembers members, ApplicationEventPublisher events) {
    this.councils = councils;
    this.members = members;
    this.events = events;
  }

  /** Every council that is not closed down, in Danish alphabetical order. */
  public List<Council> councils() {
    return councils.findAll().stream()
        .filter(council -> !council.isClosedDown())
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

  /**
   * The council with this slug, also one that is closed down.
   *
   * @throws CouncilNotFound if there is no such council
   */
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

  /** The members of a council, in no particular order. */
  public List<CouncilMember> members(Long councilId) {
    return members.findByCouncilId(councilId);
  }

  /** The council with the draft's slug, registered from the draft if it does not exist yet. */
  @Transactional
  public Council ensureCouncil(CouncilDraft draft) {
    return councils.findBySlug(draft.slug()).orElseGet(() -> councils.save(new Council(draft)));
  }

  /**
   * The council with the draft's slug, registered from the draft if it does not exist yet; if it
   * does, what it lacks (website, e-mail, description, founding date, contact person, themes) is
   * filled in from the draft and what it has stays. For a data set that adds details to councils
   * another data set registered.
   */
  @Transactional
  public Council ensureCouncilDetails(CouncilDraft draft) {
    return councils
        .findBySlug(draft.slug())
        .map(
            council -> {
              council.fillIn(draft);
              return council;
            })
        .orElseGet(() -> councils.save(new Council(draft)));
  }

  /**
   * The account's seat on the council, created with this position (and recorded in the audit log)
   * if missing.
   */
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
                      member.auditSnapshot()));
              events.publishEvent(new AccountAccessChanged(accountId));
              return member;
            });
  }
}
