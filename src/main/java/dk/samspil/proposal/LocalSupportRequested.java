package dk.samspil.proposal;

/**
 * Someone asked to support a proposal by e-mail: they are mailed a single-use link to confirm it.
 */
public record LocalSupportRequested(long supportId) {}
