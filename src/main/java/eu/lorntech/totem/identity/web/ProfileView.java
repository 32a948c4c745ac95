package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.Accounts;
import eu.lorntech.totem.identity.boundary.ApiTokens;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** My profile: name, language, consent, password, and my personal API tokens. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    CurrentLocale locale;

    private Accounts.Profile profile;
    private String displayName;
    private String language;
    private boolean consent;
    private String currentPassword;
    private String newPassword;
    private String tokenName;
    private String newSecret;
    private List<ApiTokens.TokenView> tokens;

    @PostConstruct
    void load() {
        profile = accounts.myProfile();
        displayName = profile.displayName();
        language = profile.language().code();
        consent = profile.consent();
        tokens = apiTokens.mine();
    }

    public void save() {
        Language lang = Language.fromCode(language).orElse(Language.DEFAULT);
        accounts.updateProfile(displayName, lang, consent);
        locale.use(lang.code());
        profile = accounts.myProfile();
        FacesMessages.info("profile.saved");
    }

    public void changePassword() {
        try {
            Instant changedAt = accounts.changePassword(currentPassword, newPassword);
            keepThisSession(changedAt);
            tokens = apiTokens.mine();
            newSecret = null;
            FacesMessages.info("profile.passwordChanged");
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    /** The other sessions end; this one takes the new password's stamp and a new id, and goes on. */
    private static void keepThisSession(Instant changedAt) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ec.getRequest()).changeSessionId();
        ec.getSessionMap().put(TotemAuthenticationMechanism.SESSION_CREDENTIALS,
                TotemAuthenticationMechanism.credentialsStamp(changedAt));
    }

    public void createToken() {
        newSecret = apiTokens.create(tokenName).secret();
        tokenName = null;
        tokens = apiTokens.mine();
        FacesMessages.info("apiToken.created");
    }

    public void revoke(Long id) {
        apiTokens.revoke(id);
        newSecret = null;
        tokens = apiTokens.mine();
        FacesMessages.info("apiToken.revoked");
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public Accounts.Profile getProfile() {
        return profile;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public List<ApiTokens.TokenView> getTokens() {
        return tokens;
    }
}
