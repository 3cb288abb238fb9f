package dk.samspil.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

  @Query("select a from Account a where lower(a.email) = lower(?1)")
  Optional<Account> findByEmail(String email);

  boolean existsByAdministratorTrueAndStatus(AccountStatus status);

  boolean existsByAdministratorTrueAndStatusIn(java.util.Collection<AccountStatus> statuses);

  long countByAdministratorTrueAndStatus(AccountStatus status);

  java.util.List<Account> findByDepartmentIdIsNotNullAndStatusOrderByName(AccountStatus status);
}
