package dk.samspil.account;

import static dk.samspil.account.AccountStatus.ACTIVE;
import static dk.samspil.account.AccountStatus.DEACTIVATED;
import static dk.samspil.account.AccountStatus.DELETED;
import static dk.samspil.account.AccountStatus.INVITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The life of an account: which status changes {@link Account} allows, and which it refuses. */
class AccountStateMachineTests {

  static final String HASH = "{argon2}hash";

  /** An account with a password in each status, reached the way the application reaches it. */
  static Account in(AccountStatus status) {
    Account account =
        status == INVITED
            ? Account.invited("inge@example.dk", null)
            : Account.active("aase@example.dk", "Aase Aktiv", HASH);
    if (status == DEACTIVATED) {
      account.deactivate();
    }
    if (status == DELETED) {
      account.anonymise();
    }
    return account;
  }

  /** A change, the statuses it is allowed from, and where it leads from each of them. */
  record Change(String name, Consumer<Account> apply, Map<AccountStatus, AccountStatus> leadsTo) {

    Set<AccountStatus> allowedFrom() {
      return leadsTo.keySet();
    }
  }

  static final List<Change> CHANGES =
      List.of(
          new Change(
              "accept the invitation",
              a -> a.acceptInvitation("Inge", HASH),
              Map.of(INVITED, ACTIVE)),
          new Change(
              "sign in verified by OpenID Connect",
              a -> a.verifiedSignIn("Inge"),
              Map.of(INVITED, ACTIVE, ACTIVE, ACTIVE)),
          new Change("invite again", a -> a.inviteAgain("Inge"), Map.of(INVITED, INVITED)),
          new Change(
              "deactivate", Account::deactivate, Map.of(INVITED, DEACTIVATED, ACTIVE, DEACTIVATED)),
          new Change("reactivate", Account::reactivate, Map.of(DEACTIVATED, ACTIVE)),
          new Change("change the password", a -> a.changePassword(HASH), Map.of(ACTIVE, ACTIVE)),
          new Change(
              "anonymise",
              Account::anonymise,
              Map.of(INVITED, DELETED, ACTIVE, DELETED, DEACTIVATED, DELETED)),
          new Change(
              "change the profile",
              a -> a.changeProfile(new ProfileChange("Navn", null, null)),
              Map.of(INVITED, INVITED, ACTIVE, ACTIVE, DEACTIVATED, DEACTIVATED)),
          new Change(
              "change the municipal roles",
              a -> a.changeMunicipalRoles(true, null, null),
              Map.of(INVITED, INVITED, ACTIVE, ACTIVE, DEACTIVATED, DEACTIVATED)));

  @Test
  void allowsEachChangeOnlyFromTheStatusesOfTheAccountsLife() {
    for (Change change : CHANGES) {
      for (AccountStatus from : AccountStatus.values()) {
        Account account = in(from);
        if (change.allowedFrom().contains(from)) {
          change.apply().accept(account);
          assertThat(account.getStatus())
              .as("%s from %s", change.name(), from)
              .isEqualTo(change.leadsTo().get(from));
        } else {
          assertThatThrownBy(() -> change.apply().accept(account))
              .as("%s from %s", change.name(), from)
              .isInstanceOfSatisfying(
                  IllegalAccountTransition.class,
                  refused -> {
                    assertThat(refused.from()).isEqualTo(from);
                    assertThat(refused.field()).isEqualTo("status");
                    assertThat(refused.messageKey()).startsWith("account.transition.");
                  });
          assertThat(account.getStatus())
              .as("unchanged after refusing to %s", change.name())
              .isEqualTo(from);
        }
      }
    }
  }

  @Test
  void everyStatusButDeletedHasAWayOn() {
    Function<AccountStatus, Long> waysOn =
        from -> CHANGES.stream().filter(c -> c.allowedFrom().contains(from)).count();
    for (AccountStatus status : EnumSet.of(INVITED, ACTIVE, DEACTIVATED)) {
      assertThat(waysOn.apply(status)).as("changes from %s", status).isPositive();
    }
    assertThat(waysOn.apply(DELETED)).as("deleted is final").isZero();
  }

  @Test
  void acceptingAnInvitationGivesTheAccountItsNameAndPassword() {
    Account account = Account.invited("Inge@Example.dk ", null);

    account.acceptInvitation("Inge Iversen", HASH);

    assertThat(account.canSignIn()).isTrue();
    assertThat(account.getEmail()).isEqualTo("inge@example.dk");
    assertThat(account.getName()).isEqualTo("Inge Iversen");
    assertThat(account.hasPassword()).isTrue();
  }

  @Test
  void aVerifiedSignInActivatesAnInvitationAndKeepsAGivenName() {
    Account invited = Account.invited("ivan@example.dk", "Ivan Inviteret");
    Account active = Account.verified("borger@example.dk", "Bo Borger");

    assertThat(invited.verifiedSignIn("Ivan fra udbyderen")).as("activated").isTrue();
    assertThat(active.verifiedSignIn("Bo")).as("already active").isFalse();

    assertThat(invited.getName()).isEqualTo("Ivan Inviteret");
    assertThat(active.getName()).isEqualTo("Bo Borger");
  }

  @Test
  void reactivatesAnAccountWithoutPasswordAsInvited() {
    Account account = Account.verified("borger@example.dk", "Bo Borger");
    account.deactivate();

    account.reactivate();

    assertThat(account.getStatus()).isEqualTo(INVITED);
  }

  @Test
  void anonymisingRemovesEveryPersonalDetail() {
    Account account = Account.active("aase@example.dk", "Aase Aktiv", HASH);
    account.changeProfile(new ProfileChange("Aase", "55 12 34 56", "beskeder@example.dk"));
    account.changeMunicipalRoles(true, 1L, 2L);

    account.anonymise();

    assertThat(account.getEmail()).endsWith("@anonym.invalid");
    assertThat(account.getName()).isNull();
    assertThat(account.getPhone()).isNull();
    assertThat(account.getNotificationEmail()).isNull();
    assertThat(account.hasPassword()).isFalse();
    assertThat(account.municipalRoles()).containsExactly(Role.BORGER);
  }
}
