package dk.samspil.organisation;

import dk.samspil.shared.AuditEvent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration's changes to the organisation's reference data: themes, departments,
 * committees and contact persons. Every change is checked ({@link OrganisationChangeRefused} names
 * the form field a rule concerns) and recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationAdministration {

  private final Themes themes;
  private final Departments departments;
  private final Committees committees;
  private final ContactPersons contactPersons;
  private final OrganisationManagement management;
  private final ApplicationEventPublisher events;

  OrganisationAdministration(
      Themes themes,
      Departments departments,
      Committees committees,
      ContactPersons contactPersons,
      OrganisationManagement management,
      ApplicationEventPublisher events) {
    this.themes = themes;
    this.departments = departments;
    this.committees = committees;
    this.contactPersons = contactPersons;
    this.management = management;
    this.events = events;
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
    Theme theme = management.theme(id);
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
    Theme theme = management.theme(id);
    Map<String, Object> before = snapshot(theme);
    try {
      themes.delete(theme);
      themes.flush();
    } catch (DataIntegrityViolationException inUse) {
      throw OrganisationChangeRefused.themeInUse(theme.getName());
    }
    events.publishEvent(AuditEvent.of("deleted", "theme", id, theme.getName(), before, Map.of()));
  }

  /** Creates a department; its name must be unused (regardless of case). */
  @Transactional
  public Department createDepartment(DepartmentDraft draft) {
    if (departments.findByNameIgnoreCase(draft.name()).isPresent()) {
      throw OrganisationChangeRefused.departmentNameTaken(draft.name());
    }
    Department department = departments.save(new Department(draft.name(), draft.unit()));
    events.publishEvent(
        AuditEvent.created(
            "department", department.getId(), department.getName(), snapshot(department)));
    return department;
  }

  /** Renames a department or changes its unit; the name must stay unused by the others. */
  @Transactional
  public Department updateDepartment(long id, DepartmentDraft draft) {
    Department department = management.department(id);
    departments
        .findByNameIgnoreCase(draft.name())
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw OrganisationChangeRefused.departmentNameTaken(draft.name());
            });
    Map<String, Object> before = snapshot(department);
    department.change(draft.name(), draft.unit());
    events.publishEvent(
        AuditEvent.updated("department", id, department.getName(), before, snapshot(department)));
    return department;
  }

  /**
   * Creates a committee; the same name may not start twice on the same day, nor end before it
   * begins.
   */
  @Transactional
  public Committee createCommittee(CommitteeDraft draft) {
    if (committees.findByNameAndValidFrom(draft.name(), draft.validFrom()).isPresent()) {
      throw OrganisationChangeRefused.committeeExists(draft.name());
    }
    Committee committee =
        committees.save(new Committee(draft.name(), draft.validFrom(), draft.validTo()));
    events.publishEvent(
        AuditEvent.created(
            "committee", committee.getId(), committee.getName(), snapshot(committee)));
    return committee;
  }

  /** Renames a committee or changes its period, with the rules of {@link #createCommittee}. */
  @Transactional
  public Committee updateCommittee(long id, CommitteeDraft draft) {
    Committee committee = management.committee(id);
    committees
        .findByNameAndValidFrom(draft.name(), draft.validFrom())
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw OrganisationChangeRefused.committeeExists(draft.name());
            });
    Map<String, Object> before = snapshot(committee);
    committee.change(draft.name(), draft.validFrom(), draft.validTo());
    events.publishEvent(
        AuditEvent.updated("committee", id, committee.getName(), before, snapshot(committee)));
    return committee;
  }

  /** Creates a contact person; the e-mail address (kept in lower case) must be unused. */
  @Transactional
  public ContactPerson createContactPerson(ContactPersonDraft draft) {
    String address = draft.email().strip().toLowerCase(Locale.ROOT);
    if (contactPersons.findByEmailIgnoreCase(address).isPresent()) {
      throw OrganisationChangeRefused.contactEmailTaken(address);
    }
    ContactPerson person =
        contactPersons.save(
            new ContactPerson(
                draft.name(), draft.title(), address, draft.phone(), draft.departmentId()));
    events.publishEvent(
        AuditEvent.created("contact-person", person.getId(), person.getName(), snapshot(person)));
    return person;
  }

  /** Changes a contact person; the e-mail address must stay unused by the others. */
  @Transactional
  public ContactPerson updateContactPerson(long id, ContactPersonDraft draft) {
    ContactPerson person = management.contactPersonById(id);
    String address = draft.email().strip().toLowerCase(Locale.ROOT);
    contactPersons
        .findByEmailIgnoreCase(address)
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw OrganisationChangeRefused.contactEmailTaken(address);
            });
    Map<String, Object> before = snapshot(person);
    person.change(draft.name(), draft.title(), address, draft.phone(), draft.departmentId());
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
