package dk.samspil.reference;

import dk.samspil.area.AreaCharacter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * A reference data set as read and checked, ready to be written: every item valid, every reference
 * between items resolved.
 */
record ReferenceDataSet(
    List<Place> municipalities,
    List<Place> parishes,
    List<PostalDistrictItem> postalDistricts,
    List<ThemeItem> themes,
    List<DepartmentItem> departments,
    List<CommitteeItem> committees,
    List<AreaItem> areas,
    String checksum) {

  /** A municipality or a parish: its code, name and (repaired, valid) boundary. */
  record Place(String code, String name, Geometry boundary) {}

  record PostalDistrictItem(String number, String town, Double share, Geometry boundary) {}

  record ThemeItem(String slug, String name, String description) {}

  record DepartmentItem(String name, String unit, boolean illustrative) {}

  record CommitteeItem(String name, LocalDate validFrom, LocalDate validTo) {}

  /** A local area of whole parishes, and its council as registered, if it has one. */
  record AreaItem(
      String slug,
      String name,
      AreaCharacter character,
      Set<String> parishCodes,
      CouncilItem council) {}

  record CouncilItem(
      String slug, String name, String website, String publicEmail, boolean illustrative) {}

  long councilCount() {
    return areas.stream().filter(area -> area.council() != null).count();
  }
}
