package dk.samspil.proposal;

import dk.samspil.notification.Outbox;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the single-use link that confirms a local support by e-mail. The link's secret is made
 * here, in the listener's transaction together with the mail, so it is never kept in the event
 * publication; a repeated event finds the link already made and sends nothing.
 */
@Component
class LocalSupportMail {

  private final LocalSupports supports;
  private final ProposalQueries queries;
  private final LocalSupportManagement management;
  private final Outbox outbox;
  private final MessageSource messages;
  private final String baseUrl;

  LocalSupportMail(
      LocalSupports supports,
      ProposalQueries queries,
      LocalSupportManagement management,
      Outbox outbox,
      MessageSource messages,
      @Value("${samspil.base-url}") String baseUrl) {
    this.supports = supports;
    this.queries = queries;
    this.management = management;
    this.outbox = outbox;
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @ApplicationModuleListener
  void on(LocalSupportRequested event) {
    LocalSupport support = supports.findById(event.supportId()).orElse(null);
    if (support == null || support.hasToken() || support.isConfirmed()) {
      return;
    }
    Proposal proposal = queries.proposal(support.getProposalId());
    if (!proposal.isPublic()) {
      return;
    }
    String token = support.issueToken();
    supports.save(support);
    String link =
        baseUrl
            + "/forslag/stoette/bekraeft?token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    Object[] args = {
      proposal.getTitle(),
      link,
      management.linkLifetime().toDays(),
      baseUrl + "/forslag/" + proposal.getId()
    };
    Locale danish = Locale.forLanguageTag("da");
    outbox.enqueueOnce(
        "proposal-support:" + support.getId() + ":" + support.getCreatedAt().getEpochSecond(),
        support.getEmail(),
        messages.getMessage("mail.proposal.support.subject", args, danish),
        messages.getMessage("mail.proposal.support.body", args, danish));
  }
}
