package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.programme.boundary.Milestones;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Downloads a milestone's evidence, for those who may read the startup; anybody else gets 404. */
@WebServlet("/programme/evidence")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Milestones progress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id;
        try {
            id = Long.valueOf(request.getParameter("milestone"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Milestones.Upload file;
        try {
            file = progress.evidence(id);
        } catch (Refusal r) {
            response.sendError(r.getKind().status());
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(file.content());
    }
}
