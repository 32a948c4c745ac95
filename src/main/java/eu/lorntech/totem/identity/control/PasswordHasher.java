package eu.lorntech.totem.identity.control;

import eu.lorntech.totem.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 at an explicit strength: 210,000 iterations by default (OWASP's figure; the
 * Jakarta default of 2,048 is far too weak). Stored hashes carry their own parameters, so raising
 * the setting later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int DEFAULT_ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String dummyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(Settings.integer("totem.password.iterations", DEFAULT_ITERATIONS)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        dummyHash = pbkdf2.generate("not-a-password".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        if (storedHash == null) {
            pbkdf2.verify(password, dummyHash);
            return false;
        }
        return pbkdf2.verify(password, storedHash);
    }

    /** Spends the same time as a real check, so an unknown e-mail cannot be told by the delay. */
    public void verifyNothing(char[] password) {
        pbkdf2.verify(password, dummyHash);
    }
}
