package dk.samspil.proposal;

import dk.samspil.notification.Outbox;
import dk.samspil.proposal.StepMailRecipients.Recipient;
import dk.samspil.shared.DanishDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned about every step of a proposal's path, each once (the once-key names
 * the proposal, the step's position, the audience and the recipient: {@code
 * proposal-step:12:3:council:account:7}, {@code proposal-step:12:3:proposer}), with a link to where
 * they see or act on it: the proposer and the council always, the contact person when she must
 * route it, and the department's employees when it reaches them. The council's questions, the
 * proposer's answers and the council's deadline are mailed where they are handled; hiding tells no
 * one. Mails are in Danish, like every mail of Samspil; the proposer's address is used for the
 * proposer's mail only.
 */
@Component
class ProposalStepMail {

  private static final Locale DANISH = Locale.forLanguageTag("da");

  /** Who a mail is for: the texts' key part. */
  enum Audience {
    PROPOSER,
    COUNCIL,
    CONTACT,
    DEPARTMENT;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final ProposalQueries queries;
  private final StepMailRecipients recipients;
  private final Outbox outbox;
  private final MessageSource messages;
  private final String baseUrl;

  ProposalStepMail(
      ProposalQueries queries,
      StepMailRecipients recipients,
      Outbox outbox,
      MessageSource messages,
      @Value("${samspil.base-url}") String baseUrl) {
    this.queries = queries;
    this.recipients = recipients;
    this.outbox = outbox;
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @ApplicationModuleListener
  void on(ProposalStepTaken event) {
    if (event.replayed()) {
      return;
    }
    Proposal proposal = queries.proposal(event.proposalId());
    ProposalStep step = proposal.getSteps().get(event.position());
    String onceKey = "proposal-step:" + proposal.getId() + ":" + event.position() + ":";
    for (Mail mail : mails(proposal, step)) {
      String subject = text(subjectKey(step.getKind(), mail.audience()), args(proposal, step));
      String body = body(proposal, step, mail);
      for (Recipient recipient : mail.to()) {
        // the audience is part of the key: an employee may also be a member of the council
        String who =
            mail.audience() == Audience.PROPOSER
                ? recipient.key()
                : mail.audience().key() + ":" + recipient.key();
        outbox.enqueueOnce(onceKey + who, recipient.address(), subject, body);
      }
    }
  }

  /** One text to one group of recipients, with the link it leads to. */
  record Mail(Audience audience, List<Recipient> to, String link) {}

  private List<Mail> mails(Proposal proposal, ProposalStep step) {
    String publicPage = baseUrl + "/forslag/" + proposal.getId();
    String handling = publicPage + "/behandling";
    String routing = baseUrl + "/kontaktperson/forslag";
    List<Mail> mails = new ArrayList<>();
    Mail proposer =
        new Mail(
            Audience.PROPOSER,
            List.of(new Recipient("proposer", proposal.getProposerEmail())),
            publicPage);
    Mail council = new Mail(Audience.COUNCIL, recipients.council(proposal), publicPage);
    switch (step.getKind()) {
      case MODTAGET, FLYTTET -> {
        mails.add(proposer);
        mails.add(
            proposal.getCouncilId() != null
                ? new Mail(Audience.COUNCIL, recipients.council(proposal), handling)
                : new Mail(Audience.CONTACT, recipients.contactPerson(proposal), handling));
      }
      case VIDERESENDT -> {
        mails.add(proposer);
        mails.add(council);
        mails.add(new Mail(Audience.CONTACT, recipients.contactPerson(proposal), routing));
      }
      case KONTAKTPERSON_BEDT ->
          mails.add(new Mail(Audience.CONTACT, recipients.contactPerson(proposal), routing));
      case FORDELT, SENDT_VIDERE -> {
        mails.add(
            new Mail(
                Audience.DEPARTMENT,
                recipients.department(step.getDepartmentId()),
                baseUrl + "/medarbejder/forslag/" + proposal.getId()));
        mails.add(proposer);
        mails.add(council);
      }
      case RETURNERET, OVERTAGET, KVITTERET, BESVARET, GENNEMFOERT -> {
        mails.add(proposer);
        mails.add(council);
      }
      case SPOERGSMAAL, SVAR_FRA_FORSLAGSSTILLER, FRIST_OVERSKREDET, SKJULT -> {}
    }
    return mails;
  }

  private String body(Proposal proposal, ProposalStep step, Mail mail) {
    Object[] args = args(proposal, step);
    StringBuilder body = new StringBuilder();
    if (mail.audience() == Audience.PROPOSER) {
      body.append(text("mail.proposal.step.greeting", proposal.getProposerName())).append("\n\n");
    }
    body.append(text(bodyKey(step.getKind(), mail.audience()), args));
    String words = words(step);
    if (words != null) {
      body.append("\n\n").append(text("mail.proposal.step.words", words));
    }
    if (step.getKind() == StepKind.BESVARET && proposal.getAnswerProcessId() != null) {
      body.append("\n\n")
          .append(
              text(
                  "mail.proposal.step.process",
                  baseUrl + "/inddragelser/" + proposal.getAnswerProcessId()));
    }
    body.append("\n\n")
        .append(text("mail.proposal.step.link." + mail.audience().key(), mail.link()));
    body.append("\n\n").append(text("mail.proposal.step.signature"));
    return body.toString();
  }

  /** The step's own words worth quoting: a reason, an assessment, an answer. */
  private static String words(ProposalStep step) {
    return step.getKind() == StepKind.KVITTERET ? null : step.getText();
  }

  /**
   * The texts' arguments: {0} the title, {1} who qualifies it (the council, or the area's contact
   * person), {2} the deadline that now runs, {3} the department, {4} the council's assessment, the
   * reason for a return, or the municipality's answer, {5} who handles it.
   */
  private Object[] args(Proposal proposal, ProposalStep step) {
    String who =
        recipients
            .councilName(proposal)
            .orElseGet(
                () ->
                    text(
                        "mail.proposal.step.contact-person-of",
                        recipients.area(proposal).map(a -> a.getName()).orElse("")));
    String deadline =
        switch (step.getKind()) {
          case MODTAGET, FLYTTET -> DanishDates.format(proposal.getCouncilDeadline());
          case FORDELT, SENDT_VIDERE, KVITTERET -> DanishDates.format(proposal.getAnswerDeadline());
          default -> "";
        };
    String label =
        switch (step.getKind()) {
          case VIDERESENDT ->
              proposal.getAssessment() == null
                  ? text("mail.proposal.step.no-assessment")
                  : text(proposal.getAssessment().messageKey());
          case RETURNERET ->
              proposal.getReturnReason() == null
                  ? ""
                  : text(proposal.getReturnReason().messageKey());
          case BESVARET ->
              proposal.getAnswer() == null ? "" : text(proposal.getAnswer().messageKey());
          default -> "";
        };
    return new Object[] {
      proposal.getTitle(),
      who,
      deadline == null ? "" : deadline,
      recipients.departmentName(step.getDepartmentId()),
      label,
      proposal.getHandlerName() == null ? "" : proposal.getHandlerName()
    };
  }

  private static String subjectKey(StepKind kind, Audience audience) {
    return "mail.proposal.step." + kind.name() + "." + audience.key() + ".subject";
  }

  private static String bodyKey(StepKind kind, Audience audience) {
    return "mail.proposal.step." + kind.name() + "." + audience.key() + ".body";
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, DANISH);
  }
}
