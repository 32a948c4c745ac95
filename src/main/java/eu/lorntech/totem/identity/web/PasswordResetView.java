package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.Accounts;

import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** "Forgot password" (ask for a link) and "reset password" (use it), on two pages. */
@Named
@ViewScoped
public class PasswordResetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;


    private String email;
    private String token;
    private String newPassword;
    private boolean tokenUsable;
    private boolean sent;
    private boolean changed;

    /** On the reset page: checks the link once, when the page opens. */
    public void checkToken() {
        tokenUsable = accounts.isResetTokenUsable(token);
    }

    public void requestLink() {
        accounts.requestPasswordReset(email);
        sent = true;
        FacesMessages.info("forgot.sent");
    }

    public void reset() {
        try {
            accounts.resetPassword(token, newPassword);
            changed = true;
            tokenUsable = false;
            FacesMessages.info("reset.done");
        } finally {
            newPassword = null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isTokenUsable() {
        return tokenUsable;
    }

    public boolean isSent() {
        return sent;
    }

    public boolean isChanged() {
        return changed;
    }
}
