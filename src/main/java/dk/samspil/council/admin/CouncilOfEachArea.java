package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.area.AreaAdminColumn;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The council of each area in the administration's list of areas: "Ja: Fensmark Lokalråd". */
@Component
@Order(1)
class CouncilOfEachArea implements AreaAdminColumn {

  private final CouncilManagement councils;
  private final MessageSource messages;

  CouncilOfEachArea(CouncilManagement councils, MessageSource messages) {
    this.councils = councils;
    this.messages = messages;
  }

  @Override
  public String heading(Locale locale) {
    return messages.getMessage("admin.areas.column.council", null, locale);
  }

  @Override
  public Map<Long, Cell> cells(List<Area> areas, Locale locale) {
    Map<Long, Council> byArea = councils.councilsByArea();
    String yes = messages.getMessage("admin.yes", null, locale);
    String no = messages.getMessage("admin.no", null, locale);
    Map<Long, Cell> cells = new HashMap<>();
    for (Area area : areas) {
      Council council = byArea.get(area.getId());
      cells.put(
          area.getId(),
          council == null
              ? Cell.text(no)
              : new Cell(yes, council.getName(), "/admin/lokalraad/" + council.getSlug()));
    }
    return cells;
  }
}
