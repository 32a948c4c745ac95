package eu.lorntech.totem.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser's own defences, on every answer (pages, the API, files):
 * <ul>
 * <li>{@code Content-Security-Policy}: a Faces page gets PrimeFaces' policy (web.xml,
 * {@code primefaces.CSP}), whose script-src admits Totem's files and the page's nonce only, so an
 * injected script does not run; the API reference page gets {@link #API_DOCS}; everything else
 * (JSON, files) {@link #NOTHING}. A policy set further down the chain replaces the default one
 * rather than adding a second (browsers would enforce both);</li>
 * <li>no framing by other sites ({@code frame-ancestors 'none'}, and {@code X-Frame-Options} for
 * older browsers), no content sniffing, and only the origin in the {@code Referer} sent elsewhere
 * (reset links and API paths stay on Totem).</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    /** For answers that are not pages: they may load nothing and be framed by nobody. */
    static final String NOTHING = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Swagger UI runs from its own files; it styles elements inline and draws icons as data: images. */
    static final String API_DOCS = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader(CSP, path.equals("/api-docs.html") ? API_DOCS : NOTHING);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a later policy (PrimeFaces' page policy with its nonce) replace the default one. */
    static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
