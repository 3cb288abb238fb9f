package dk.samspil.organisation.admin;

import dk.samspil.organisation.Theme;
import java.util.List;

/** Every theme. */
public record ThemeListPage(List<Theme> themes) {}
