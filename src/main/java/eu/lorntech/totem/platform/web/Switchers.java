package eu.lorntech.totem.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layout's language links and site form keep the page's own query string (a reset link's token,
 * the calendar's day), changing only {@code lang} or {@code site}.
 */
@Named
@RequestScoped
public class Switchers {

    private static final Set<String> SWITCHES = Set.of("lang", "site");

    /**
     * The address parameters that public pages carry in their forms as plain fields (they keep no
     * session): after such a form is posted, the page's address has no query string, and these are
     * what the language links must keep (the event's id, a registration's token).
     */
    private static final List<String> POSTED_ADDRESS = List.of("id", "token");

    @Inject
    HttpServletRequest request;

    private List<Map.Entry<String, String>> kept;

    /** The query string of this page with {@code lang} set to the code: {@code ?token=…&lang=de}. */
    public String withLanguage(String code) {
        StringBuilder query = new StringBuilder("?");
        for (Map.Entry<String, String> p : getKept()) {
            query.append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8)).append('&');
        }
        return query.append("lang=").append(URLEncoder.encode(code, StandardCharsets.UTF_8)).toString();
    }

    /** The page's query parameters but the switchers' own, for hidden fields of the site form. */
    public List<Map.Entry<String, String>> getKept() {
        if (kept == null) {
            kept = new ArrayList<>();
            // the query string only: after a postback the form's fields are no part of the page's address
            String query = request.getQueryString();
            if ((query == null || query.isEmpty()) && "POST".equals(request.getMethod())) {
                for (String name : POSTED_ADDRESS) {
                    String value = request.getParameter(name);
                    if (value != null && !value.isEmpty()) {
                        kept.add(new SimpleEntry<>(name, value));
                    }
                }
                return kept;
            }
            for (String pair : query == null || query.isEmpty() ? new String[0] : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (!name.isEmpty() && !SWITCHES.contains(name)) {
                    kept.add(new SimpleEntry<>(name, value));
                }
            }
        }
        return kept;
    }
}
