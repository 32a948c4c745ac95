package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.Attendees;
import eu.lorntech.totem.event.boundary.Attendees.Group;
import eu.lorntech.totem.event.boundary.Events;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import eu.lorntech.totem.platform.web.CurrentLocale;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An event's files for its organisers: {@code /event/export?id=N&what=csv|xlsx|badges|labels|log[&group=G]}.
 * The page is behind the organisers' role in web.xml; the boundary checks that the event is the caller's.
 */
@WebServlet("/event/export")
public class AttendeeExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Attendees attendees;

    @Inject
    transient Events events;

    @Inject
    transient CurrentLocale locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getParameter("what");
        Long id;
        Group group;
        try {
            id = Long.valueOf(request.getParameter("id"));
            group = request.getParameter("group") == null ? Group.ALL : Group.valueOf(request.getParameter("group"));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (what == null || !List.of("csv", "xlsx", "badges", "labels", "log").contains(what)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        AttendeeExports exports = new AttendeeExports(locale.getLocale());
        byte[] body;
        String type;
        String extension;
        try {
            String title = events.editing(id).card().title();
            switch (what) {
                case "csv" -> {
                    body = exports.csv(attendees.all(id, group));
                    type = "text/csv; charset=UTF-8";
                    extension = "csv";
                }
                case "xlsx" -> {
                    body = exports.xlsx(title, attendees.all(id, group));
                    type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    extension = "xlsx";
                }
                case "log" -> {
                    body = exports.scansCsv(wholeLog(id));
                    type = "text/csv; charset=UTF-8";
                    extension = "csv";
                }
                default -> {
                    body = exports.badges(title, attendees.all(id, Group.CONFIRMED), "badges".equals(what));
                    type = "application/pdf";
                    extension = "pdf";
                }
            }
        } catch (EJBException | Refusal e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            response.sendError(cause instanceof Refusal r ? r.getKind().status()
                    : e instanceof EJBAccessException ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"event-" + id + "-" + what + "." + extension + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private List<Attendees.Scan> wholeLog(Long id) {
        List<Attendees.Scan> all = new ArrayList<>();
        for (int first = 0;; first += PageRequest.MAX_SIZE) {
            Page<Attendees.Scan> page = attendees.scans(id, PageRequest.of(first, PageRequest.MAX_SIZE));
            all.addAll(page.rows());
            if (page.rows().size() < PageRequest.MAX_SIZE || all.size() >= page.total()) {
                return all;
            }
        }
    }
}
