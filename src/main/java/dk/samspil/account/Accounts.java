package dk.samspil.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

  /**
   * The account with this id.
   *
   * @throws AccountNotFound if there is none
   */
  default Account byId(long id) {
    return findById(id).orElseThrow(() -> AccountNotFound.forId(id));
  }

  @Query("select a from Account a where lower(a.email) = lower(?1)")
  Optional<Account> findByEmail(String email);

  boolean existsByAdministratorTrueAndStatus(AccountStatus status);

  boolean existsByAdministratorTrueAndStatusIn(Collection<AccountStatus> statuses);

  long countByAdministratorTrueAndStatus(AccountStatus status);

  List<Account> findByDepartmentIdIsNotNullAndStatusOrderByName(AccountStatus status);
}
