package dk.samspil.involvement;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.notification.Outbox;
import dk.samspil.notification.OutboxMail;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.OrganisationManagement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a contact person (kontaktperson) looks after: her councils — the living councils she is the
 * contact person of, or whose area she is the contact person of — and her areas without a council
 * that represents them; and what she may read: every process one of her councils is invited to.
 */
@Service
@Transactional(readOnly = true)
public class ContactPersonDesk {

  private final AccountManagement accounts;
  private final OrganisationManagement organisation;
  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final ProcessQueries queries;
  private final Outbox outbox;

  ContactPersonDesk(
      AccountManagement accounts,
      OrganisationManagement organisation,
      CouncilManagement councils,
      AreaManagement areas,
      ProcessQueries queries,
      Outbox outbox) {
    this.accounts = accounts;
    this.organisation = organisation;
    this.councils = councils;
    this.areas = areas;
    this.queries = queries;
    this.outbox = outbox;
  }

  /**
   * What one contact person looks after.
   *
   * @param councils her living councils, in Danish alphabetical order
   * @param areasWithoutCouncil her areas that have no active council (none, or a dormant one)
   */
  public record Scope(
      ContactPerson person, List<Council> councils, List<Area> areasWithoutCouncil) {

    public Set<Long> councilIds() {
      return councils.stream().map(Council::getId).collect(Collectors.toSet());
    }
  }

  /**
   * A published process that concerns one of her areas without a council, and the mail Samspil sent
   * her about it (null if none was sent: the area had a council then, or another contact person).
   */
  public record AreaMatter(InvolvementProcess process, Area area, OutboxMail mail) {}

  /** The contact person the account is, if any. */
  public Optional<ContactPerson> contactPersonOf(long accountId) {
    return accounts
        .account(accountId)
        .map(Account::getContactPersonId)
        .flatMap(organisation::contactPerson);
  }

  /** What the account's contact person looks after; empty if the account is none. */
  public Optional<Scope> scopeOf(long accountId) {
    return contactPersonOf(accountId).map(this::scopeOf);
  }

  Scope scopeOf(ContactPerson person) {
    List<Area> all = areas.areas();
    Set<Long> herAreas =
        all.stream()
            .filter(area -> person.getId().equals(area.getContactPersonId()))
            .map(Area::getId)
            .collect(Collectors.toSet());
    Map<Long, Long> areaContactPersons = new HashMap<>();
    all.forEach(area -> areaContactPersons.put(area.getId(), area.getContactPersonId()));
    List<Council> living = councils.councils();
    List<Council> hers =
        living.stream()
            .filter(
                council ->
                    council.isServedBy(person.getId(), areaContactPersons.get(council.getAreaId())))
            .toList();
    Set<Long> represented =
        living.stream()
            .filter(council -> council.getStatus().isRepresenting())
            .map(Council::getAreaId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    List<Area> withoutCouncil =
        all.stream()
            .filter(area -> herAreas.contains(area.getId()))
            .filter(area -> !represented.contains(area.getId()))
            .toList();
    return new Scope(person, hers, withoutCouncil);
  }

  /** Whether the account is a contact person one of whose councils is invited to the process. */
  public boolean readsProcess(long accountId, Long processId) {
    return scopeOf(accountId)
        .map(scope -> queries.invitesAny(processId, scope.councilIds()))
        .orElse(false);
  }

  /**
   * The newest published processes about her areas without a council, each with the mail she was
   * sent about it: three queries however many processes and areas.
   */
  public List<AreaMatter> areaMatters(Scope scope, int size) {
    Map<Long, Area> byId =
        scope.areasWithoutCouncil().stream().collect(Collectors.toMap(Area::getId, area -> area));
    List<AreaMatter> matters = new ArrayList<>();
    for (InvolvementProcess process : queries.publishedProcessesAffecting(byId.keySet(), size)) {
      for (Area area : scope.areasWithoutCouncil()) {
        if (process.isWholeMunicipality() || process.getAreaIds().contains(area.getId())) {
          matters.add(new AreaMatter(process, area, null));
        }
      }
    }
    Map<String, OutboxMail> mails =
        outbox.mailsWithKeys(matters.stream().map(m -> key(m, scope)).toList());
    return matters.stream()
        .map(m -> new AreaMatter(m.process(), m.area(), mails.get(key(m, scope))))
        .toList();
  }

  private static String key(AreaMatter matter, Scope scope) {
    return AreaWithoutCouncilMail.onceKey(
        matter.process().getId(), matter.area().getId(), scope.person().getId());
  }
}
