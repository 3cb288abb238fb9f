package dk.samspil.shared;

/** The signed-in person as every module may see them: their account id and display name. */
public interface SamspilPrincipal {

  long accountId();

  String displayName();
}
