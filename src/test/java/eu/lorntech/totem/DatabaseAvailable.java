package eu.lorntech.totem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For the MariaDB suite: checks that MariaDB answers on 127.0.0.1:3306 (root, empty password),
 * then gives the suite an empty database {@code totem_it} and its own user, once per test JVM.
 * Without MariaDB the suite is skipped with a message saying so (CI, which forbids skips, starts it).
 */
public class DatabaseAvailable implements ExecutionCondition {

    private static Boolean prepared;
    private static String problem;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"mariadb".equals(System.getProperty("totem.it.db"))) {
            return ConditionEvaluationResult.enabled("embedded H2, or inside the server");
        }
        synchronized (DatabaseAvailable.class) {
            if (prepared == null) {
                prepare();
            }
        }
        return prepared ? ConditionEvaluationResult.enabled("MariaDB ready")
                : ConditionEvaluationResult.disabled("MariaDB suite skipped: no MariaDB/MySQL server at "
                        + "127.0.0.1:3306 with user root and an empty password (" + problem + "). Start one, e.g. "
                        + "'start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd'.");
    }

    private static void prepare() {
        String url = System.getProperty("it.mariadb.admin-url", "jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true");
        try (Connection c = DriverManager.getConnection(url, "root", "");
             Statement s = c.createStatement()) {
            String db = System.getProperty("it.db.name", "totem_it");
            s.execute("DROP DATABASE IF EXISTS " + db);
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE USER IF NOT EXISTS '" + db + "'@'localhost' IDENTIFIED BY 'totem_it'");
            s.execute("CREATE USER IF NOT EXISTS '" + db + "'@'127.0.0.1' IDENTIFIED BY 'totem_it'");
            s.execute("GRANT ALL ON " + db + ".* TO '" + db + "'@'localhost'");
            s.execute("GRANT ALL ON " + db + ".* TO '" + db + "'@'127.0.0.1'");
            // lets a race test see which statements wait for a lock (information_schema.processlist)
            s.execute("GRANT PROCESS ON *.* TO '" + db + "'@'localhost'");
            s.execute("GRANT PROCESS ON *.* TO '" + db + "'@'127.0.0.1'");
            prepared = true;
        } catch (SQLException e) {
            problem = e.getMessage();
            prepared = false;
        }
    }
}
