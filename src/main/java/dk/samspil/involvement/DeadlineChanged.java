package dk.samspil.involvement;

import java.time.LocalDate;

/**
 * A process's deadline moved (always later).
 *
 * @param published whether the process was open for contributions, so the councils know the old
 *     deadline
 */
public record DeadlineChanged(Long processId, LocalDate deadline, boolean published) {}
