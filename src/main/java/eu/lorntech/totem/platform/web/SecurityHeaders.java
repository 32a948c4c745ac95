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
 * <li>{@code Content-Security-Policy}: the API gets {@link #NOTHING}, its reference page
 * {@link #API_DOCS}, pages (and files) {@link #PAGES}: content from Totem only, no plugins, no
 * framing, forms posted to Totem only. Inline scripts stay allowed on pages: PrimeFaces writes its
 * widgets' setup inline, and its nonce mode (primefaces.CSP) refuses every postback without the
 * nonce its JavaScript adds and keeps the nonce in the view map, which gave public pages an HTTP
 * session (docs/security.md). A policy set further down the chain replaces the default one rather
 * than adding a second (browsers would enforce both);</li>
 * <li>no framing by other sites ({@code frame-ancestors 'none'}, and {@code X-Frame-Options} for
 * older browsers), no content sniffing, and only the origin in the {@code Referer} sent elsewhere
 * (reset links and API paths stay on Totem).</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    /** For answers that are not pages: they may load nothing and be framed by nobody. */
    static final String NOTHING = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Faces pages: everything from Totem; PrimeFaces needs inline scripts and style attributes. */
    static final String PAGES = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
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
        response.setHeader(CSP, path.startsWith("/api/") ? NOTHING : path.equals("/api-docs.html") ? API_DOCS : PAGES);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a later policy (say PrimeFaces' nonce mode, one day) replace the default one. */
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
