package dk.samspil.proposal;

import dk.samspil.account.PersonalDataContributor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The proposals a signed-in person brought, in the download of their personal data. */
@Component
class ProposalsOfAPerson implements PersonalDataContributor {

  private final Proposals proposals;

  ProposalsOfAPerson(Proposals proposals) {
    this.proposals = proposals;
  }

  @Override
  public String section() {
    return "proposals";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> personalData(long accountId) {
    List<Map<String, Object>> brought = new ArrayList<>();
    for (Proposal proposal : proposals.findByProposerAccountIdOrderByCreatedAtDesc(accountId)) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("id", proposal.getId());
      values.put("kind", proposal.getKind().name());
      values.put("title", proposal.getTitle());
      values.put("description", proposal.getDescription());
      values.put("state", proposal.getState().name());
      values.put("proposerName", proposal.getProposerName());
      values.put("proposerEmail", proposal.getProposerEmail());
      values.put("nameShownPublicly", proposal.isShowName());
      values.put("createdAt", String.valueOf(proposal.getCreatedAt()));
      brought.add(values);
    }
    return brought.isEmpty() ? Map.of() : Map.of("proposals", brought);
  }
}
