package dk.samspil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One headless Chromium (Debian's, not a downloaded one) shared by all browser tests, with helpers
 * for accessibility checks and keyboard use. Requests to anything but the application under test
 * are refused, as on a machine without internet: map tiles never load.
 */
final class Browser {

  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static Playwright playwright;
  private static com.microsoft.playwright.Browser chromium;

  private Browser() {}

  static synchronized com.microsoft.playwright.Browser chromium() {
    if (chromium == null) {
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      chromium =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable())
                      .setHeadless(true)
                      .setArgs(
                          List.of(
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--disable-sync",
                              "--no-first-run",
                              "--disable-quic")));
      Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
    }
    return chromium;
  }

  /** A fresh context in Danish whose requests leave only for {@code base}. */
  static BrowserContext context(
      String base, com.microsoft.playwright.Browser.NewContextOptions options) {
    BrowserContext context = chromium().newContext(options.setLocale("da-DK"));
    context.route(url -> !url.startsWith(base), route -> route.abort());
    context.setDefaultTimeout(15_000);
    return context;
  }

  static BrowserContext context(String base) {
    return context(base, new com.microsoft.playwright.Browser.NewContextOptions());
  }

  private static Path executable() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    throw new IllegalStateException(
        "No Chromium found: install Debian's chromium (apt-get install chromium) or set CHROMIUM");
  }

  /**
   * Signs in as a person would: on the page the person is on (the landing page, if nothing else),
   * clicks "Log ind" in the header, fills in the form and sends it, then waits until the person has
   * been sent on (back to that page, or to their own landing page).
   */
  static void signIn(Page page, String email, String password) {
    page.locator("header a", new Page.LocatorOptions().setHasText("Log ind")).first().click();
    page.waitForURL(url -> url.contains("/login"));
    page.fill("#username", email);
    page.fill("#password", password);
    page.locator("form.samspil-form button[type=submit]").click();
    awaitSignedIn(page);
  }

  /** Opens the landing page and signs in from it with the demonstration password. */
  static void signInFromLanding(Page page, String base, String email) {
    page.navigate(base + "/");
    signIn(page, email, DEMO_PASSWORD);
  }

  static final String DEMO_PASSWORD = "demo1234demo";

  /**
   * Waits until the sign-in form has sent the person on, wherever they land (the page they came
   * from, their council's home, the front page).
   */
  static void awaitSignedIn(Page page) {
    page.waitForURL(url -> !url.contains("/login"));
  }

  /** Asserts that axe finds no WCAG 2.1 A or AA violation on the page as it is now. */
  static void assertAccessible(Page page) {
    AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
    assertThat(results.getViolations())
        .as("axe violations on %s:%n%s", page.url(), describe(results.getViolations()))
        .isEmpty();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                rule.getId()
                    + ": "
                    + rule.getHelp()
                    + " at "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }

  /** Presses Tab until the focused element matches, at most {@code limit} times. */
  static void tabUntil(Page page, Predicate<Page> focused, int limit) {
    for (int i = 0; i < limit; i++) {
      if (focused.test(page)) {
        return;
      }
      page.keyboard().press("Tab");
    }
    assertThat(focused.test(page))
        .as("reached the element with Tab within %d presses", limit)
        .isTrue();
  }

  /**
   * Asserts that the page reflows (WCAG 1.4.10): the document does not scroll sideways. The message
   * names the first elements that stick out to the right.
   */
  static void assertReflows(Page page) {
    Object overflow =
        page.evaluate(
            """
            () => {
              const root = document.documentElement;
              if (root.scrollWidth <= root.clientWidth) return null;
              const wide = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (typeof e.className === 'string' && e.className.trim()
                      ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
              return root.scrollWidth + ' px > ' + root.clientWidth + ' px: ' + wide.join(', ');
            }
            """);
    assertThat(overflow).as("the page scrolls sideways: %s (%s)", page.url(), overflow).isNull();
  }

  static String activeAttribute(Page page, String attribute) {
    Object value =
        page.evaluate(
            "name => document.activeElement && document.activeElement.getAttribute(name)",
            attribute);
    return value == null ? null : value.toString();
  }
}
