package dk.samspil.organisation;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation module's look-ups, which other modules call: themes, departments, committees and
 * contact persons, and their loading from reference data. The administration's changes are {@link
 * OrganisationAdministration}'s.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationManagement {

  /** Sorts names as a Danish reader expects (æ, ø, å last). */
  private static final Comparator<String> DANISH =
      Comparator.nullsLast(Collator.getInstance(Locale.forLanguageTag("da"))::compare);

  private final Themes themes;
  private final Departments departments;
  private final Committees committees;
  private final ContactPersons contactPersons;

  OrganisationManagement(
      Themes themes,
      Departments departments,
      Committees committees,
      ContactPersons contactPersons) {
    this.themes = themes;
    this.departments = departments;
    this.committees = committees;
    this.contactPersons = contactPersons;
  }

  public List<Theme> themes() {
    return themes.findAllByOrderByName();
  }

  public Map<Long, Theme> themesById(Collection<Long> ids) {
    return themes.findAllById(ids).stream()
        .collect(Collectors.toMap(Theme::getId, Function.identity()));
  }

  public Optional<Theme> themeBySlug(String slug) {
    return themes.findBySlug(slug);
  }

  public Optional<ContactPerson> contactPerson(Long id) {
    return id == null ? Optional.empty() : contactPersons.findById(id);
  }

  public Map<Long, ContactPerson> contactPersonsById(Collection<Long> ids) {
    return contactPersons.findAllById(ids).stream()
        .collect(Collectors.toMap(ContactPerson::getId, Function.identity()));
  }

  public Optional<ContactPerson> contactPersonByEmail(String email) {
    return contactPersons.findByEmail(email);
  }

  public Optional<Department> departmentByName(String name) {
    return departments.findByName(name);
  }

  public Map<Long, Department> departmentsById(Collection<Long> ids) {
    return departments.findAllById(ids).stream()
        .collect(Collectors.toMap(Department::getId, Function.identity()));
  }

  public Map<Long, Committee> committeesById(Collection<Long> ids) {
    return committees.findAllById(ids).stream()
        .collect(Collectors.toMap(Committee::getId, Function.identity()));
  }

  /** The theme with this slug, created if it does not exist yet. */
  @Transactional
  public Theme ensureTheme(String slug, String name, String description) {
    return themes.findBySlug(slug).orElseGet(() -> themes.save(new Theme(slug, name, description)));
  }

  /** The department with this name, created if it does not exist yet. */
  @Transactional
  public Department ensureDepartment(String name, String unit) {
    return departments
        .findByName(name)
        .orElseGet(() -> departments.save(new Department(name, unit)));
  }

  /** The committee with this name and start, created if it does not exist yet. */
  @Transactional
  public Committee ensureCommittee(String name, LocalDate validFrom, LocalDate validTo) {
    return committees
        .findByNameAndValidFrom(name, validFrom)
        .orElseGet(() -> committees.save(new Committee(name, validFrom, validTo)));
  }

  /** The contact person with this e-mail address, created if it does not exist yet. */
  @Transactional
  public ContactPerson ensureContactPerson(
      String name, String title, String email, String phone, Long departmentId) {
    return contactPersons
        .findByEmail(email)
        .orElseGet(
            () -> contactPersons.save(new ContactPerson(name, title, email, phone, departmentId)));
  }

  /**
   * The theme with this id.
   *
   * @throws OrganisationItemNotFound if there is none
   */
  public Theme theme(long id) {
    return themes.findById(id).orElseThrow(() -> OrganisationItemNotFound.theme(id));
  }

  /** Every department, in Danish alphabetical order. */
  public List<Department> departments() {
    return departments.findAll().stream()
        .sorted(Comparator.comparing(Department::getName, DANISH))
        .toList();
  }

  /**
   * The department with this id.
   *
   * @throws OrganisationItemNotFound if there is none
   */
  public Department department(long id) {
    return departments.findById(id).orElseThrow(() -> OrganisationItemNotFound.department(id));
  }

  /** Every committee, the newest period first. */
  public List<Committee> committees() {
    return committees.findAllByOrderByValidFromDescNameAsc();
  }

  /**
   * The committee with this id.
   *
   * @throws OrganisationItemNotFound if there is none
   */
  public Committee committee(long id) {
    return committees.findById(id).orElseThrow(() -> OrganisationItemNotFound.committee(id));
  }

  /** Every contact person, in Danish alphabetical order. */
  public List<ContactPerson> contactPersons() {
    return contactPersons.findAll().stream()
        .sorted(Comparator.comparing(ContactPerson::getName, DANISH))
        .toList();
  }

  /**
   * The contact person with this id.
   *
   * @throws OrganisationItemNotFound if there is none
   */
  public ContactPerson contactPersonById(long id) {
    return contactPersons
        .findById(id)
        .orElseThrow(() -> OrganisationItemNotFound.contactPerson(id));
  }
}
