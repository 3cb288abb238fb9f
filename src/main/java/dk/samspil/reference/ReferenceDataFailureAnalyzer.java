package dk.samspil.reference;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start stopped by a refused reference data set: what is wrong, and what to do. */
class ReferenceDataFailureAnalyzer extends AbstractFailureAnalyzer<ReferenceDataRefused> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ReferenceDataRefused cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Correct the files of the data set (their format is described in"
            + " src/main/resources/reference/README.md) and start again, or start without it"
            + " (samspil.reference-data blank). Nothing of it was written, so a corrected data"
            + " set loads whole.",
        cause);
  }
}
