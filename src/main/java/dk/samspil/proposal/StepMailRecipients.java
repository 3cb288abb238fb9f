package dk.samspil.proposal;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilMailboxes;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where the municipality's proposal mails go, each address with a key that names the recipient by
 * id (what a mail's once-key ends with): the council that has the proposal, the contact person of
 * its council or area, and the employees of a department. The proposer's address is the proposal's
 * own and goes in no other list.
 */
@Component
class StepMailRecipients {

  /** One address, and the recipient's key, e.g. {@code account:7}. */
  record Recipient(String key, String address) {}

  private final CouncilManagement councils;
  private final CouncilMailboxes mailboxes;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;

  StepMailRecipients(
      CouncilManagement councils,
      CouncilMailboxes mailboxes,
      AreaManagement areas,
      OrganisationManagement organisation,
      AccountManagement accounts) {
    this.councils = councils;
    this.mailboxes = mailboxes;
    this.areas = areas;
    this.organisation = organisation;
    this.accounts = accounts;
  }

  /** The council's addresses (none for a closed-down council, or a proposal without council). */
  List<Recipient> council(Proposal proposal) {
    if (proposal.getCouncilId() == null) {
      return List.of();
    }
    Council council = councils.councilById(proposal.getCouncilId());
    if (council.isClosedDown()) {
      return List.of();
    }
    return mailboxes.of(council).stream()
        .map(mailbox -> new Recipient(mailbox.key(), mailbox.address()))
        .toList();
  }

  /**
   * The contact person who routes the proposal: its council's own, or its area's (also where the
   * area has no council, and she handles it as the council would).
   */
  List<Recipient> contactPerson(Proposal proposal) {
    Long own =
        proposal.getCouncilId() == null
            ? null
            : councils.councilById(proposal.getCouncilId()).getContactPersonId();
    Long id = own != null ? own : area(proposal).map(Area::getContactPersonId).orElse(null);
    return Optional.ofNullable(id)
        .flatMap(organisation::contactPerson)
        .map(
            person -> List.of(new Recipient("contact-person:" + person.getId(), person.getEmail())))
        .orElse(List.of());
  }

  /** The active employees of the department. */
  List<Recipient> department(Long departmentId) {
    return accounts.employees().stream()
        .filter(account -> departmentId.equals(account.getDepartmentId()))
        .filter(Account::canSignIn)
        .map(account -> new Recipient("account:" + account.getId(), account.mailAddress()))
        .toList();
  }

  /** The council's name; empty without a council. */
  Optional<String> councilName(Proposal proposal) {
    return proposal.getCouncilId() == null
        ? Optional.empty()
        : Optional.of(councils.councilById(proposal.getCouncilId()).getName());
  }

  Optional<Area> area(Proposal proposal) {
    return Optional.ofNullable(
        areas.areasById(List.of(proposal.getAreaId())).get(proposal.getAreaId()));
  }

  String departmentName(Long departmentId) {
    return departmentId == null
        ? ""
        : Optional.ofNullable(organisation.departmentsById(List.of(departmentId)).get(departmentId))
            .map(Department::getName)
            .orElse("");
  }
}
