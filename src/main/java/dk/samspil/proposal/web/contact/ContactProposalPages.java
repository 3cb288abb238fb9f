package dk.samspil.proposal.web.contact;

import dk.samspil.proposal.ProposalRouting.DepartmentChoice;
import dk.samspil.proposal.ProposalState;
import dk.samspil.shared.FormErrors;
import java.time.LocalDate;
import java.util.List;

/** The contact person's pages of proposals, as their templates show them. */
public final class ContactProposalPages {

  private ContactProposalPages() {}

  /**
   * Her list: what waits for her to choose a department, what she may forward after a council's
   * deadline, what she handles as the council of an area without one, and what the departments
   * have.
   */
  public record ListPage(
      List<Row> toRoute,
      List<Row> askedAfterDeadline,
      List<Row> asCouncil,
      List<Row> atDepartments) {}

  /**
   * One proposal in her list.
   *
   * @param from the council that has (or forwarded) it, or the area without council
   * @param days how many days it has waited in its current state
   * @param assessmentKey the council's assessment; null if none (forwarded after the deadline)
   */
  public record Row(
      Long id,
      String title,
      String from,
      ProposalState state,
      String department,
      long days,
      LocalDate deadline,
      String assessmentKey) {

    public String link() {
      return "/kontaktperson/forslag/" + id;
    }

    public String handlingLink() {
      return "/forslag/" + id + "/behandling";
    }
  }

  /**
   * One proposal, to give to a department (when forwarded) or to forward (when its proposer asked
   * after the council's deadline).
   *
   * @param choices every department, those Samspil suggests first, with their reasons
   */
  public record RoutePage(
      Long id,
      String title,
      String description,
      String from,
      List<String> themes,
      ProposalState state,
      String assessmentKey,
      String assessmentText,
      boolean mayRoute,
      boolean mayForward,
      List<DepartmentChoice> choices,
      String chosen,
      FormErrors errors) {

    public String base() {
      return "/kontaktperson/forslag/" + id;
    }
  }
}
