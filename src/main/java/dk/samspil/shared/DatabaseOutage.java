package dk.samspil.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a request failed because the database cannot be reached: then every page answers 503
 * ("try again in a moment") instead of 500, and the error page itself touches nothing that needs
 * the database (the session, the sign-in, the form token).
 */
final class DatabaseOutage {

  /** Set by {@link DatabaseOutageFilter} on a request that failed for want of the database. */
  static final String ATTRIBUTE = DatabaseOutage.class.getName();

  private DatabaseOutage() {}

  static boolean causedBy(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotGetJdbcConnectionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof CannotCreateTransactionException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || (t instanceof SQLException sql
              && sql.getSQLState() != null
              && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (causedBy(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether this is the error dispatch of a request that failed for want of the database. */
  static boolean during(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) != null
        || (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error
            && causedBy(error));
  }
}
