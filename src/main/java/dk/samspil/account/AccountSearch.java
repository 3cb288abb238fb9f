package dk.samspil.account;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The administration's search over accounts, by name or e-mail and status, a page at a time. */
interface AccountSearch extends Repository<Account, Long> {

  /** {@code pattern} is a LIKE pattern in lower case with {@code !} as escape character. */
  @Query(
      "select a from Account a where a.status in ?2 and (lower(a.email) like ?1 escape '!'"
          + " or lower(coalesce(a.name, '')) like ?1 escape '!')")
  Page<Account> search(String pattern, Collection<AccountStatus> statuses, Pageable pageable);
}
