package eu.lorntech.totem.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.lorntech.totem.DatabaseAvailable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * V10_7 moves the call forms of V8 into the shared form engine with no loss: on a database with
 * calls, questions, applications and answers written before it (H2 in MySQL mode as the server
 * runs it, or a scratch MariaDB database in the MariaDB suite), every question keeps its id, text
 * and order on its call's form, every application gets its response, every answer stays with it,
 * and the engine's tables take new rows after the moved ones.
 */
@ExtendWith(DatabaseAvailable.class)
class FormMigrationIT {

    static final String BEFORE = "10.0.1";

    Connection open() throws SQLException {
        if ("mariadb".equals(System.getProperty("totem.it.db"))) {
            String admin = System.getProperty("it.mariadb.admin-url", "jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true");
            String db = System.getProperty("it.db.name", "totem_it") + "_migration";
            try (Connection c = DriverManager.getConnection(admin, "root", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db);
                s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return DriverManager.getConnection(admin.replace("3306/", "3306/" + db), "root", "");
        }
        return DriverManager.getConnection("jdbc:h2:mem:migration;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }

    @Test
    void callQuestionsAndApplicationAnswersMoveIntoTheFormEngine() throws Exception {
        try (Connection c = open()) {
            Flyway flyway = Flyway.configure().dataSource(new Single(c)).locations("classpath:db/migration")
                    .target(BEFORE).load();
            flyway.migrate();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO site (id, code, name, city, time_zone) VALUES (901, 'mig', 'M', 'Metz', 'Europe/Paris')");
                s.execute("INSERT INTO app_user (id, email, display_name, created_at) VALUES (901, 'mig@totem.example', 'M', '2026-01-01 00:00:00')");
                s.execute("INSERT INTO programme (id, site_id, kind, name) VALUES (901, 901, 'INCUBATION', 'P')");
                s.execute("INSERT INTO call_for_applications (id, programme_id, title, opens_at, closes_at) VALUES "
                        + "(901, 901, 'C1', '2026-01-01 00:00:00', '2026-02-01 00:00:00'), (902, 901, 'C2', '2026-01-01 00:00:00', '2026-02-01 00:00:00')");
                s.execute("INSERT INTO question (id, call_id, position, kind, label, choices, required) VALUES "
                        + "(901, 901, 1, 'SHORT_TEXT', 'Ville', NULL, TRUE), (902, 901, 2, 'SINGLE_CHOICE', 'Stade', 'Idée\nPrototype', FALSE), "
                        + "(903, 902, 1, 'LONG_TEXT', 'Projet', NULL, FALSE)");
                s.execute("INSERT INTO application (id, call_id, founder_id, project_name, status) VALUES "
                        + "(901, 901, 901, 'Studio', 'DRAFT'), (902, 902, 901, 'Vélos', 'SUBMITTED'), (903, 901, 901, 'Sans réponse', 'DRAFT')");
                s.execute("INSERT INTO answer (id, application_id, question_id, text_value) VALUES "
                        + "(901, 901, 901, 'Thionville'), (902, 901, 902, 'Prototype'), (903, 902, 903, 'Un musée vivant')");
            }
            Flyway.configure().dataSource(new Single(c)).locations("classpath:db/migration").load().migrate();

            assertEquals(List.of("901 C1 1 Ville true", "902 C1 2 Stade false", "903 C2 1 Projet false"),
                    rows(c, "select q.id, c.title, q.position, q.label, q.required from form_question q "
                            + "join call_for_applications c on c.form_id = q.form_id order by q.id"), "each question on its call's form");
            assertEquals(List.of("901 C1", "902 C2", "903 C1"),
                    rows(c, "select a.id, c.title from application a join form_response r on r.id = a.response_id "
                            + "join call_for_applications c on c.form_id = r.form_id order by a.id"), "each application answers its call's form");
            assertEquals(List.of("901 901 Thionville", "901 902 Prototype", "902 903 Un musée vivant"),
                    rows(c, "select a.id, x.question_id, x.text_value from form_answer x join application a on a.response_id = x.response_id "
                            + "order by x.id"), "each answer stays with its application and question");
            assertEquals(List.of("CALL 2"), rows(c, "select purpose, count(*) from form group by purpose"));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO form_question (form_id, position, kind, label, required) "
                        + "SELECT form_id, 3, 'NUMBER', 'Emplois', FALSE FROM call_for_applications WHERE id = 901");
            }
            assertEquals(List.of("904"), rows(c, "select id from form_question where label = 'Emplois'"), "new questions come after the moved ones");
        }
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = r.getObject(i);
                    cells.add(v instanceof Number num && r.getMetaData().getColumnTypeName(i).toLowerCase().matches("bit|tinyint|boolean")
                            ? String.valueOf(num.intValue() != 0) : String.valueOf(v));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }

    /** One connection as a data source, for Flyway, which must not close it. */
    record Single(Connection c) implements javax.sql.DataSource {
        @Override
        public Connection getConnection() {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, m, args) -> m.getName().equals("close") ? null : m.invoke(c, args));
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
