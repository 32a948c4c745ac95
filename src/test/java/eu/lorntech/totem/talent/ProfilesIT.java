package eu.lorntech.totem.talent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.talent.boundary.Profiles;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** A candidate keeps their own profile; their site's managers read it; nobody else; bad input saves nothing. */
@TotemIT
class ProfilesIT {

    static final Set<String> CANDIDATE = Set.of("CANDIDATE");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Profiles profiles;

    @Inject
    Sites sites;

    @Inject
    UserAdministration admin;

    String newCandidate(String site) throws Exception {
        String email = "cand-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Long siteId = sites.all().stream().filter(s -> s.code().equals(site)).findFirst().orElseThrow().id();
        As.user("admin@totem.example", Set.of("ADMIN"), () -> admin.create(new UserAdministration.NewUser(email, "Nouvelle Candidate",
                "another calm orchard 2031", Language.FR, siteId, EnumSet.of(Role.CANDIDATE))));
        return email;
    }

    @Test
    void aCandidateStartsAndDescribesTheirProfileAndBadInputSavesNothing() throws Exception {
        String me = newCandidate("thionville");
        assertTrue(As.user(me, CANDIDATE, () -> profiles.mine()).isEmpty(), "no profile before starting one");
        Profiles.View started = As.user(me, CANDIDATE, () -> profiles.start());
        assertEquals("DETECTED", started.stage());
        assertTrue(!started.consentExpired() && started.consentUntil().isAfter(LocalDate.now()), "consent given when starting");
        List<Profiles.SkillOption> skills = As.user(me, CANDIDATE, () -> profiles.skills(Locale.GERMAN));
        assertTrue(skills.stream().anyMatch(s -> s.label().equals("Webentwicklung")), "labels in the reader's language: " + skills);
        Long web = skills.stream().filter(s -> s.label().equals("Webentwicklung")).findFirst().orElseThrow().id();

        Profiles.View saved = As.user(me, CANDIDATE, () -> profiles.describeMine(Map.of(web, 3), Map.of("de", "B2", "fr", "NATIVE"),
                Set.of("FR", "LU"), LocalDate.of(2027, 3, 1)));
        assertEquals(Map.of(web, 3), saved.skills());
        assertEquals(Set.of("FR", "LU"), saved.countries());

        Refusal level = assertThrows(Refusal.class, () -> As.user(me, CANDIDATE,
                () -> profiles.describeMine(Map.of(web, 9), Map.of("de", "B2"), Set.of("FR"), null)));
        assertEquals("talent.profile.skillLevel.range", level.getMessageKey());
        Refusal unknown = assertThrows(Refusal.class, () -> As.user(me, CANDIDATE,
                () -> profiles.describeMine(Map.of(987654321L, 2), Map.of(), Set.of(), null)));
        assertEquals("talent.profile.skill.unknown", unknown.getMessageKey());
        Profiles.View after = As.user(me, CANDIDATE, () -> profiles.mine()).orElseThrow();
        assertEquals(Map.of(web, 3), after.skills(), "nothing saved by the refused changes");
        assertEquals(Map.of("de", "B2", "fr", "NATIVE"), after.languages());
        assertEquals(LocalDate.of(2027, 3, 1), after.availableFrom());
        assertEquals(started.candidateId(), As.user(me, CANDIDATE, () -> profiles.start()).candidateId(), "starting twice keeps one profile");

        // the site's manager reads it; another candidate sees only their own (none yet)
        assertEquals(Map.of(web, 3), As.user("programmes@totem.example", Set.of("PROGRAMME_MANAGER"),
                () -> profiles.of(started.candidateId())).skills());
        String other = newCandidate("thionville");
        assertTrue(As.user(other, CANDIDATE, () -> profiles.mine()).isEmpty(), "another candidate sees no one else's profile");
    }

    @Test
    void theSkillListIsManagedAndACodeIsUsedOnce() throws Exception {
        Set<String> pm = Set.of("PROGRAMME_MANAGER");
        String code = "skill-" + UUID.randomUUID().toString().substring(0, 8);
        Long id = As.user("programmes@totem.example", pm, () -> profiles.addSkill(code, "Soudure TIG", "TIG welding", "WIG-Schweißen"));
        Refusal taken = assertThrows(Refusal.class, () -> As.user("programmes@totem.example", pm,
                () -> profiles.addSkill(code.toUpperCase(Locale.ROOT), "Autre", "Other", "Andere")));
        assertEquals("talent.skill.code.taken", taken.getMessageKey());
        Refusal invalid = assertThrows(Refusal.class, () -> As.user("programmes@totem.example", pm,
                () -> profiles.addSkill("no spaces", "a", "b", "c")));
        assertEquals("talent.skill.code.invalid", invalid.getMessageKey());
        Refusal noLabel = assertThrows(Refusal.class, () -> As.user("programmes@totem.example", pm,
                () -> profiles.addSkill(code + "-2", "a", " ", "c")));
        assertEquals("talent.skill.label.required", noLabel.getMessageKey());
        String me = newCandidate("thionville");
        assertTrue(As.user(me, CANDIDATE, () -> profiles.skills(Locale.GERMAN)).stream().anyMatch(s -> s.id().equals(id)));
        As.run("programmes@totem.example", pm, () -> profiles.offerSkill(id, false));
        assertTrue(As.user(me, CANDIDATE, () -> profiles.skills(Locale.GERMAN)).stream().noneMatch(s -> s.id().equals(id)),
                "taken off the list for new choices");
        Refusal notForCandidates = assertThrows(Refusal.class, () -> As.user(me, CANDIDATE, () -> {
            profiles.start();
            return profiles.describeMine(Map.of(id, 2), Map.of(), Set.of(), null);
        }));
        assertEquals("talent.profile.skill.unknown", notForCandidates.getMessageKey());
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> As.user(me, CANDIDATE, () -> profiles.addSkill("x-" + code, "a", "b", "c")),
                "a candidate does not manage the list");
    }

    @Test
    void anotherSitesManagerFindsNoProfileOfThisSite() throws Exception {
        String me = newCandidate("thionville");
        Long id = As.user(me, CANDIDATE, () -> profiles.start()).candidateId();
        String pm = "pm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Long menil = sites.all().stream().filter(s -> s.code().equals("menil-flin")).findFirst().orElseThrow().id();
        As.user("admin@totem.example", Set.of("ADMIN"), () -> admin.create(new UserAdministration.NewUser(pm, "Other Manager",
                "another calm orchard 2031", Language.FR, menil, EnumSet.of(Role.PROGRAMME_MANAGER))));
        Refusal r = assertThrows(Refusal.class, () -> As.user(pm, Set.of("PROGRAMME_MANAGER"), () -> profiles.of(id)));
        assertEquals("talent.candidate.notFound", r.getMessageKey());
    }
}
