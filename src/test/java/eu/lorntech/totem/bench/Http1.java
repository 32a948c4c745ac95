package eu.lorntech.totem.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A bare HTTP/1.1 client on one kept-alive socket, for the load generator: it runs on the same two
 * cores as WildFly and MariaDB, and java.net.http's client spent about 0.65 ms of CPU per request
 * there, a tenth of the machine. One instance per client thread; not thread-safe.
 */
final class Http1 implements AutoCloseable {

    /** A status, a body read as UTF-8, and whether the server set a cookie (a session). */
    record Answer(int status, String body, boolean setCookie) {
    }

    private final String host;
    private final int port;
    private Socket socket;
    private BufferedInputStream in;
    private OutputStream out;

    Http1(String base) {
        URI uri = URI.create(base);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
    }

    Answer get(String path, String token) throws IOException {
        return send("GET", path, token, null);
    }

    Answer post(String path, String token, String json) throws IOException {
        return send("POST", path, token, json);
    }

    Answer send(String method, String path, String token, String json) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n") + "\r\n";
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[h.length + body.length];
        System.arraycopy(h, 0, request, 0, h.length);
        System.arraycopy(body, 0, request, h.length, body.length);
        out.write(request);
        out.flush();

        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        boolean cookie = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            } else if (lower.startsWith("set-cookie:")) {
                cookie = true;
            }
        }
        byte[] content = chunked ? chunks() : length > 0 ? in.readNBytes(length) : new byte[0];
        if (close) {
            close();
        }
        return new Answer(status, new String(content, StandardCharsets.UTF_8), cookie);
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0; size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
            all.write(in.readNBytes(size));
            line();
        }
        while (!line().isEmpty()) {
            // trailers
        }
        return all.toByteArray();
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
