package dk.samspil.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Boundary geometry: reading and writing GeoJSON, validation with reasons, the union of parishes,
 * and simplification for display. Coordinates are WGS84 longitude/latitude.
 */
public final class AreaGeometry {

  /** WGS84, full floating precision. */
  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  /** Tolerance for the map outline: about 10 m at Danish latitudes, far below the data's. */
  static final double DISPLAY_TOLERANCE = 0.0001;

  /**
   * Holes smaller than this (in square degrees, about 3,500 m² here) left by a union are slivers
   * between parishes digitised separately, not real holes.
   */
  static final double SLIVER_AREA = 5e-7;

  private AreaGeometry() {}

  /** Reads a GeoJSON geometry object. */
  public static Geometry read(String geoJson) throws InvalidGeometry {
    try {
      Geometry geometry = new GeoJsonReader(FACTORY).read(geoJson);
      geometry.setSRID(4326);
      return geometry;
    } catch (ParseException | RuntimeException e) {
      throw new InvalidGeometry("geometry.unreadable");
    }
  }

  /**
   * Writes a geometry as a GeoJSON geometry object, six decimals (about 0.1 m), with its polygons'
   * rings wound as RFC 7946 §3.1.6 says: outer rings counter-clockwise, holes clockwise.
   */
  public static String write(Geometry geometry) {
    var writer = new GeoJsonWriter(6);
    writer.setEncodeCRS(false);
    return writer.write(rightHanded(geometry));
  }

  /**
   * The geometry with every polygon's exterior ring counter-clockwise and its holes clockwise (the
   * right-hand rule of RFC 7946); other geometries are returned as they are.
   */
  public static Geometry rightHanded(Geometry geometry) {
    if (geometry instanceof Polygon polygon) {
      return rightHanded(polygon);
    }
    if (geometry instanceof MultiPolygon multi) {
      Polygon[] polygons = new Polygon[multi.getNumGeometries()];
      for (int i = 0; i < polygons.length; i++) {
        polygons[i] = rightHanded((Polygon) multi.getGeometryN(i));
      }
      Geometry result = multi.getFactory().createMultiPolygon(polygons);
      result.setSRID(multi.getSRID());
      return result;
    }
    return geometry;
  }

  private static Polygon rightHanded(Polygon polygon) {
    if (polygon.isEmpty()) {
      return polygon;
    }
    LinearRing shell = wound(polygon.getExteriorRing(), true);
    LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
    for (int h = 0; h < holes.length; h++) {
      holes[h] = wound(polygon.getInteriorRingN(h), false);
    }
    Polygon result = polygon.getFactory().createPolygon(shell, holes);
    result.setSRID(polygon.getSRID());
    return result;
  }

  private static LinearRing wound(LinearRing ring, boolean counterClockwise) {
    boolean isCounterClockwise = Orientation.isCCW(ring.getCoordinateSequence());
    return isCounterClockwise == counterClockwise ? ring : ring.reverse();
  }

  /**
   * Checks that a geometry can serve as a boundary: a polygon or multipolygon, with longitude and
   * latitude coordinates, and topologically valid. The exception names the first problem found.
   */
  public static Geometry requireBoundary(Geometry geometry) throws InvalidGeometry {
    if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
      throw new InvalidGeometry("geometry.not-polygon", geometry.getGeometryType());
    }
    for (Coordinate c : geometry.getCoordinates()) {
      if (!Double.isFinite(c.x)
          || !Double.isFinite(c.y)
          || Math.abs(c.x) > 180
          || Math.abs(c.y) > 90) {
        throw new InvalidGeometry("geometry.not-wgs84", format(c.x), format(c.y));
      }
    }
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error != null) {
      Coordinate at = error.getCoordinate();
      throw new InvalidGeometry(
          "geometry.invalid." + error.getErrorType(),
          at == null ? "" : format(at.x),
          at == null ? "" : format(at.y));
    }
    return geometry;
  }

  /**
   * Repairs the small defects of published reference geometry (a ring touching itself, a repeated
   * point) and then checks the result as {@link #requireBoundary}. Used for reference data such as
   * DAGI parishes; a boundary a user uploads is checked strictly instead.
   */
  public static Geometry repairedBoundary(Geometry geometry) throws InvalidGeometry {
    if (geometry instanceof Polygonal && !geometry.isValid()) {
      Geometry fixed = GeometryFixer.fix(geometry);
      fixed.setSRID(4326);
      return requireBoundary(fixed);
    }
    return requireBoundary(geometry);
  }

  /** The union of polygons, with slivers between them removed; the result is valid. */
  public static Geometry union(Collection<Geometry> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("Nothing to unite");
    }
    Geometry union = OverlayNGRobust.union(FACTORY.buildGeometry(parts));
    Geometry cleaned = withoutSlivers(union);
    if (!cleaned.isValid()) {
      cleaned = cleaned.buffer(0);
    }
    cleaned.setSRID(4326);
    return cleaned;
  }

  /** The outline to draw: simplified, still valid, never empty. */
  public static Geometry simplifyForDisplay(Geometry boundary) {
    Geometry simplified = TopologyPreservingSimplifier.simplify(boundary, DISPLAY_TOLERANCE);
    return simplified.isEmpty() || !simplified.isValid() ? boundary : simplified;
  }

  private static Geometry withoutSlivers(Geometry geometry) {
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (geometry.getGeometryN(i) instanceof Polygon polygon && polygon.getArea() > SLIVER_AREA) {
        List<LinearRing> holes = new ArrayList<>();
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          LinearRing hole = polygon.getInteriorRingN(h);
          if (FACTORY.createPolygon(hole).getArea() > SLIVER_AREA) {
            holes.add(hole);
          }
        }
        polygons.add(
            FACTORY.createPolygon(polygon.getExteriorRing(), holes.toArray(new LinearRing[0])));
      }
    }
    return polygons.size() == 1
        ? polygons.get(0)
        : FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
  }

  /**
   * The approximate area in square metres of a lon/lat geometry, scaled at its centroid's latitude:
   * within a fraction of a percent for an area the size of a municipality.
   */
  public static double squareMetres(Geometry geometry) {
    if (geometry.isEmpty()) {
      return 0;
    }
    double latitude = Math.toRadians(geometry.getCentroid().getY());
    return geometry.getArea() * 111_320 * Math.cos(latitude) * 110_574;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.5f", value);
  }
}
