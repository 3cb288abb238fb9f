package dk.samspil.account;

import java.util.Map;

/**
 * Lets another module add what it holds about a person to the download of their personal data
 * ({@code /profil/data.json}, the right of access and to data portability), without the account
 * module knowing that module. Implement it as a Spring bean; e.g. the council module returns
 * section {@code "councilSeats"} with the person's seats.
 */
public interface PersonalDataContributor {

  /** The key of this module's part in the download, e.g. {@code "councilSeats"}; unique. */
  String section();

  /**
   * What the module holds about the person: plain values (strings, numbers, booleans, lists and
   * maps of them), ready to be written as JSON. Empty if it holds nothing.
   */
  Map<String, Object> personalData(long accountId);
}
