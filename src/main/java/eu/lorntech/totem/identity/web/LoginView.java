package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.LoginGuard;
import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form. Messages never tell whether an address has an account. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    CurrentLocale locale;

    @Inject
    Me me;

    private String email;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        next = request.getParameter("next");
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            locale.use(me.languageAfterLogin());
            ec.getFlash().setKeepMessages(true);
            ec.redirect(ec.getRequestContextPath() + safeNext());
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            fc.responseComplete();
            return;
        }
        boolean locked = request.getAttribute(TotemAuthenticationMechanism.LOGIN_OUTCOME) == LoginGuard.Outcome.LOCKED;
        FacesMessages.error(locked ? "login.locked" : "login.failed");
    }

    /** Only paths of this application, so the link cannot send people elsewhere after sign-in. */
    String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith(TotemAuthenticationMechanism.LOGIN_PAGE)) {
            return next;
        }
        return "/dashboard.xhtml";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
