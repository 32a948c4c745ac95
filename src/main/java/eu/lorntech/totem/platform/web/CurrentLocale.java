package eu.lorntech.totem.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language of this request: chosen now ({@code ?lang=}), else remembered (cookie), else the
 * browser's first of fr/en/de, else French.
 */
@Named
@RequestScoped
public class CurrentLocale {

    @Inject
    HttpServletRequest request;

    @Inject
    Event<LanguageChosen> chosen;

    private String language;

    public String getLanguage() {
        if (language == null) {
            language = resolve();
        }
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    /** Used after sign-in: the person's saved preference becomes the page language. */
    public void use(String code) {
        if (code != null && Preferences.LANGUAGES.contains(code)) {
            language = code;
            HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
            response.addCookie(Preferences.cookie(request, Preferences.LANG_COOKIE, code));
            FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        }
    }

    /** Called by the layout: if a language was picked in this request, signed-in people keep it. */
    public void rememberChoice() {
        Object choice = request.getAttribute(LanguageChosen.class.getName());
        if (choice instanceof LanguageChosen c && request.getUserPrincipal() != null) {
            request.removeAttribute(LanguageChosen.class.getName());
            chosen.fire(c);
        }
    }

    private String resolve() {
        Object now = request.getAttribute(Preferences.LANG_ATTRIBUTE);
        if (now instanceof String s) {
            return s;
        }
        String cookie = Preferences.cookieValue(request, Preferences.LANG_COOKIE);
        if (cookie != null && Preferences.LANGUAGES.contains(cookie)) {
            return cookie;
        }
        // without Accept-Language the servlet container answers its own default locale: French comes first here
        for (Locale l : request.getHeader("Accept-Language") == null ? List.<Locale>of() : Collections.list(request.getLocales())) {
            if (Preferences.LANGUAGES.contains(l.getLanguage())) {
                return l.getLanguage();
            }
        }
        return "fr";
    }
}
