package db.migration;

import dk.samspil.area.AreaGeometry;
import dk.samspil.area.InvalidGeometry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rewrites the boundaries stored before Samspil wound its GeoJSON rings as RFC 7946 asks (outer
 * rings counter-clockwise, holes clockwise), so that the open data API serves every boundary the
 * same way whether it was stored before or after the change.
 */
public class V130__RightHandedBoundaries extends BaseJavaMigration {

  private static final Map<String, String[]> BOUNDARIES = new LinkedHashMap<>();

  static {
    BOUNDARIES.put("municipality_boundary", new String[] {"code", "boundary"});
    BOUNDARIES.put("parish", new String[] {"code", "boundary"});
    BOUNDARIES.put("postal_district", new String[] {"number", "boundary"});
    BOUNDARIES.put("area", new String[] {"id", "boundary", "display_boundary"});
  }

  @Override
  public void migrate(Context context) throws Exception {
    var connection = context.getConnection();
    for (var table : BOUNDARIES.entrySet()) {
      String key = table.getValue()[0];
      for (int c = 1; c < table.getValue().length; c++) {
        String column = table.getValue()[c];
        try (Statement select = connection.createStatement();
            ResultSet rows =
                select.executeQuery("select " + key + ", " + column + " from " + table.getKey());
            PreparedStatement update =
                connection.prepareStatement(
                    "update " + table.getKey() + " set " + column + " = ? where " + key + " = ?")) {
          while (rows.next()) {
            String written = rows.getString(2);
            String rewound;
            try {
              rewound = AreaGeometry.write(AreaGeometry.read(written));
            } catch (InvalidGeometry unreadable) {
              continue;
            }
            if (!rewound.equals(written)) {
              update.setString(1, rewound);
              update.setObject(2, rows.getObject(1));
              update.addBatch();
            }
          }
          update.executeBatch();
        }
      }
    }
  }
}
