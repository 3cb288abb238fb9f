package dk.samspil.council;

/**
 * A council cannot be registered or changed as asked: its slug is taken, or its area already has a
 * council that is not closed down. Names the form field it concerns.
 */
public class CouncilRefused extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  private CouncilRefused(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public static CouncilRefused slugTaken(String slug) {
    return new CouncilRefused("slug", "admin.council.slug.taken", slug);
  }

  public static CouncilRefused slugInvalid(String slug) {
    return new CouncilRefused("slug", "admin.slug.invalid", slug);
  }

  public static CouncilRefused areaHasCouncil() {
    return new CouncilRefused("areaId", "admin.council.area.taken");
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
