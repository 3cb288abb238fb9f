package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilTest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * The form kit with the application's own validator and bundles: Bean Validation's messages come
 * from the bundles in the reader's language, the summary follows the order of the form's fields,
 * and a refusal of the use case becomes an error on its field.
 */
@SamspilTest
class FormKitTests {

  record TestForm(
      @NotBlank String name,
      @EmailAddress String email,
      @WebAddress String website,
      @IsoDate String founded,
      @WholeNumber(min = 1, max = 99) String members,
      @Size(max = 5) String code,
      @PhoneNumber String phone) {}

  static final class Refused extends ChangeRefused {
    Refused() {
      super("email", "admin.contact.email.taken", "a@b.dk");
    }
  }

  @Autowired SmartValidator validator;
  @Autowired MessageSource messages;

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  BindingResult validate(TestForm form, Locale locale) {
    LocaleContextHolder.setLocale(locale);
    BindingResult result = new BeanPropertyBindingResult(form, "form");
    validator.validate(form, result);
    return result;
  }

  String text(FormErrors errors, String field, Locale locale) {
    return messages.getMessage(errors.error(field), locale);
  }

  @Test
  void explainsEachWrongFieldInDanish() {
    Locale danish = Locale.forLanguageTag("da");
    FormErrors errors =
        FormErrors.of(
            validate(
                new TestForm(
                    " ",
                    "navn@",
                    "javascript:alert(1)",
                    "31-01-2026",
                    "100",
                    "123456",
                    "ring til mig"),
                danish));

    assertThat(text(errors, "name", danish)).isEqualTo("Udfyld feltet.");
    assertThat(text(errors, "email", danish)).startsWith("Skriv en gyldig e-mailadresse");
    assertThat(text(errors, "website", danish)).startsWith("Skriv en hel webadresse");
    assertThat(text(errors, "founded", danish)).startsWith("Skriv datoen som åååå-mm-dd");
    assertThat(text(errors, "members", danish)).isEqualTo("Skriv et helt tal fra 1 til 99.");
    assertThat(text(errors, "code", danish)).isEqualTo("Skriv højst 5 tegn.");
    assertThat(text(errors, "phone", danish)).startsWith("Skriv telefonnummeret med cifre");
  }

  @Test
  void explainsInEnglishToAnEnglishReader() {
    FormErrors errors =
        FormErrors.of(validate(new TestForm("", "", "", "", "0", "", ""), Locale.ENGLISH));

    assertThat(text(errors, "name", Locale.ENGLISH)).isEqualTo("Fill in the field.");
    assertThat(text(errors, "members", Locale.ENGLISH))
        .isEqualTo("Write a whole number from 1 to 99.");
    assertThat(errors.has("email")).as("a blank optional address passes").isFalse();
  }

  @Test
  void acceptsWhatPeopleTypeRightly() {
    FormErrors errors =
        FormErrors.of(
            validate(
                new TestForm(
                    "Fensmark",
                    " navn@eksempel.dk ",
                    "https://fensmark.dk",
                    "2026-01-31",
                    "12",
                    "ab",
                    " +45 (55) 12-34-56 "),
                Locale.forLanguageTag("da")));

    assertThat(errors.any()).isFalse();
    assertThat(IsoDate.Check.parse("2026-01-31")).hasToString("2026-01-31");
    assertThat(WholeNumber.Check.parse(" 12 ")).isEqualTo(12);
  }

  @Test
  void summarisesInTheOrderOfTheFields() {
    FormErrors errors =
        FormErrors.of(
            validate(new TestForm("", "x", "", "", "", "123456", ""), Locale.forLanguageTag("da")));

    assertThat(errors.all())
        .extracting(error -> ((FieldError) error).getField())
        .containsExactly("name", "email", "code");
    assertThat(FormErrors.anchor(errors.all().get(0))).isEqualTo("#name");
    assertThat(errors.describedBy("name", true)).isEqualTo("name-hint name-error");
    assertThat(errors.describedBy("website", false)).isNull();
  }

  @Test
  void turnsARefusalIntoAnErrorOnItsFieldAndKeepsTheForm() {
    Locale danish = Locale.forLanguageTag("da");
    TestForm typed = new TestForm("Fensmark", "a@b.dk", "", "", "", "", "");
    BindingResult result = validate(typed, danish);
    MockHttpServletResponse response = new MockHttpServletResponse();

    String view =
        Forms.submit(
            result,
            response,
            () -> {
              throw new Refused();
            },
            () -> "the form again");

    assertThat(view).isEqualTo("the form again");
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(text(FormErrors.of(result), "email", danish))
        .isEqualTo("Der er allerede en kontaktperson med e-mailadressen a@b.dk.");
  }

  @Test
  void runsTheActionOfAValidForm() {
    BindingResult result =
        validate(new TestForm("Fensmark", "", "", "", "", "", ""), Locale.forLanguageTag("da"));
    MockHttpServletResponse response = new MockHttpServletResponse();

    assertThat(Forms.submit(result, response, () -> "redirect:/done", () -> "form"))
        .isEqualTo("redirect:/done");
    assertThat(response.getStatus()).isEqualTo(200);
  }
}
