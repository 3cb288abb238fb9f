package dk.samspil.reference;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a reference data set is read from, and the name it is recorded under once loaded.
 *
 * <p>A plain name is a data set that comes with Samspil: {@code naestved} is read from {@code
 * classpath:reference/naestved/}. Anything else is a folder: a Spring resource location ({@code
 * file:/etc/samspil/reference/}, {@code classpath:…}) or a path on disk ({@code
 * /etc/samspil/reference}), recorded under its location.
 *
 * @param name what the data set is recorded as in {@code reference_import}
 * @param location the folder holding the data set's files, a resource location ending in a slash
 */
public record ReferenceDataSource(String name, String location) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** A data set that comes with Samspil, under {@code src/main/resources/reference/<name>/}. */
  public static ReferenceDataSource named(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not the name of a reference data set: " + name);
    }
    return new ReferenceDataSource(name, "classpath:reference/" + name + "/");
  }

  /**
   * The data set the setting {@code samspil.reference-data} names; none when it is blank or {@code
   * none}.
   */
  public static Optional<ReferenceDataSource> fromSetting(String setting) {
    String value = setting == null ? "" : setting.strip();
    if (value.isEmpty() || value.toLowerCase(Locale.ROOT).equals("none")) {
      return Optional.empty();
    }
    if (NAME.matcher(value).matches()) {
      return Optional.of(named(value));
    }
    String location =
        value.startsWith("classpath:") || value.startsWith("file:")
            ? value
            : Path.of(value).toAbsolutePath().normalize().toUri().toString();
    String folder = location.endsWith("/") ? location : location + "/";
    return Optional.of(new ReferenceDataSource(folder, folder));
  }

  @Override
  public String toString() {
    return name.equals(location) ? name : name + " (" + location + ")";
  }
}
