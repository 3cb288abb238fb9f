package dk.samspil.page.admin;

import dk.samspil.page.PageManagement;
import java.util.List;

/**
 * Every standing page, with who changed it last; and the accessibility statement's address when the
 * footer links to the municipality's own statement instead of Samspil's page (else null).
 */
public record PageListPage(List<PageManagement.Summary> pages, String accessibilityStatementUrl) {}
