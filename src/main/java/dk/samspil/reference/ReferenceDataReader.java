package dk.samspil.reference;

import dk.samspil.area.AreaCharacter;
import dk.samspil.area.AreaGeometry;
import dk.samspil.area.GeoJsonFeatures;
import dk.samspil.area.GeoJsonFeatures.Feature;
import dk.samspil.area.InvalidGeometry;
import dk.samspil.organisation.Slugs;
import dk.samspil.reference.ReferenceDataSet.AreaItem;
import dk.samspil.reference.ReferenceDataSet.CommitteeItem;
import dk.samspil.reference.ReferenceDataSet.CouncilItem;
import dk.samspil.reference.ReferenceDataSet.DepartmentItem;
import dk.samspil.reference.ReferenceDataSet.Place;
import dk.samspil.reference.ReferenceDataSet.PostalDistrictItem;
import dk.samspil.reference.ReferenceDataSet.ThemeItem;
import dk.samspil.shared.EmailAddress;
import dk.samspil.shared.WebAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads a reference data set and checks all of it before anything is written: every file that must
 * be there, every required property, every boundary, and every reference between the files (an
 * area's parishes). All problems are collected, so one attempt names them all. The file formats are
 * described in {@code src/main/resources/reference/README.md}.
 */
class ReferenceDataReader {

  static final String MUNICIPALITY = "kommune.geojson";
  static final String PARISHES = "sogne.geojson";
  static final String POSTAL_DISTRICTS = "postnumre.geojson";
  static final String AREAS = "lokalomraader.json";
  static final String THEMES = "temaer.json";
  static final String ORGANISATION = "organisation.json";

  /** Every file of a data set, in the order the checksum reads them. */
  static final List<String> FILES =
      List.of(MUNICIPALITY, PARISHES, POSTAL_DISTRICTS, AREAS, THEMES, ORGANISATION);

  private static final Set<String> REQUIRED = Set.of(MUNICIPALITY, PARISHES, AREAS);

  private final ResourceLoader resources;
  private final MessageSource messages;
  private final JsonMapper json = JsonMapper.builder().build();

  ReferenceDataReader(ResourceLoader resources, MessageSource messages) {
    this.resources = resources;
    this.messages = messages;
  }

  /**
   * The data set, checked whole.
   *
   * @throws ReferenceDataRefused with every problem found, if there is any
   */
  ReferenceDataSet read(ReferenceDataSource source) {
    Problems problems = new Problems();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String file : FILES) {
      String text = text(source, file);
      if (text != null) {
        texts.put(file, text);
      } else if (REQUIRED.contains(file)) {
        problems.add(file, null, "the file is missing (required)");
      }
    }
    List<Place> municipalities =
        places(texts.get(MUNICIPALITY), MUNICIPALITY, "kommunekode", new HashSet<>(), problems);
    Set<String> parishCodes = new HashSet<>();
    List<Place> parishes =
        places(texts.get(PARISHES), PARISHES, "sognekode", parishCodes, problems);
    List<PostalDistrictItem> postalDistricts =
        postalDistricts(texts.get(POSTAL_DISTRICTS), problems);
    List<ThemeItem> themes = themes(json(texts.get(THEMES), THEMES, problems), problems);
    JsonNode organisation = json(texts.get(ORGANISATION), ORGANISATION, problems);
    List<DepartmentItem> departments = departments(organisation, problems);
    List<CommitteeItem> committees = committees(organisation, problems);
    List<AreaItem> areas =
        areas(json(texts.get(AREAS), AREAS, problems), parishes, parishCodes, problems);
    if (!problems.isEmpty()) {
      throw new ReferenceDataRefused(source, problems.list);
    }
    return new ReferenceDataSet(
        municipalities,
        parishes,
        postalDistricts,
        themes,
        departments,
        committees,
        areas,
        checksum(texts));
  }

  /** A digest of the data set's files as they are now, or blank if none can be read. */
  String checksum(ReferenceDataSource source) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String file : FILES) {
      String text = text(source, file);
      if (text != null) {
        texts.put(file, text);
      }
    }
    return texts.isEmpty() ? "" : checksum(texts);
  }

  private static String checksum(Map<String, String> texts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      texts.forEach(
          (file, text) -> {
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
          });
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private String text(ReferenceDataSource source, String file) {
    Resource resource = resources.getResource(source.location() + file);
    if (!resource.exists()) {
      return null;
    }
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  // --- GeoJSON: the municipality, parishes and postal districts ---

  /** The valid places of the file; {@code codes} receives the codes of all, valid or not. */
  private List<Place> places(
      String text, String file, String codeProperty, Set<String> codes, Problems problems) {
    List<Place> places = new ArrayList<>();
    List<Feature> features = features(text, file, problems);
    if (features.isEmpty() && text != null && !problems.has(file)) {
      problems.add(file, null, "holds no features");
    }
    int number = 0;
    for (Feature feature : features) {
      number++;
      String code = feature.property(codeProperty);
      String name = feature.property("navn");
      String where = "feature " + number + (code == null ? "" : " (" + code + ")");
      if (blank(code)) {
        problems.add(file, where, "has no " + codeProperty);
      } else if (!codes.add(code)) {
        problems.add(file, where, codeProperty + " " + code + " is there twice");
      }
      if (blank(name)) {
        problems.add(file, where, "has no navn");
      }
      Geometry boundary = boundary(feature, file, where, problems);
      if (!blank(code) && !blank(name) && boundary != null) {
        places.add(new Place(code.strip(), name.strip(), boundary));
      }
    }
    return places;
  }

  private List<PostalDistrictItem> postalDistricts(String text, Problems problems) {
    List<PostalDistrictItem> districts = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    int count = 0;
    for (Feature feature : features(text, POSTAL_DISTRICTS, problems)) {
      count++;
      String number = feature.property("postnr");
      String town = feature.property("navn");
      String where = "feature " + count + (number == null ? "" : " (" + number + ")");
      boolean valid = true;
      if (blank(number)) {
        problems.add(POSTAL_DISTRICTS, where, "has no postnr");
        valid = false;
      } else if (!numbers.add(number)) {
        problems.add(POSTAL_DISTRICTS, where, "postnr " + number + " is there twice");
        valid = false;
      }
      if (blank(town)) {
        problems.add(POSTAL_DISTRICTS, where, "has no navn");
        valid = false;
      }
      Object share = feature.properties().get("andel_i_kommunen");
      Double fraction = null;
      if (share instanceof Number value && value.doubleValue() >= 0 && value.doubleValue() <= 1) {
        fraction = value.doubleValue();
      } else if (share != null) {
        problems.add(POSTAL_DISTRICTS, where, "andel_i_kommunen is not a number from 0 to 1");
        valid = false;
      }
      Geometry boundary = boundary(feature, POSTAL_DISTRICTS, where, problems);
      if (valid && boundary != null) {
        districts.add(new PostalDistrictItem(number.strip(), town.strip(), fraction, boundary));
      }
    }
    return districts;
  }

  private List<Feature> features(String text, String file, Problems problems) {
    if (text == null) {
      return List.of();
    }
    try {
      return GeoJsonFeatures.read(text);
    } catch (InvalidGeometry e) {
      problems.add(file, null, reason(e));
      return List.of();
    }
  }

  private Geometry boundary(Feature feature, String file, String where, Problems problems) {
    try {
      return AreaGeometry.repairedBoundary(feature.geometry());
    } catch (InvalidGeometry e) {
      problems.add(file, where, reason(e));
      return null;
    }
  }

  private String reason(InvalidGeometry e) {
    return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.ENGLISH);
  }

  // --- JSON: themes, departments and committees, areas and their councils ---

  private JsonNode json(String text, String file, Problems problems) {
    if (text == null) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode root = json.readTree(text);
      if (root == null || !root.isObject()) {
        problems.add(file, null, "is not a JSON object");
        return MissingNode.getInstance();
      }
      return root;
    } catch (JacksonException e) {
      problems.add(file, null, "is not valid JSON: " + e.getOriginalMessage());
      return MissingNode.getInstance();
    }
  }

  private List<ThemeItem> themes(JsonNode root, Problems problems) {
    List<ThemeItem> themes = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    int number = 0;
    for (JsonNode theme : list(root, "temaer", THEMES, problems)) {
      number++;
      String slug = string(theme, "slug");
      String name = string(theme, "navn");
      String where = "theme " + number + (slug == null ? "" : " (" + slug + ")");
      boolean valid = slug(slug, THEMES, where, slugs, problems);
      if (name == null) {
        problems.add(THEMES, where, "has no navn");
        valid = false;
      }
      if (valid) {
        themes.add(new ThemeItem(slug, name, string(theme, "beskrivelse")));
      }
    }
    return themes;
  }

  private List<DepartmentItem> departments(JsonNode root, Problems problems) {
    List<DepartmentItem> departments = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int number = 0;
    for (JsonNode centre : list(root, "centre", ORGANISATION, problems)) {
      number++;
      String name = string(centre, "navn");
      String where = "centre " + number + (name == null ? "" : " (" + name + ")");
      if (name == null) {
        problems.add(ORGANISATION, where, "has no navn");
      } else if (!names.add(name)) {
        problems.add(ORGANISATION, where, "is there twice");
      } else {
        departments.add(
            new DepartmentItem(name, string(centre, "enhed"), flag(centre, "illustrativ")));
      }
    }
    return departments;
  }

  private List<CommitteeItem> committees(JsonNode root, Problems problems) {
    List<CommitteeItem> committees = new ArrayList<>();
    int number = 0;
    for (JsonNode committee : list(root, "udvalg", ORGANISATION, problems)) {
      number++;
      String name = string(committee, "navn");
      String where = "udvalg " + number + (name == null ? "" : " (" + name + ")");
      LocalDate from = date(committee, "fra", where, problems);
      LocalDate to = date(committee, "til", where, problems);
      if (name == null) {
        problems.add(ORGANISATION, where, "has no navn");
      }
      if (from == null && string(committee, "fra") == null) {
        problems.add(ORGANISATION, where, "has no fra (the date it starts)");
      }
      if (from != null && to != null && to.isBefore(from)) {
        problems.add(ORGANISATION, where, "ends (til) before it starts (fra)");
      } else if (name != null && from != null) {
        committees.add(new CommitteeItem(name, from, to));
      }
    }
    return committees;
  }

  private List<AreaItem> areas(
      JsonNode root, List<Place> parishes, Set<String> parishesInFile, Problems problems) {
    Map<String, Geometry> parishBoundaries = new HashMap<>();
    parishes.forEach(parish -> parishBoundaries.put(parish.code(), parish.boundary()));
    List<AreaItem> areas = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    Set<String> councilSlugs = new HashSet<>();
    Map<String, String> areaOfParish = new HashMap<>();
    JsonNode list = root.path("lokalomraader");
    if (!root.isMissingNode() && (!list.isArray() || list.isEmpty())) {
      problems.add(AREAS, null, "has no list lokalomraader");
    }
    int number = 0;
    for (JsonNode entry : list) {
      number++;
      String slug = string(entry, "slug");
      String name = string(entry, "navn");
      String where = "area " + number + (slug == null ? "" : " (" + slug + ")");
      boolean valid = slug(slug, AREAS, where, slugs, problems);
      if (name == null) {
        problems.add(AREAS, where, "has no navn");
        valid = false;
      }
      AreaCharacter character = character(string(entry, "karakter"), where, problems);
      Set<String> codes =
          parishCodes(entry, where, parishBoundaries, parishesInFile, areaOfParish, problems);
      CouncilItem council = council(entry.path("lokalraad"), slug, where, councilSlugs, problems);
      if (valid && character != null && codes != null && (council != null || !hasCouncil(entry))) {
        areas.add(new AreaItem(slug, name, character, codes, council));
      }
    }
    return areas;
  }

  private Set<String> parishCodes(
      JsonNode entry,
      String where,
      Map<String, Geometry> boundaries,
      Set<String> inFile,
      Map<String, String> areaOfParish,
      Problems problems) {
    Set<String> codes = new LinkedHashSet<>();
    entry.path("sogne").forEach(code -> codes.add(code.asString("").strip()));
    codes.remove("");
    if (codes.isEmpty()) {
      problems.add(AREAS, where, "has no sogne (the parish codes it is made of)");
      return null;
    }
    boolean valid = true;
    List<Geometry> parts = new ArrayList<>();
    for (String code : codes) {
      Geometry boundary = boundaries.get(code);
      String other = areaOfParish.putIfAbsent(code, string(entry, "slug"));
      if (!inFile.contains(code)) {
        problems.add(AREAS, where, "parish " + code + " is not in " + PARISHES);
        valid = false;
      } else if (boundary == null) {
        valid = false; // the parish's own problem is reported already
      } else if (other != null) {
        problems.add(AREAS, where, "parish " + code + " belongs to area " + other + " already");
        valid = false;
      } else {
        parts.add(boundary);
      }
    }
    if (!valid) {
      return null;
    }
    try {
      AreaGeometry.requireBoundary(AreaGeometry.union(parts));
      return codes;
    } catch (InvalidGeometry e) {
      problems.add(AREAS, where, "its parishes do not make one boundary: " + reason(e));
      return null;
    }
  }

  private CouncilItem council(
      JsonNode council, String areaSlug, String where, Set<String> slugs, Problems problems) {
    if (council.isMissingNode() || council.isNull()) {
      return null;
    }
    if (!council.isObject()) {
      problems.add(AREAS, where, "lokalraad is not an object");
      return null;
    }
    String slug = council.hasNonNull("slug") ? string(council, "slug") : areaSlug;
    String name = string(council, "navn");
    String website = string(council, "hjemmeside");
    String email = string(council, "email");
    String at = where + ", lokalraad";
    boolean valid = slug(slug, AREAS, at, slugs, problems);
    if (name == null) {
      problems.add(AREAS, at, "has no navn");
      valid = false;
    }
    if (website != null && !WebAddress.Check.isValid(website)) {
      problems.add(AREAS, at, "hjemmeside is not a web address: " + website);
      valid = false;
    }
    if (email != null && !EmailAddress.Check.isValid(email)) {
      problems.add(AREAS, at, "email is not an e-mail address: " + email);
      valid = false;
    }
    return valid ? new CouncilItem(slug, name, website, email, flag(council, "illustrativ")) : null;
  }

  private static boolean hasCouncil(JsonNode entry) {
    return !entry.path("lokalraad").isMissingNode() && !entry.path("lokalraad").isNull();
  }

  private static AreaCharacter character(String words, String where, Problems problems) {
    if (words == null) {
      problems.add(AREAS, where, "has no karakter (by, land or by og land)");
      return null;
    }
    try {
      return AreaCharacter.fromDanish(words);
    } catch (IllegalArgumentException e) {
      problems.add(AREAS, where, "karakter is \"" + words + "\", not by, land or by og land");
      return null;
    }
  }

  // --- small readers ---

  private static Iterable<JsonNode> list(
      JsonNode root, String field, String file, Problems problems) {
    JsonNode list = root.path(field);
    if (!list.isMissingNode() && !list.isArray()) {
      problems.add(file, null, field + " is not a list");
      return List.of();
    }
    return list;
  }

  private static boolean slug(
      String slug, String file, String where, Set<String> taken, Problems problems) {
    if (slug == null) {
      problems.add(file, where, "has no slug");
      return false;
    }
    if (!Slugs.isValid(slug)) {
      problems.add(file, where, "slug \"" + slug + "\" is not lower-case letters and digits");
      return false;
    }
    if (!taken.add(slug)) {
      problems.add(file, where, "slug " + slug + " is there twice");
      return false;
    }
    return true;
  }

  private static LocalDate date(JsonNode node, String field, String where, Problems problems) {
    String text = string(node, field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(ORGANISATION, where, field + " \"" + text + "\" is not a date (yyyy-mm-dd)");
      return null;
    }
  }

  /** The property as stripped text, or null when it is missing, blank or not text. */
  private static String string(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isString() || value.asString().isBlank()) {
      return null;
    }
    return value.asString().strip();
  }

  private static boolean flag(JsonNode node, String field) {
    return node.path(field).asBoolean(false);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The problems found so far, each as: file, item: what is wrong. */
  private static final class Problems {

    private final List<String> list = new ArrayList<>();

    void add(String file, String where, String what) {
      list.add(file + (where == null ? "" : ", " + where) + ": " + what);
    }

    boolean isEmpty() {
      return list.isEmpty();
    }

    boolean has(String file) {
      return list.stream().anyMatch(problem -> problem.startsWith(file + ":"));
    }
  }
}
