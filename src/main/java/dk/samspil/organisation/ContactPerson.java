package dk.samspil.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipal employee who is the councils' liaison (kontaktperson). */
@Entity
@Table(name = "contact_person")
public class ContactPerson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String title;
  private String email;
  private String phone;
  private Long departmentId;

  protected ContactPerson() {}

  ContactPerson(String name, String title, String email, String phone, Long departmentId) {
    this.name = name;
    this.title = title;
    this.email = email;
    this.phone = phone;
    this.departmentId = departmentId;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getTitle() {
    return title;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  void change(String name, String title, String email, String phone, Long departmentId) {
    this.name = name;
    this.title = title;
    this.email = email;
    this.phone = phone;
    this.departmentId = departmentId;
  }
}
