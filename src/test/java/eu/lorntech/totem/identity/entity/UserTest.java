package eu.lorntech.totem.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    final Site site = new Site("thionville", "Thi'Pi", "Thionville");

    @Test
    void eachReplacedPasswordGetsANewCredentialsStampThatReadsBackTheSameFromAnyDatabase() {
        User u = new User("a@b.c", "A", Language.FR, site, Instant.EPOCH);
        Instant t = Instant.parse("2026-12-07T10:00:00.123456Z");
        Instant first = u.replacePassword("h1", t);
        assertEquals(Instant.parse("2026-12-07T10:00:00Z"), first, "whole seconds");
        Instant second = u.replacePassword("h2", t.plusMillis(300));
        assertTrue(second.isAfter(first), "a second change in the same second still differs");
    }

    @Test
    void emailIsNormalised() {
        assertEquals("ana@example.org", new User("  Ana@Example.ORG ", "Ana", Language.FR, site, Instant.now()).getEmail());
    }

    @Test
    void grantingTheSameRoleTwiceKeepsOneGrant() {
        User u = new User("a@example.org", "A", Language.FR, site, Instant.now());
        u.grant(Role.MEMBER, site);
        u.grant(Role.MEMBER, site);
        assertEquals(1, u.getRoles().size());
    }

    @Test
    void managerRolesAreScopedToTheirSiteOthersAreNot() {
        User u = new User("a@example.org", "A", Language.FR, site, Instant.now());
        u.grant(Role.SPACE_MANAGER, site);
        u.grant(Role.MENTOR, site);
        RoleGrant manager = u.getRoles().stream().filter(g -> g.getRole() == Role.SPACE_MANAGER).findFirst().orElseThrow();
        RoleGrant mentor = u.getRoles().stream().filter(g -> g.getRole() == Role.MENTOR).findFirst().orElseThrow();
        assertEquals(site, manager.getSite());
        assertEquals(null, mentor.getSite());
    }

    @Test
    void replacingRolesDropsTheOthers() {
        User u = new User("a@example.org", "A", Language.FR, site, Instant.now());
        u.grant(Role.MEMBER, site);
        u.grant(Role.FOUNDER, site);
        u.replaceRoles(List.of(Role.MENTOR, Role.MEMBER), site);
        assertEquals(EnumSet.of(Role.MENTOR, Role.MEMBER), u.roleSet());
        assertEquals(Set.of("MENTOR", "MEMBER"), u.roleNames());
    }

    @Test
    void deactivationAndReactivation() {
        User u = new User("a@example.org", "A", Language.FR, site, Instant.now());
        u.deactivate();
        assertFalse(u.isActive());
        u.reactivate();
        assertTrue(u.isActive());
    }

    @Test
    void languageCodes() {
        assertEquals(Language.DE, Language.fromCode(" DE ").orElseThrow());
        assertTrue(Language.fromCode("it").isEmpty());
        assertEquals(Language.FR, Language.of(java.util.Locale.ITALIAN));
    }
}
