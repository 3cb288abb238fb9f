package dk.samspil.shared;

/** Marker bean present only when Samspil runs on its embedded PostgreSQL. */
public final class EmbeddedDatabaseInUse {}
