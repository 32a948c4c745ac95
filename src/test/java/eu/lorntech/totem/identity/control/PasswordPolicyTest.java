package eu.lorntech.totem.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void rulesOfAcceptablePasswords() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.check("123456789", "a@b.c"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.check(null, "a@b.c"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.check("          ", "a@b.c"));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.check("x".repeat(129), "a@b.c"));
        assertEquals(Optional.of("password.isEmail"), PasswordPolicy.check("Long@Example.org", "long@example.org"));
        assertTrue(PasswordPolicy.check("correct horse battery", "a@b.c").isEmpty());
    }

    @Test
    void easilyGuessedPasswordsAreRefusedWithAReason() {
        assertEquals(Optional.of("password.weak.common"), PasswordPolicy.check("1234567890", "a@b.c"));
        assertEquals(Optional.of("password.weak.common"), PasswordPolicy.check("password12", "a@b.c"));
        assertTrue(PasswordPolicy.check("demo-totem-2026", "a@b.c").orElse("").startsWith("password.weak"),
                "the published demo password");
        assertTrue(PasswordPolicy.check("qwertyuiop", "a@b.c").orElse("").startsWith("password.weak"));
        assertTrue(PasswordPolicy.check("une phrase de passe", "a@b.c").isEmpty(), "a short sentence is fine");
    }

    @Test
    void secretsAreRandomAndOnlyTheirDigestIsKept() {
        String a = SecretTokens.newSecret("tot_");
        String b = SecretTokens.newSecret("tot_");
        assertNotEquals(a, b);
        assertTrue(a.startsWith("tot_") && a.length() == 4 + 43);
        assertEquals(64, SecretTokens.digest(a).length());
        assertEquals(SecretTokens.digest(a), SecretTokens.digest(a));
    }
}
