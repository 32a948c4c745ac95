package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.Accounts;
import eu.lorntech.totem.identity.entity.Language;

import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sign-up for members. The answer is the same whether or not the address already has an account. */
@Named
@RequestScoped
public class SignupView {

    @Inject
    Accounts accounts;

    @Inject
    CurrentLocale locale;

    @Inject
    CurrentSite site;


    private String email;
    private String displayName;
    private String password;
    private Long siteId;
    private boolean consent;
    private boolean done;

    @PostConstruct
    void init() {
        siteId = site.getCurrentId();
    }

    public void signUp() {
        try {
            accounts.signUp(new Accounts.SignUp(email, displayName, password, Language.of(locale.getLocale()), siteId, consent));
            done = true;
            FacesMessages.info("signup.done");
        } finally {
            password = null;
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
