package dk.samspil.proposal;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilMailboxes;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMember;
import dk.samspil.notification.Outbox;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.DanishDates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of the council's qualification: the question to the proposer with the link to answer,
 * the answer to the council, the reminder of the council's deadline, and the proposer's news that
 * the deadline passed with the link to ask the contact person. A link's secret is made here, in the
 * listener's transaction together with its mail, so it is never kept in the event publication.
 * Where the area has no council, its contact person is mailed in the council's place.
 */
@Component
class CouncilProposalMail {

  private static final Locale DANISH = Locale.forLanguageTag("da");

  private final ProposalQueries queries;
  private final ProposalQuestions questions;
  private final CouncilDeadlines deadlines;
  private final CouncilManagement councils;
  private final CouncilMailboxes mailboxes;
  private final AccountManagement accounts;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;
  private final Outbox outbox;
  private final MessageSource messages;
  private final String baseUrl;

  CouncilProposalMail(
      ProposalQueries queries,
      ProposalQuestions questions,
      CouncilDeadlines deadlines,
      CouncilManagement councils,
      CouncilMailboxes mailboxes,
      AccountManagement accounts,
      AreaManagement areas,
      OrganisationManagement organisation,
      Outbox outbox,
      MessageSource messages,
      @Value("${samspil.base-url}") String baseUrl) {
    this.queries = queries;
    this.questions = questions;
    this.deadlines = deadlines;
    this.councils = councils;
    this.mailboxes = mailboxes;
    this.accounts = accounts;
    this.areas = areas;
    this.organisation = organisation;
    this.outbox = outbox;
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** A recipient: the once-key's last part (by id, never by address), and the address. */
  record Recipient(String key, String name, String address) {}

  @ApplicationModuleListener
  void on(ProposalQuestionAsked event) {
    ProposalQuestion question = questions.findById(event.questionId()).orElse(null);
    if (question == null || question.hasToken() || question.isAnswered()) {
      return;
    }
    Proposal proposal = queries.proposal(event.proposalId());
    String token = question.issueToken();
    questions.save(question);
    String link = baseUrl + "/forslag/svar?token=" + encode(token);
    outbox.enqueueOnce(
        "proposal-question:" + question.getId(),
        proposal.getProposerEmail(),
        text("mail.proposal.council.question.subject", proposal.getTitle()),
        text(
            "mail.proposal.council.question.body",
            proposal.getProposerName(),
            handlerName(proposal),
            proposal.getTitle(),
            question.getQuestion(),
            link));
  }

  @ApplicationModuleListener
  void on(ProposalQuestionAnswered event) {
    ProposalQuestion question = questions.findById(event.questionId()).orElse(null);
    if (question == null || !question.isAnswered()) {
      return;
    }
    Proposal proposal = queries.proposal(event.proposalId());
    for (Recipient recipient : councilRecipients(proposal, false)) {
      outbox.enqueueOnce(
          "proposal-question-answered:" + question.getId() + ":" + recipient.key(),
          recipient.address(),
          text("mail.proposal.council.answered.subject", proposal.getTitle()),
          text(
              "mail.proposal.council.answered.body",
              recipient.name(),
              proposal.getTitle(),
              question.getQuestion(),
              question.getAnswer(),
              handlingLink(proposal)));
    }
  }

  @ApplicationModuleListener
  void on(ProposalCouncilReminded event) {
    Proposal proposal = queries.proposal(event.proposalId());
    if (proposal.getState() != ProposalState.HOS_LOKALRAADET) {
      return;
    }
    for (Recipient recipient : councilRecipients(proposal, true)) {
      outbox.enqueueOnce(
          "proposal-council-reminder:"
              + proposal.getId()
              + ":"
              + event.deadline()
              + ":"
              + recipient.key(),
          recipient.address(),
          text(
              "mail.proposal.council.reminder.subject",
              DanishDates.format(event.deadline()),
              proposal.getTitle()),
          text(
              "mail.proposal.council.reminder.body",
              recipient.name(),
              proposal.getTitle(),
              DanishDates.format(event.deadline()),
              handlingLink(proposal)));
    }
  }

  @ApplicationModuleListener
  void on(ProposalStepTaken event) {
    if (event.replayed() || event.kind() != StepKind.FRIST_OVERSKREDET) {
      return;
    }
    String key = "proposal-deadline-passed:" + event.proposalId() + ":" + event.position();
    if (!outbox.mailsWithKeys(List.of(key)).isEmpty()) {
      return;
    }
    Proposal proposal = queries.proposal(event.proposalId());
    if (proposal.getState() != ProposalState.HOS_LOKALRAADET || proposal.contactPersonAsked()) {
      return;
    }
    String link =
        baseUrl
            + "/forslag/kontaktperson?token="
            + encode(deadlines.issueContactLink(proposal.getId()));
    outbox.enqueueOnce(
        key,
        proposal.getProposerEmail(),
        text("mail.proposal.council.deadline-passed.subject", proposal.getTitle()),
        text(
            "mail.proposal.council.deadline-passed.body",
            proposal.getProposerName(),
            proposal.getTitle(),
            handlerName(proposal),
            DanishDates.format(proposal.getCouncilDeadline()),
            link,
            baseUrl + "/forslag/" + proposal.getId()));
  }

  /**
   * Who is mailed for the council: its answerers ({@code answerersOnly}, falling back to all its
   * addresses when none has an account), or all its addresses; where the area has no council that
   * represents it, the area's contact person. A closed-down council is not mailed.
   */
  private List<Recipient> councilRecipients(Proposal proposal, boolean answerersOnly) {
    if (proposal.getCouncilId() == null) {
      return areaContactPerson(proposal)
          .map(
              person ->
                  List.of(
                      new Recipient(
                          "contact-person:" + person.getId(), person.getName(), person.getEmail())))
          .orElse(List.of());
    }
    Council council = councils.councilById(proposal.getCouncilId());
    if (council.isClosedDown()) {
      return List.of();
    }
    List<Recipient> recipients = new ArrayList<>();
    if (answerersOnly) {
      List<Long> answerers =
          councils.members(council.getId()).stream()
              .filter(CouncilMember::isMayAnswer)
              .map(CouncilMember::getAccountId)
              .toList();
      accounts.accountsById(answerers).values().stream()
          .filter(Account::canSignIn)
          .forEach(
              account ->
                  recipients.add(
                      new Recipient(
                          "account:" + account.getId(), council.getName(), account.mailAddress())));
    }
    if (recipients.isEmpty()) {
      mailboxes
          .of(council)
          .forEach(
              mailbox ->
                  recipients.add(
                      new Recipient(mailbox.key(), council.getName(), mailbox.address())));
    }
    return recipients;
  }

  private Optional<ContactPerson> areaContactPerson(Proposal proposal) {
    Area area = areas.areasById(List.of(proposal.getAreaId())).get(proposal.getAreaId());
    return area == null || area.getContactPersonId() == null
        ? Optional.empty()
        : organisation.contactPerson(area.getContactPersonId());
  }

  /** Who qualifies the proposal, as the proposer is told: the council, or the contact person. */
  private String handlerName(Proposal proposal) {
    if (proposal.getCouncilId() != null) {
      return councils.councilById(proposal.getCouncilId()).getName();
    }
    return areaContactPerson(proposal)
        .map(person -> text("mail.proposal.council.contact-person", person.getName()))
        .orElseGet(() -> text("mail.proposal.council.the-municipality"));
  }

  private String handlingLink(Proposal proposal) {
    return baseUrl + "/forslag/" + proposal.getId() + "/behandling";
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, DANISH);
  }

  private static String encode(String token) {
    return URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
