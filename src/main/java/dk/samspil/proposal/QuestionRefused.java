package dk.samspil.proposal;

import dk.samspil.shared.ChangeRefused;

/** An answer to a question that cannot be taken: it was answered already. */
public class QuestionRefused extends ChangeRefused {

  private QuestionRefused(String field, String messageKey) {
    super(field, messageKey);
  }

  static QuestionRefused alreadyAnswered() {
    return new QuestionRefused("", "proposal.council.answer.already");
  }
}
