package dk.samspil.council.web;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts areas, councils and contact persons together for the public pages, with a fixed number of
 * queries however many areas there are.
 */
@Component
@Transactional(readOnly = true)
class Directory {

  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;

  Directory(AreaManagement areas, CouncilManagement councils, OrganisationManagement organisation) {
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
  }

  /** Every area with its council and contact person, in Danish alphabetical order. */
  List<AreaListing> listings() {
    List<Area> all = areas.areas();
    Map<Long, Council> byArea = councils.councilsByArea();
    Set<Long> contactIds = new HashSet<>();
    for (Area area : all) {
      contactIds.add(contactIdOf(area, byArea.get(area.getId())));
    }
    contactIds.remove(null);
    Map<Long, ContactPerson> contacts = organisation.contactPersonsById(contactIds);
    List<AreaListing> listings = new ArrayList<>();
    for (Area area : all) {
      Council council = byArea.get(area.getId());
      listings.add(new AreaListing(area, council, contacts.get(contactIdOf(area, council))));
    }
    return listings;
  }

  /** The listings of areas that have a council, ordered by the council's name. */
  List<AreaListing> councilListings(List<AreaListing> listings) {
    return listings.stream()
        .filter(AreaListing::hasCouncil)
        .sorted(Comparator.comparing(l -> l.council().getName(), AreaManagement.DANISH_ORDER))
        .toList();
  }

  AreaListing listing(Area area) {
    Council council = councils.councilOf(area.getId()).orElse(null);
    ContactPerson contact = organisation.contactPerson(contactIdOf(area, council)).orElse(null);
    return new AreaListing(area, council, contact);
  }

  AreaListing listing(Council council) {
    Area area = areas.areasById(List.of(council.getAreaId())).get(council.getAreaId());
    ContactPerson contact = organisation.contactPerson(contactIdOf(area, council)).orElse(null);
    return new AreaListing(area, council, contact);
  }

  List<Theme> themesOf(Council council) {
    return organisation.themesById(council.getThemeIds()).values().stream()
        .sorted(Comparator.comparing(Theme::getName, AreaManagement.DANISH_ORDER))
        .toList();
  }

  /** All themes by id: one query, for lists that show many councils' themes. */
  Map<Long, Theme> allThemes() {
    return organisation.themes().stream()
        .collect(Collectors.toMap(Theme::getId, Function.identity()));
  }

  private static Long contactIdOf(Area area, Council council) {
    if (council != null && council.getContactPersonId() != null) {
      return council.getContactPersonId();
    }
    return area == null ? null : area.getContactPersonId();
  }
}
