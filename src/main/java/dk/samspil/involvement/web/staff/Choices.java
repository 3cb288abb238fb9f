package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.ProcessType;
import java.util.List;

/** What the process form lets the employee choose from. */
public record Choices(
    List<ProcessType> types,
    List<Option> departments,
    List<Option> committees,
    List<Option> contacts,
    List<Option> areas,
    List<Option> themes) {}
