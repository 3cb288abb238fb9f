package dk.samspil.area;

import java.util.List;

/**
 * A place found by the gazetteer and the areas it lies in (a postal district often spans several).
 *
 * @param kind what the place is
 * @param name its name, e.g. „Glumsø“
 * @param code the parish code or postal number; null for an area
 * @param areaIds the areas the place lies in, most overlapped first
 */
public record PlaceMatch(PlaceKind kind, String name, String code, List<Long> areaIds) {}
