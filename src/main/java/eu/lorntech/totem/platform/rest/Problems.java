package eu.lorntech.totem.platform.rest;

import eu.lorntech.totem.platform.JsonP;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** RFC 9457 problem details ({@code application/problem+json}), never with a stack trace. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static JsonObjectBuilder body(int status, String title, String detail) {
        JsonObjectBuilder b = JsonP.PROVIDER.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        return b;
    }

    public static Response response(int status, String title, String detail) {
        return response(status, body(status, title, detail));
    }

    public static Response response(int status, JsonObjectBuilder body) {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(body.build().toString()).build();
    }

    /** For the security layer, which answers before JAX-RS is involved. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(status, title, detail).build().toString());
    }
}
