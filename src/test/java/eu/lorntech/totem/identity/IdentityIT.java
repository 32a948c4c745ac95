package eu.lorntech.totem.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.identity.boundary.Accounts;
import eu.lorntech.totem.identity.boundary.ApiTokens;
import eu.lorntech.totem.identity.boundary.AuditTrail;
import eu.lorntech.totem.identity.boundary.LoginGuard;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The identity module's rules, inside the server, against the real database. */
@TotemIT
class IdentityIT {

    static final String ADMIN = "admin@totem.example";
    static final String PASSWORD = "demo-totem-2026";
    static final Set<String> ADMIN_ROLES = Set.of("ADMIN");
    static final Set<String> MEMBER_ROLES = Set.of("MEMBER");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Accounts accounts;

    @Inject
    UserAdministration admin;

    @Inject
    LoginGuard guard;

    @Inject
    ApiTokens tokens;

    @Inject
    AuditTrail audit;

    @Inject
    Sites sites;

    @PersistenceContext
    EntityManager em;

    /** A client address of its own for each check, so no test meets another's address throttle. */
    static String somewhere() {
        return "192.0.2." + (1 + (int) (Math.random() * 250));
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    Long thionville() {
        return sites.all().stream().filter(s -> s.code().equals("thionville")).findFirst().orElseThrow().id();
    }

    String lastMailBodyTo(String email) {
        @SuppressWarnings("unchecked")
        List<String> bodies = em.createNativeQuery("select body from mail_outbox where recipient = ?1 order by id desc")
                .setParameter(1, email).getResultList();
        assertFalse(bodies.isEmpty(), "a mail was queued for " + email);
        return bodies.get(0);
    }

    @Test
    void migrationsAndDemoDataGiveTwoSitesAndOneAccountPerRole() throws Exception {
        assertEquals(2, sites.all().size());
        Page<UserAdministration.UserRow> all = As.user(ADMIN, ADMIN_ROLES, () -> admin.search(new PageRequest(0, 200, null, true, "@totem.example")));
        for (Role role : Role.values()) {
            assertTrue(all.rows().stream().anyMatch(u -> u.roles().contains(role)), "a demo account holds " + role);
        }
    }

    @Test
    void memberCannotUseUserAdministration() {
        assertThrows(EJBAccessException.class, () -> As.user("membre@totem.example", MEMBER_ROLES,
                () -> admin.search(PageRequest.of(0, 10))));
        assertThrows(EJBAccessException.class, () -> admin.search(PageRequest.of(0, 10)), "anonymous");
    }

    @Test
    void signUpCreatesAMemberWhoCanSignIn() throws Exception {
        String email = uniqueEmail("new");
        accounts.signUp(new Accounts.SignUp(email.toUpperCase(), "Nina Nouvelle", "une phrase de passe", Language.DE, thionville(), true));
        Page<UserAdministration.UserRow> found = As.user(ADMIN, ADMIN_ROLES, () -> admin.search(new PageRequest(0, 10, null, true, email)));
        assertEquals(1, found.total());
        assertEquals(Set.of(Role.MEMBER), found.rows().get(0).roles());
        assertEquals("de", found.rows().get(0).language());
        assertEquals(LoginGuard.Outcome.VALID, guard.check(email, "une phrase de passe".toCharArray(), somewhere()).outcome());
        assertTrue(lastMailBodyTo(email).contains("Nina Nouvelle"), "welcome mail in the outbox");
    }

    @Test
    void signUpWithATakenAddressCreatesNothingAndTellsTheOwnerByMail() throws Exception {
        String email = uniqueEmail("taken");
        accounts.signUp(new Accounts.SignUp(email, "First", "premier mot de passe", Language.FR, thionville(), false));
        accounts.signUp(new Accounts.SignUp(email, "Second", "second mot de passe", Language.FR, thionville(), false));
        assertEquals(LoginGuard.Outcome.INVALID, guard.check(email, "second mot de passe".toCharArray(), somewhere()).outcome());
        assertTrue(lastMailBodyTo(email).contains("/forgot-password.xhtml"));
    }

    @Test
    void badSignUpIsRefusedAndSavesNothing() throws Exception {
        String email = uniqueEmail("short");
        Refusal r = assertThrows(Refusal.class, () -> accounts.signUp(
                new Accounts.SignUp(email, "Short", "court", Language.FR, thionville(), false)));
        assertEquals("password.tooShort", r.getMessageKey());
        assertEquals(0, As.user(ADMIN, ADMIN_ROLES, () -> admin.search(new PageRequest(0, 10, null, true, email))).total());
    }

    @Test
    void resetLinkWorksOnceOnly() throws Exception {
        String email = uniqueEmail("reset");
        accounts.signUp(new Accounts.SignUp(email, "Rita Reset", "ancien mot de passe", Language.FR, thionville(), false));
        accounts.requestPasswordReset(email);
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(lastMailBodyTo(email));
        assertTrue(m.find());
        String token = m.group(1);

        assertTrue(accounts.isResetTokenUsable(token));
        accounts.resetPassword(token, "nouveau mot de passe");
        assertEquals(LoginGuard.Outcome.VALID, guard.check(email, "nouveau mot de passe".toCharArray(), somewhere()).outcome());
        assertEquals(LoginGuard.Outcome.INVALID, guard.check(email, "ancien mot de passe".toCharArray(), somewhere()).outcome());
        Refusal again = assertThrows(Refusal.class, () -> accounts.resetPassword(token, "encore un autre"));
        assertEquals("reset.tokenInvalid", again.getMessageKey());
        assertThrows(Refusal.class, () -> accounts.resetPassword("forged-token", "encore un autre"));
    }

    @Test
    void repeatedFailuresLockTheAddressEvenWithTheRightPassword() throws Exception {
        String email = uniqueEmail("lock");
        accounts.signUp(new Accounts.SignUp(email, "Lou Lock", "le bon mot de passe", Language.FR, thionville(), false));
        for (int i = 1; i < 5; i++) {
            assertEquals(LoginGuard.Outcome.INVALID, guard.check(email, "faux".toCharArray(), somewhere()).outcome(), "failure " + i);
        }
        assertEquals(LoginGuard.Outcome.LOCKED, guard.check(email, "faux".toCharArray(), somewhere()).outcome(), "the 5th failure locks");
        assertEquals(LoginGuard.Outcome.LOCKED, guard.check(email, "le bon mot de passe".toCharArray(), somewhere()).outcome());
        String unknown = uniqueEmail("nobody");
        for (int i = 0; i < 5; i++) {
            guard.check(unknown, "x".toCharArray(), somewhere());
        }
        assertEquals(LoginGuard.Outcome.LOCKED, guard.check(unknown, "x".toCharArray(), somewhere()).outcome(),
                "unknown addresses lock alike, so a lock tells nothing about accounts");
    }

    /** Finding 4: a stranger's wrong passwords lock an account briefly, for longer only as they go on. */
    @Test
    void aStrangerCannotLockSomeoneOutForAQuarterHourWithTenWrongPasswords() throws Exception {
        String email = uniqueEmail("victim");
        for (int i = 0; i < 10; i++) {
            guard.check(email, "faux".toCharArray(), somewhere());
        }
        java.time.Instant lockedUntil = lockedUntil(email);
        assertTrue(lockedUntil != null, "locked after ten failures");
        assertTrue(lockedUntil.isBefore(java.time.Instant.now().plus(java.time.Duration.ofMinutes(2))),
                "locked only for a short while, not a quarter of an hour: until " + lockedUntil);
    }

    /** Finding 4: one address trying many accounts is stopped, even for a right password; other addresses are not. */
    @Test
    void oneAddressTryingManyAccountsIsStoppedOthersAreNot() throws Exception {
        String sprayer = "2001:db8:" + Integer.toHexString((int) (Math.random() * 60000)) + "::1";
        String email = uniqueEmail("sprayed");
        accounts.signUp(new Accounts.SignUp(email, "Sam Spray", "le bon mot de passe", Language.FR, thionville(), false));
        int locked = 0;
        for (int i = 0; i < 30; i++) {
            String nextAddressInTheSame64 = sprayer.replace("::1", "::" + Integer.toHexString(i + 1));
            if (guard.check(uniqueEmail("sprayed"), "Summer2026!".toCharArray(), nextAddressInTheSame64).outcome() == LoginGuard.Outcome.LOCKED) {
                locked++;
            }
        }
        assertTrue(locked >= 10, "30 accounts from one /64, refused " + locked + " times");
        assertEquals(LoginGuard.Outcome.LOCKED, guard.check(email, "le bon mot de passe".toCharArray(), sprayer).outcome());
        assertEquals(LoginGuard.Outcome.VALID, guard.check(email, "le bon mot de passe".toCharArray(), somewhere()).outcome());
    }

    java.time.Instant lockedUntil(String email) {
        eu.lorntech.totem.identity.entity.LoginThrottle t = em.find(eu.lorntech.totem.identity.entity.LoginThrottle.class, email);
        return t == null ? null : t.getLockedUntil();
    }

    @Test
    void apiTokenAuthenticatesItsOwnerUntilRevokedAndOnlyTheOwnerRevokes() throws Exception {
        ApiTokens.NewToken token = As.user("membre@totem.example", MEMBER_ROLES, () -> tokens.create("ci"));
        assertEquals("membre@totem.example", tokens.authenticate(token.secret()).orElseThrow().email());
        Refusal notYours = assertThrows(Refusal.class, () -> As.run("mentor@totem.example", Set.of("MENTOR"),
                () -> tokens.revoke(token.token().id())));
        assertEquals(Refusal.Kind.NOT_FOUND, notYours.getKind());
        assertTrue(tokens.authenticate(token.secret()).isPresent());
        As.run("membre@totem.example", MEMBER_ROLES, () -> tokens.revoke(token.token().id()));
        assertTrue(tokens.authenticate(token.secret()).isEmpty());
        assertTrue(tokens.authenticate("tot_forged").isEmpty());
    }

    @Test
    void adminChangesAreAuditedWithTheirAuthor() throws Exception {
        String email = uniqueEmail("audited");
        UserAdministration.UserRow created = As.user(ADMIN, ADMIN_ROLES, () -> admin.create(
                new UserAdministration.NewUser(email, "Audrey Audit", "mot de passe initial", Language.EN, thionville(), EnumSet.of(Role.MENTOR))));
        As.run(ADMIN, ADMIN_ROLES, () -> admin.deactivate(created.id()));
        assertEquals(LoginGuard.Outcome.INVALID, guard.check(email, "mot de passe initial".toCharArray(), somewhere()).outcome(), "deactivated");

        Page<AuditTrail.RevisionRow> revisions = As.user(ADMIN, ADMIN_ROLES, () -> audit.revisions(new PageRequest(0, 5, null, true, ADMIN)));
        AuditTrail.RevisionRow latest = revisions.rows().get(0);
        assertEquals(ADMIN, latest.username());
        List<AuditTrail.Change> changes = As.user(ADMIN, ADMIN_ROLES, () -> audit.changes(latest.id()));
        assertTrue(changes.stream().anyMatch(c -> c.label().startsWith(email) && c.change().equals("MOD")), changes.toString());
    }

    @Test
    void adminCannotLockThemselvesOut() throws Exception {
        Long adminId = As.user(ADMIN, ADMIN_ROLES, () -> admin.search(new PageRequest(0, 1, null, true, ADMIN))).rows().get(0).id();
        Refusal r = assertThrows(Refusal.class, () -> As.run(ADMIN, ADMIN_ROLES, () -> admin.deactivate(adminId)));
        assertEquals("admin.users.cannotDeactivateSelf", r.getMessageKey());
        Refusal r2 = assertThrows(Refusal.class, () -> As.run(ADMIN, ADMIN_ROLES, () -> admin.changeRoles(adminId, EnumSet.of(Role.MEMBER), null)));
        assertEquals("admin.users.cannotDropOwnAdmin", r2.getMessageKey());
    }
}
