package eu.lorntech.totem;

/**
 * Where a test suite's server listens and mails go. Both shift with {@code -Dit.port.offset=N}
 * (HTTP 8080+N, management 9990+N, SMTP 3025+N), so that two checkouts can run their suites side by
 * side on one machine; the default is no offset. Read in the test JVM and inside the server alike.
 */
public final class TestPorts {

    private TestPorts() {
    }

    public static int offset() {
        String own = System.getProperty("it.port.offset");
        String server = System.getProperty("jboss.socket.binding.port-offset");
        return Integer.parseInt(own != null ? own : server != null ? server : "0");
    }

    public static int http() {
        return 8080 + offset();
    }

    public static int smtp() {
        return 3025 + offset();
    }

    public static String httpBase() {
        return "http://127.0.0.1:" + http();
    }
}
