package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles as the application reads them: every bundle configured, every text in Danish
 * and in English, and every count said in the right number ("ét område", "2 områder").
 */
class MessageBundlesTests {

  static final Locale DANISH = Locale.forLanguageTag("da");
  static final Pattern CHOICE = Pattern.compile("\\{\\s*(\\d+)\\s*,\\s*choice\\s*,");

  static List<String> basenames() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    return Arrays.stream(yaml.getObject().getProperty("spring.messages.basename").split(","))
        .map(String::strip)
        .toList();
  }

  static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            new ClassPathResource(name + ".properties").getInputStream(), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  static ResourceBundleMessageSource messageSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(basenames().toArray(String[]::new));
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  @Test
  void configuresEveryBundleOnTheClasspath() throws IOException {
    Set<String> found = new TreeSet<>();
    for (String pattern :
        List.of("classpath*:messages*.properties", "classpath*:i18n/*.properties")) {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        String file = resource.getFilename().replaceFirst("(_en)?\\.properties$", "");
        found.add(pattern.contains("i18n") ? "i18n/" + file : file);
      }
    }

    assertThat(new TreeSet<>(basenames())).isEqualTo(found);
  }

  @Test
  void everyBundleHasTheSameKeysInDanishAndEnglish() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String basename : basenames()) {
      Set<String> danish = bundle(basename).stringPropertyNames();
      Set<String> english = bundle(basename + "_en").stringPropertyNames();
      for (String key : new TreeSet<>(danish)) {
        if (!english.contains(key)) {
          problems.add(basename + "_en lacks " + key);
        }
      }
      for (String key : new TreeSet<>(english)) {
        if (!danish.contains(key)) {
          problems.add(basename + " lacks " + key);
        }
      }
    }

    assertThat(problems).isEmpty();
  }

  /**
   * Every text with a count in it ({@code {0, choice, …}}) says one thing differently from two: "Ét
   * bidrag venter" and "2 bidrag venter", "1 dag tilbage" and "2 dage tilbage". The number itself
   * is set aside, so a choice that only repeats the number fails.
   */
  @Test
  void everyCountSaysOneDifferentlyFromTwo() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String basename : basenames()) {
      for (String suffix : List.of("", "_en")) {
        Properties texts = bundle(basename + suffix);
        Locale locale = suffix.isEmpty() ? DANISH : Locale.ENGLISH;
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
          String text = texts.getProperty(key);
          Matcher choice = CHOICE.matcher(text);
          while (choice.find()) {
            int index = Integer.parseInt(choice.group(1));
            String one = format(text, locale, index, 1).replaceAll("(?<!\\d)1(?!\\d)", "#");
            String two = format(text, locale, index, 2).replaceAll("(?<!\\d)2(?!\\d)", "#");
            if (one.equals(two)) {
              problems.add(basename + suffix + ": " + key + " says 1 as 2: " + one);
            }
          }
        }
      }
    }

    assertThat(problems).isEmpty();
  }

  @Test
  void everyTextWithArgumentsIsAValidMessageFormat() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String basename : basenames()) {
      for (String suffix : List.of("", "_en")) {
        Properties texts = bundle(basename + suffix);
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
          String text = texts.getProperty(key);
          if (text.matches("(?s).*\\{\\s*\\d.*")) {
            try {
              new MessageFormat(text, DANISH);
            } catch (IllegalArgumentException invalid) {
              problems.add(basename + suffix + ": " + key + ": " + invalid.getMessage());
            }
          }
        }
      }
    }

    assertThat(problems).isEmpty();
  }

  @Test
  void spellsOutOneAndCountsTheRestThroughSpringsMessageSource() {
    ResourceBundleMessageSource messages = messageSource();

    assertThat(messages.getMessage("areas.intro", new Object[] {"Næstved Kommune", 1, 1}, DANISH))
        .startsWith("Næstved Kommune er inddelt i ét lokalområde. Ét af dem har et lokalråd.");
    assertThat(messages.getMessage("areas.intro", new Object[] {"Næstved Kommune", 2, 2}, DANISH))
        .startsWith("Næstved Kommune er inddelt i 2 lokalområder. 2 af dem har et lokalråd.");
    assertThat(messages.getMessage("home.figures.areas", new Object[] {1}, DANISH))
        .isEqualTo("lokalområde");
    assertThat(messages.getMessage("home.figures.areas", new Object[] {2}, DANISH))
        .isEqualTo("lokalområder");
    assertThat(messages.getMessage("home.figures.without", new Object[] {1}, Locale.ENGLISH))
        .isEqualTo("area without a council");
    assertThat(messages.getMessage("login.locked", new Object[] {1}, DANISH))
        .contains("Vent et minut,");
    assertThat(messages.getMessage("login.locked", new Object[] {15}, DANISH))
        .contains("Vent 15 minutter,");
  }

  @Test
  void greetsACouncilByItsNameWhateverTheNameIs() {
    ResourceBundleMessageSource messages = messageSource();

    for (String name : List.of("Fensmark Lokalråd", "Lokalrådet Tappernøje")) {
      String body =
          messages.getMessage(
              "mail.process.invited.body",
              new Object[] {name, "Klimaplan", "1. marts 2027", "https://samspil.test/x"},
              DANISH);
      assertThat(body).startsWith("Til " + name + "\n").doesNotContain("Kære Lokalrådet");
    }
  }

  private static String format(String text, Locale locale, int index, int count) {
    Object[] arguments = new Object[10];
    Arrays.fill(arguments, 3);
    arguments[index] = count;
    return new MessageFormat(text, locale).format(arguments);
  }
}
