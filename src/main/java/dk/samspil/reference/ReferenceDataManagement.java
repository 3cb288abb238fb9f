package dk.samspil.reference;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.area.InvalidGeometry;
import dk.samspil.council.CouncilDraft;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilStatus;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.reference.ReferenceDataSet.AreaItem;
import dk.samspil.reference.ReferenceDataSet.CommitteeItem;
import dk.samspil.reference.ReferenceDataSet.CouncilItem;
import dk.samspil.reference.ReferenceDataSet.DepartmentItem;
import dk.samspil.reference.ReferenceDataSet.Place;
import dk.samspil.reference.ReferenceDataSet.PostalDistrictItem;
import dk.samspil.reference.ReferenceDataSet.ThemeItem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a municipality's reference data: its boundary, parishes and postal districts, its local
 * areas with their councils as registered, its themes, departments and committees. A data set is
 * checked whole before anything is written ({@link ReferenceDataRefused} names every problem), is
 * loaded in one transaction, and is recorded in {@code reference_import}, so it is loaded once;
 * every item is only created when it is missing, so nothing an administrator changed is
 * overwritten.
 */
@Service
public class ReferenceDataManagement {

  /** The advisory lock that keeps two instances starting together from loading data twice. */
  static final long LOCK = 0x5341_4d53_5245_4644L;

  private static final Logger log = LoggerFactory.getLogger(ReferenceDataManagement.class);

  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final ReferenceDataReader reader;
  private final JdbcClient jdbc;

  ReferenceDataManagement(
      AreaManagement areas,
      CouncilManagement councils,
      OrganisationManagement organisation,
      ResourceLoader resources,
      MessageSource messages,
      JdbcClient jdbc) {
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
    this.reader = new ReferenceDataReader(resources, messages);
    this.jdbc = jdbc;
  }

  /**
   * Loads the data set unless it has been loaded before; returns whether it loaded it.
   *
   * @throws ReferenceDataRefused if a file is missing or broken; then nothing is written
   */
  @Transactional
  public boolean loadIfNew(ReferenceDataSource source) {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((row, number) -> 1).list();
    Optional<String> recorded =
        jdbc.sql("select checksum from reference_import where dataset = ?")
            .param(source.name())
            .query(String.class)
            .optional();
    if (recorded.isPresent()) {
      if (!recorded.get().isEmpty() && !recorded.get().equals(reader.checksum(source))) {
        log.warn(
            "Reference data {} has changed since it was loaded; it is not loaded again. Change"
                + " the items in the administration, or load the changed files as a data set of"
                + " another name.",
            source);
      } else {
        log.info("Reference data {} is already loaded", source);
      }
      return false;
    }
    ReferenceDataSet data;
    try {
      data = reader.read(source);
    } catch (ReferenceDataRefused refused) {
      log.error(refused.getMessage());
      throw refused;
    }
    write(data, source);
    jdbc.sql("insert into reference_import (dataset, checksum) values (?, ?)")
        .param(source.name())
        .param(data.checksum())
        .update();
    log.info(
        "Reference data {} loaded: {} municipality, {} parishes, {} postal districts, {} areas, {}"
            + " councils, {} themes, {} departments, {} committees (items already there were"
            + " kept as they were)",
        source,
        data.municipalities().size(),
        data.parishes().size(),
        data.postalDistricts().size(),
        data.areas().size(),
        data.councilCount(),
        data.themes().size(),
        data.departments().size(),
        data.committees().size());
    warnOfIllustrativeItems(data, source);
    return true;
  }

  private void write(ReferenceDataSet data, ReferenceDataSource source) {
    for (ThemeItem theme : data.themes()) {
      organisation.ensureTheme(theme.slug(), theme.name(), theme.description());
    }
    for (DepartmentItem department : data.departments()) {
      organisation.ensureDepartment(department.name(), department.unit());
    }
    for (CommitteeItem committee : data.committees()) {
      organisation.ensureCommittee(committee.name(), committee.validFrom(), committee.validTo());
    }
    try {
      for (Place municipality : data.municipalities()) {
        areas.ensureMunicipalityBoundary(
            municipality.code(), municipality.name(), municipality.boundary());
      }
      for (Place parish : data.parishes()) {
        areas.ensureParish(parish.code(), parish.name(), parish.boundary());
      }
      for (PostalDistrictItem district : data.postalDistricts()) {
        areas.ensurePostalDistrict(
            district.number(), district.town(), district.share(), district.boundary());
      }
      for (AreaItem item : data.areas()) {
        Area area =
            areas.ensureAreaOfParishes(
                item.slug(), item.name(), item.character(), item.parishCodes(), null);
        if (item.council() != null && councils.councilOf(area.getId()).isEmpty()) {
          register(item.council(), area);
        }
      }
    } catch (InvalidGeometry e) {
      // checked before writing; this happens only if the database holds other parishes by the
      // same codes than the file, and then the whole data set is rolled back
      throw new ReferenceDataRefused(source, List.of("stored parishes: " + e.getMessage()));
    }
  }

  private void register(CouncilItem council, Area area) {
    councils.ensureCouncil(
        new CouncilDraft(
            council.slug(),
            council.name(),
            CouncilStatus.AKTIV,
            area.getId(),
            council.website(),
            council.publicEmail(),
            null,
            null,
            null,
            Set.of()));
  }

  private static void warnOfIllustrativeItems(ReferenceDataSet data, ReferenceDataSource source) {
    List<String> councilNames =
        data.areas().stream()
            .map(AreaItem::council)
            .filter(council -> council != null && council.illustrative())
            .map(CouncilItem::name)
            .toList();
    List<String> departmentNames =
        data.departments().stream()
            .filter(DepartmentItem::illustrative)
            .map(DepartmentItem::name)
            .toList();
    if (!councilNames.isEmpty() || !departmentNames.isEmpty()) {
      log.warn(
          "Reference data {} marks these names as illustrative, not verified; check them in the"
              + " administration: councils {}, departments {}",
          source,
          councilNames,
          departmentNames);
    }
  }
}
