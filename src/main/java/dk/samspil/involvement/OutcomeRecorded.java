package dk.samspil.involvement;

import java.time.Instant;

/**
 * The outcome of a process was recorded, or corrected.
 *
 * @param at when, which tells a correction from the first recording
 * @param replayed history replayed by demonstration data, which no one is told about
 */
public record OutcomeRecorded(Long processId, Instant at, boolean replayed) {}
