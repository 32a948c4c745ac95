package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.Accounts;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.platform.web.LanguageChosen;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The signed-in person in the layout: name, sign-out, and their language kept in the profile. */
@Named
@RequestScoped
public class Me {

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    private Accounts.Profile profile;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public Accounts.Profile getProfile() {
        if (profile == null && isSignedIn()) {
            profile = accounts.myProfile();
        }
        return profile;
    }

    String languageAfterLogin() {
        return accounts.myProfile().language().code();
    }

    void keepLanguage(@Observes LanguageChosen chosen) {
        Language.fromCode(chosen.code()).ifPresent(accounts::changeLanguage);
    }

    public void logout() throws Exception {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        req.logout();
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        redirect(ec, "/index.xhtml?signedOut=true");
    }

    private static void redirect(ExternalContext ec, String path) throws IOException {
        ec.redirect(ec.getRequestContextPath() + path);
    }
}
