package dk.samspil.organisation.admin;

import dk.samspil.organisation.Committee;
import dk.samspil.organisation.CommitteeDraft;
import dk.samspil.shared.IsoDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The committee form as typed: name and period (the end may be open); dates stay text. */
public record CommitteeForm(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @IsoDate String validFrom,
    @IsoDate String validTo) {

  static CommitteeForm empty() {
    return new CommitteeForm("", "", "");
  }

  static CommitteeForm of(Committee committee) {
    return new CommitteeForm(
        committee.getName(),
        committee.getValidFrom().toString(),
        committee.getValidTo() == null ? "" : committee.getValidTo().toString());
  }

  CommitteeDraft toDraft() {
    return new CommitteeDraft(
        name.strip(), IsoDate.Check.parse(validFrom), IsoDate.Check.parse(validTo));
  }
}
