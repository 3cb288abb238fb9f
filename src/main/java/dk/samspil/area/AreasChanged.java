package dk.samspil.area;

/** Published when areas, parishes, postal districts or the municipal boundary change. */
public record AreasChanged() {}
