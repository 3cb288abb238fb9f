package dk.samspil.organisation;

import dk.samspil.shared.AuditEvent;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation module's API: themes, departments, committees and contact persons. */
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
  private final ApplicationEventPublisher events;

  OrganisationManagement(
      Themes themes,
      Departments departments,
      Committees committees,
      ContactPersons contactPersons,
      ApplicationEventPublisher events) {
    this.themes = themes;
    this.departments = departments;
    this.committees = committees;
    this.contactPersons = contactPersons;
    this.events = events;
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

  // --- Administration: every change is checked and recorded in the audit log. ---

  public Theme theme(long id) {
    return themes.findById(id).orElseThrow(() -> OrganisationItemNotFound.theme(id));
  }

  /** Creates a theme; its slug must be well-formed and unused. */
  @Transactional
  public Theme createTheme(ThemeDraft draft) {
    if (!Slugs.isValid(draft.slug())) {
      throw OrganisationChangeRefused.themeSlugInvalid(draft.slug());
    }
    if (themes.findBySlug(draft.slug()).isPresent()) {
      throw OrganisationChangeRefused.themeSlugTaken(draft.slug());
    }
    Theme theme = themes.save(new Theme(draft.slug(), draft.name(), draft.description()));
    events.publishEvent(
        AuditEvent.created("theme", theme.getId(), theme.getName(), snapshot(theme)));
    return theme;
  }

  /** Renames a theme or changes its description; the slug stays, as addresses use it. */
  @Transactional
  public Theme updateTheme(long id, ThemeDraft draft) {
    Theme theme = theme(id);
    Map<String, Object> before = snapshot(theme);
    theme.change(draft.name(), draft.description());
    events.publishEvent(AuditEvent.updated("theme", id, theme.getName(), before, snapshot(theme)));
    return theme;
  }

  /**
   * Deletes a theme that nothing uses. A theme in use (by a council, or anything else that refers
   * to it) is refused: the database's foreign keys decide, so new uses are covered too.
   */
  @Transactional
  public void deleteTheme(long id) {
    Theme theme = theme(id);
    Map<String, Object> before = snapshot(theme);
    try {
      themes.delete(theme);
      themes.flush();
    } catch (DataIntegrityViolationException inUse) {
      throw OrganisationChangeRefused.themeInUse(theme.getName());
    }
    events.publishEvent(
        AuditEvent.of("deleted", "theme", id, before.get("name").toString(), before, Map.of()));
  }

  /** Every department, in Danish alphabetical order. */
  public List<Department> departments() {
    return departments.findAll().stream()
        .sorted(Comparator.comparing(Department::getName, DANISH))
        .toList();
  }

  public Department department(long id) {
    return departments.findById(id).orElseThrow(() -> OrganisationItemNotFound.department(id));
  }

  /** Creates a department; its name must be unused (regardless of case). */
  @Transactional
  public Department createDepartment(String name, String unit) {
    if (departments.findByNameIgnoreCase(name).isPresent()) {
      throw OrganisationChangeRefused.departmentNameTaken(name);
    }
    Department department = departments.save(new Department(name, unit));
    events.publishEvent(
        AuditEvent.created(
            "department", department.getId(), department.getName(), snapshot(department)));
    return department;
  }

  @Transactional
  public Department updateDepartment(long id, String name, String unit) {
    Department department = department(id);
    departments
        .findByNameIgnoreCase(name)
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw OrganisationChangeRefused.departmentNameTaken(name);
            });
    Map<String, Object> before = snapshot(department);
    department.change(name, unit);
    events.publishEvent(
        AuditEvent.updated("department", id, department.getName(), before, snapshot(department)));
    return department;
  }

  /** Every committee, the newest period first. */
  public List<Committee> committees() {
    return committees.findAllByOrderByValidFromDescNameAsc();
  }

  public Committee committee(long id) {
    return committees.findById(id).orElseThrow(() -> OrganisationItemNotFound.committee(id));
  }

  /** Creates a committee; the same name may not start twice on the same day. */
  @Transactional
  public Committee createCommittee(String name, LocalDate validFrom, LocalDate validTo) {
    if (committees.findByNameAndValidFrom(name, validFrom).isPresent()) {
      throw OrganisationChangeRefused.committeeExists(name);
    }
    Committee committee = committees.save(new Committee(name, validFrom, validTo));
    events.publishEvent(
        AuditEvent.created(
            "committee", committee.getId(), committee.getName(), snapshot(committee)));
    return committee;
  }

  @Transactional
  public Committee updateCommittee(long id, String name, LocalDate validFrom, LocalDate validTo) {
    Committee committee = committee(id);
    committees
        .findByNameAndValidFrom(name, validFrom)
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw OrganisationChangeRefused.committeeExists(name);
            });
    Map<String, Object> before = snapshot(committee);
    committee.change(name, validFrom, validTo);
    events.publishEvent(
        AuditEvent.updated("committee", id, committee.getName(), before, snapshot(committee)));
    return committee;
  }

  /** Every contact person, in Danish alphabetical order. */
  public List<ContactPerson> contactPersons() {
    return contactPersons.findAll().stream()
        .sorted(Comparator.comparing(ContactPerson::getName, DANISH))
        .toList();
  }

  public ContactPerson contactPersonById(long id) {
    return contactPersons
        .findById(id)
        .orElseThrow(() -> OrganisationItemNotFound.contactPerson(id));
  }

  /** Creates a contact person; the e-mail address (kept in lower case) must be unused. */
  @Transactional
  public ContactPerson createContactPerson(
      String name, String title, String email, String phone, Long departmentId) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    if (contactPersons.findByEmailIgnoreCase(address).isPresent()) {
      throw OrganisationChangeRefused.contactEmailTaken(address);
    }
    ContactPerson person =
        contactPersons.save(new ContactPerson(name, title, address, phone, departmentId));
    events.publishEvent(
        AuditEvent.created("contact-person", person.getId(), person.getName(), snapshot(person)));
    return person;
  }

  @Transactional
  public ContactPerson updateContactPerson(
      long id, String name, String title, String email, String phone, Long departmentId) {
    ContactPerson person = contactPersonById(id);
    String address = email.strip().toLowerCase(Locale.ROOT);
    contactPersons
        .findByEmailIgnoreCase(address)
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw OrganisationChangeRefused.contactEmailTaken(address);
            });
    Map<String, Object> before = snapshot(person);
    person.change(name, title, address, phone, departmentId);
    events.publishEvent(
        AuditEvent.updated("contact-person", id, person.getName(), before, snapshot(person)));
    return person;
  }

  private static Map<String, Object> snapshot(Theme theme) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("slug", theme.getSlug());
    fields.put("name", theme.getName());
    fields.put("description", theme.getDescription());
    return fields;
  }

  private static Map<String, Object> snapshot(Department department) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", department.getName());
    fields.put("unit", department.getUnit());
    return fields;
  }

  private static Map<String, Object> snapshot(Committee committee) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", committee.getName());
    fields.put("validFrom", String.valueOf(committee.getValidFrom()));
    fields.put(
        "validTo", committee.getValidTo() == null ? null : committee.getValidTo().toString());
    return fields;
  }

  private static Map<String, Object> snapshot(ContactPerson person) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", person.getName());
    fields.put("title", person.getTitle());
    fields.put("email", person.getEmail());
    fields.put("phone", person.getPhone());
    fields.put("departmentId", person.getDepartmentId());
    return fields;
  }
}
