package dk.samspil.shared;

import dk.samspil.shared.BaseUrlSetting.BaseUrlMissing;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start stopped for want of {@code samspil.base-url}, and what to set. */
class BaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<BaseUrlMissing> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, BaseUrlMissing cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Set the environment variable SAMSPIL_BASE_URL (or samspil.base-url) to the public address"
            + " of this installation, e.g. SAMSPIL_BASE_URL=https://samspil.kommune.dk, and start"
            + " again.",
        cause);
  }
}
