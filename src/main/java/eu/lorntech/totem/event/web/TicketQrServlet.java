package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.Registrations;
import eu.lorntech.totem.event.boundary.Registrations.Mine;
import eu.lorntech.totem.event.control.QrCodes;
import eu.lorntech.totem.platform.Refusal;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The QR code of a person's ticket, for their registration page: found by the personal token (the
 * code alone is what the door scans, the token is what the person holds), never kept by a cache.
 * An unknown token, or a registration without a ticket (waitlisted, cancelled), is 404.
 */
@WebServlet("/public/ticket-qr")
public class TicketQrServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int SIZE = 240;

    @Inject
    Registrations registrations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Mine mine;
        try {
            mine = registrations.byToken(request.getParameter("token"));
        } catch (Refusal e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (mine.ticket() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png = QrCodes.png(mine.ticket(), SIZE);
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
