package dk.samspil.council.admin;

import dk.samspil.council.CouncilStatus;
import dk.samspil.shared.Forms;
import org.springframework.validation.BindingResult;

/**
 * A change of a council's status: the status chosen by its button and, for closing down, the ticked
 * confirmation ({@code bekraeft}).
 */
public record StatusForm(CouncilStatus status, String bekraeft) {

  /** Closing a council down is final, so it needs the confirmation ticked. */
  void check(BindingResult errors) {
    if (status == CouncilStatus.NEDLAGT && (bekraeft == null || bekraeft.isBlank())) {
      Forms.rejectField(errors, "bekraeft", "admin.council.status.confirm-required");
    }
  }
}
