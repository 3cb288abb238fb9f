package dk.samspil.involvement.web.staff;

import dk.samspil.council.RoutingPolicy;
import dk.samspil.involvement.ProcessType;
import dk.samspil.shared.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Choosing whom to invite: the councils Samspil proposes (ticked, with reasons), the other councils
 * (unticked), the areas without a council, and the deadline check for the ticked councils.
 */
public record InvitePage(
    Long processId,
    String title,
    ProcessType type,
    LocalDate deadline,
    List<CouncilChoice> proposed,
    List<CouncilChoice> others,
    List<AreaWithoutCouncil> areasWithoutCouncil,
    List<Warning> warnings,
    LocalDate suggestedDeadline,
    FormErrors errors) {

  /** A council that can be invited, with Samspil's reasons (none for the others). */
  public record CouncilChoice(
      Long id, String name, List<RoutingPolicy.Reason> reasons, boolean checked) {

    public String inputId() {
      return "raad-" + id;
    }
  }

  /** An affected area without a council, and the contact person who is told instead. */
  public record AreaWithoutCouncil(String area, String contactPerson) {}

  /** A deadline warning: its message key and arguments (dates already written out). */
  public record Warning(String messageKey, Object[] arguments, boolean perCouncil) {}

  public String base() {
    return "/medarbejder/inddragelser/" + processId;
  }

  /** The ticked councils, for the extension form, which must keep them. */
  public List<CouncilChoice> checked() {
    return Stream.concat(proposed.stream(), others.stream())
        .filter(CouncilChoice::checked)
        .toList();
  }
}
