package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.FileSummary;
import dk.samspil.involvement.ProcessProgress;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.shared.FormErrors;
import java.util.List;

/**
 * A process as staff see it: everything it says, its documents, and once published the councils'
 * answers with the forms for feedback, hiding, the status and the outcome.
 */
public record ProcessPage(
    ProcessView process,
    List<FileSummary> documents,
    List<AnswerView> answers,
    ProcessProgress progress,
    List<Option> committees,
    OutcomeForm outcome,
    String linkTitle,
    String linkUrl,
    String uploadTitle,
    String newDeadline,
    long maxUploadMegabytes,
    FormErrors errors) {

  public List<FeedbackVerdict> verdicts() {
    return List.of(FeedbackVerdict.values());
  }

  public boolean mayEdit() {
    return process.status() == ProcessStatus.KLADDE;
  }

  public boolean mayAddDocuments() {
    return process.status() != ProcessStatus.LUKKET;
  }

  public boolean mayExtendDeadline() {
    return process.status() == ProcessStatus.AABEN;
  }

  public boolean mayCloseForContributions() {
    return process.status() == ProcessStatus.AABEN;
  }

  public boolean mayRecordOutcome() {
    return process.status() == ProcessStatus.UNDER_BEHANDLING
        || process.status() == ProcessStatus.AFGJORT;
  }

  public boolean mayClose() {
    return process.status() == ProcessStatus.AFGJORT;
  }

  public boolean isOutcomeCommittee(Option committee) {
    return committee.value().equals(outcome.udvalg());
  }

  public String base() {
    return "/medarbejder/inddragelser/" + process.id();
  }
}
