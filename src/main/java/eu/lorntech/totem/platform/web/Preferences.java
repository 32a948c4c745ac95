package eu.lorntech.totem.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Remembers a visitor's language and site, chosen with {@code ?lang=de} or {@code ?site=3} on any
 * page, in long-lived cookies (no HTTP session for anonymous visitors). Signed-in people also get
 * their language saved in their profile (see {@link LanguageChosen}).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class Preferences extends HttpFilter {

    public static final String LANG_COOKIE = "totem_lang";
    public static final String SITE_COOKIE = "totem_site";
    static final String LANG_ATTRIBUTE = "totem.lang";
    static final String SITE_ATTRIBUTE = "totem.site";
    static final Set<String> LANGUAGES = Set.of("fr", "en", "de");
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if (lang != null && LANGUAGES.contains(lang)) {
            request.setAttribute(LANG_ATTRIBUTE, lang);
            response.addCookie(cookie(request, LANG_COOKIE, lang));
            request.setAttribute(LanguageChosen.class.getName(), new LanguageChosen(lang));
        }
        String site = request.getParameter("site");
        if (site != null && site.matches("\\d{1,18}")) {
            request.setAttribute(SITE_ATTRIBUTE, Long.valueOf(site));
            response.addCookie(cookie(request, SITE_COOKIE, site));
        }
        chain.doFilter(request, response);
    }

    static Cookie cookie(HttpServletRequest request, String name, String value) {
        Cookie c = new Cookie(name, value);
        c.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        c.setMaxAge(ONE_YEAR);
        c.setHttpOnly(true);
        c.setAttribute("SameSite", "Lax");
        return c;
    }

    /** The site picked in this request or remembered from an earlier one, if any. */
    public static Long chosenSite(HttpServletRequest request) {
        Object now = request.getAttribute(SITE_ATTRIBUTE);
        if (now instanceof Long id) {
            return id;
        }
        String cookie = cookieValue(request, SITE_COOKIE);
        return cookie != null && cookie.matches("\\d{1,18}") ? Long.valueOf(cookie) : null;
    }

    static String cookieValue(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals(name)) {
                return c.getValue();
            }
        }
        return null;
    }
}
