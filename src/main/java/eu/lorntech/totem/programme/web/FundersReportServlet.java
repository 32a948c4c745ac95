package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.programme.boundary.ProgrammeDashboard;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;

/** The funders' report of a programme: {@code /programme/report?programme=ID&format=xlsx|pdf}, for its managers only. */
@WebServlet("/programme/report")
public class FundersReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgrammeDashboard dashboard;

    @Inject
    transient CurrentLocale locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        Long id;
        try {
            id = Long.valueOf(request.getParameter("programme"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"xlsx".equals(format) && !"pdf".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ProgrammeDashboard.Figures figures;
        try {
            figures = dashboard.of(id);
        } catch (Refusal r) {
            response.sendError(r.getKind().status());
            return;
        } catch (EJBAccessException notAManager) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        FundersReport report = new FundersReport(figures, locale.getLocale());
        byte[] body = "pdf".equals(format) ? report.pdf() : report.xlsx();
        response.setContentType("pdf".equals(format) ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"programme-" + id + "-" + LocalDate.now() + "." + format + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
