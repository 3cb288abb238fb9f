package dk.samspil.area;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A postal district (postnummer) as far as it lies inside the municipality. */
@Entity
@Table(name = "postal_district")
public class PostalDistrict {

  @Id private String number;
  private String town;
  private Double shareInMunicipality;
  private String boundary;

  protected PostalDistrict() {}

  PostalDistrict(String number, String town, Double shareInMunicipality, String boundary) {
    this.number = number;
    this.town = town;
    this.shareInMunicipality = shareInMunicipality;
    this.boundary = boundary;
  }

  public String getNumber() {
    return number;
  }

  public String getTown() {
    return town;
  }

  public Double getShareInMunicipality() {
    return shareInMunicipality;
  }

  String getBoundary() {
    return boundary;
  }
}
