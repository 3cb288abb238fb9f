package dk.samspil.involvement;

/**
 * What the public list of processes is narrowed to; every part is optional (null = any). A process
 * for the whole municipality affects every area.
 */
public record ProcessFilter(Long areaId, Long themeId, ProcessType type, ProcessStatus status) {

  public static final ProcessFilter ANY = new ProcessFilter(null, null, null, null);
}
