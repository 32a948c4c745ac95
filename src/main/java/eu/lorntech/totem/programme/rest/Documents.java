package eu.lorntech.totem.programme.rest;

import eu.lorntech.totem.programme.boundary.FormViews.DocumentFile;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored PDF as a download, its name safe in the header (RFC 6266 with an RFC 5987 UTF-8 name). */
final class Documents {

    static final String PDF = "application/pdf";

    private Documents() {
    }

    static Response download(DocumentFile file) {
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String utf8 = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
