package eu.lorntech.totem.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Two rules for every page:
 * <ul>
 * <li>a Faces postback (a request carrying a view state) is only accepted as a POST: over GET a view
 * state would sit in links, browser history and server logs, and a link could change someone's
 * data; it gets 400 and the error page;</li>
 * <li>pages rendered for a signed-in person are never stored by a browser or proxy
 * ({@code Cache-Control: no-store}): after sign-out, "back" must not show them again.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PageGuard extends HttpFilter {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!"POST".equals(request.getMethod()) && request.getParameter(VIEW_STATE) != null) {
            refuse(request, response);
            return;
        }
        if (request.getUserPrincipal() != null) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** The error page in the visitor's language, rendered from a request without its parameters (no postback). */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher("/error.xhtml").forward(new WithoutParameters(request), response);
    }

    private static final class WithoutParameters extends HttpServletRequestWrapper {
        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
