package eu.lorntech.totem.identity.boundary;

import eu.lorntech.totem.identity.control.PasswordHasher;
import eu.lorntech.totem.identity.control.PasswordPolicy;
import eu.lorntech.totem.identity.control.SecretTokens;
import eu.lorntech.totem.identity.entity.ApiToken;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.PasswordResetToken;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.identity.entity.Site;
import eu.lorntech.totem.identity.entity.User;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.config.BaseUrl;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.mail.MailOutbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A person's own account: signing up, resetting a forgotten password, keeping their profile. */
@Stateless
public class Accounts {

    static final Duration RESET_VALIDITY = Duration.ofMinutes(30);

    public record SignUp(
            @NotBlank(message = "{signup.emailRequired}") @Email(message = "{signup.emailInvalid}") @Size(max = 254) String email,
            @NotBlank(message = "{signup.nameRequired}") @Size(max = 120, message = "{signup.nameTooLong}") String displayName,
            @NotNull String password,
            @NotNull Language language,
            @NotNull(message = "{signup.siteRequired}") Long siteId,
            boolean consent) {
    }

    public record Profile(Long id, String email, String displayName, Language language, boolean consent,
            String homeSiteName, java.util.Set<Role> roles) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    MailOutbox mail;

    @Inject
    Event<CallerChanged> changed;

    @Inject
    CurrentUser currentUser;

    /**
     * Creates a member account. For an address already in use nothing is created and the owner of
     * that address is told by mail, so the page answers the same either way (no enumeration); the
     * password is hashed on both paths, so the delay does not tell either.
     */
    @PermitAll
    public void signUp(@Valid SignUp request) {
        String baseUrl = BaseUrl.get();
        String email = User.normaliseEmail(request.email());
        PasswordPolicy.check(request.password(), email).ifPresent(key -> {
            throw Refusal.invalid(key);
        });
        Site site = Optional.ofNullable(em.find(Site.class, request.siteId()))
                .orElseThrow(() -> Refusal.invalid("signup.siteRequired"));
        Optional<User> existing = em.createNamedQuery(User.BY_EMAIL, User.class).setParameter("email", email)
                .getResultStream().findFirst();
        String hash = hasher.hash(request.password().toCharArray());
        if (existing.isPresent()) {
            User owner = existing.get();
            mail.queue(owner.getEmail(), Texts.get(owner.getPreferredLanguage().locale(), "mail.signupExisting.subject"),
                    Texts.get(owner.getPreferredLanguage().locale(), "mail.signupExisting.body", owner.getDisplayName(),
                            baseUrl + "/forgot-password.xhtml"));
            return;
        }
        User user = new User(email, request.displayName(), request.language(), site, Instant.now());
        user.changePassword(hash);
        user.updateProfile(request.displayName(), request.language(), request.consent());
        user.grant(Role.MEMBER, site);
        em.persist(user);
        mail.queue(email, Texts.get(request.language().locale(), "mail.welcome.subject"),
                Texts.get(request.language().locale(), "mail.welcome.body", user.getDisplayName(), baseUrl + "/login.xhtml"));
    }

    /** Mails a single-use link valid 30 minutes; says nothing about whether the address is known. */
    @PermitAll
    public void requestPasswordReset(String email) {
        String baseUrl = BaseUrl.get();
        Optional<User> user = em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("email", User.normaliseEmail(email))
                .getResultStream().findFirst().filter(User::isActive);
        if (user.isEmpty()) {
            return;
        }
        User u = user.get();
        String secret = SecretTokens.newSecret("");
        em.persist(new PasswordResetToken(u, SecretTokens.digest(secret), Instant.now(), RESET_VALIDITY));
        mail.queue(u.getEmail(), Texts.get(u.getPreferredLanguage().locale(), "mail.reset.subject"),
                Texts.get(u.getPreferredLanguage().locale(), "mail.reset.body", u.getDisplayName(),
                        baseUrl + "/reset-password.xhtml?token=" + secret, RESET_VALIDITY.toMinutes()));
    }

    @PermitAll
    public boolean isResetTokenUsable(String secret) {
        return findToken(secret).filter(t -> t.isUsable(Instant.now())).isPresent();
    }

    @PermitAll
    public void resetPassword(String secret, String newPassword) {
        PasswordResetToken token = findToken(secret).filter(t -> t.isUsable(Instant.now()))
                .orElseThrow(() -> Refusal.invalid("reset.tokenInvalid"));
        User user = token.getUser();
        PasswordPolicy.check(newPassword, user.getEmail()).ifPresent(key -> {
            throw Refusal.invalid(key);
        });
        Instant now = Instant.now();
        token.redeem(now);
        user.replacePassword(hasher.hash(newPassword.toCharArray()), now);
        revokeApiTokens(user, now);
    }

    private Optional<PasswordResetToken> findToken(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordResetToken.BY_HASH, PasswordResetToken.class)
                .setParameter("hash", SecretTokens.digest(secret)).getResultStream().findFirst();
    }

    @PermitAll
    public Profile myProfile() {
        User u = currentUser.require();
        return new Profile(u.getId(), u.getEmail(), u.getDisplayName(), u.getPreferredLanguage(),
                u.isConsentCommunications(), u.getHomeSite() == null ? null : u.getHomeSite().getName(), u.roleSet());
    }

    @PermitAll
    public void updateProfile(@NotBlank(message = "{signup.nameRequired}") @Size(max = 120, message = "{signup.nameTooLong}") String displayName,
            @NotNull Language language, boolean consent) {
        User me = currentUser.require();
        me.updateProfile(displayName, language, consent);
        changed.fire(new CallerChanged(me.getId()));
    }

    @PermitAll
    public Optional<Long> homeSiteId() {
        return currentUser.find().map(User::getHomeSite).map(Site::getId);
    }

    @PermitAll
    public void changeLanguage(Language language) {
        currentUser.find().ifPresent(u -> {
            u.changeLanguage(language);
            changed.fire(new CallerChanged(u.getId()));
        });
    }

    /**
     * Replaces the signed-in person's password, ends their other sessions (they fail the check of
     * {@code credentialsChangedAt} at their next request, on any server) and revokes their API
     * tokens (OWASP ASVS 3.3.3). Returns the new {@code credentialsChangedAt}, which the caller's
     * own session takes, so that it goes on.
     */
    @PermitAll
    public Instant changePassword(String currentPassword, String newPassword) {
        User u = currentUser.require();
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), u.getPasswordHash())) {
            throw Refusal.invalid("password.currentWrong");
        }
        PasswordPolicy.check(newPassword, u.getEmail()).ifPresent(key -> {
            throw Refusal.invalid(key);
        });
        Instant now = Instant.now();
        Instant changedAt = u.replacePassword(hasher.hash(newPassword.toCharArray()), now);
        revokeApiTokens(u, now);
        return changedAt;
    }

    private void revokeApiTokens(User user, Instant now) {
        em.createNamedQuery(ApiToken.REVOKE_ALL_OF_USER).setParameter("now", now).setParameter("userId", user.getId())
                .executeUpdate();
        changed.fire(new CallerChanged(user.getId()));
    }
}
