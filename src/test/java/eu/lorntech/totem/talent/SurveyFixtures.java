package eu.lorntech.totem.talent;

import eu.lorntech.totem.As;
import eu.lorntech.totem.form.control.FormAnswers.QuestionDraft;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.talent.boundary.Surveys;
import eu.lorntech.totem.talent.entity.Invitation;
import eu.lorntech.totem.talent.entity.SizeBand;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Campaigns and invitations of the survey's tests, made through the boundary as the admin, each with names of its own. */
public final class SurveyFixtures {

    public static final String ADMIN = "admin@totem.example";
    public static final Set<String> ADMIN_ROLES = Set.of("ADMIN");
    public static final List<QuestionDraft> QUESTIONS = List.of(
            new QuestionDraft("SINGLE_CHOICE", "Secteur", "Industrie\nCommerce", true),
            new QuestionDraft("MULTIPLE_CHOICE", "Besoins", "Cybersécurité\nSite web\nFormation", true),
            new QuestionDraft("SCALE", "Maturité numérique", null, true),
            new QuestionDraft("NUMBER", "Salariés à former", null, false));

    private SurveyFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    public static Long site(Sites sites, String code) {
        return sites.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** A campaign at Ménil-Flin open from yesterday for {@code daysLeft} days, with the four questions above. */
    public static Long campaign(Surveys surveys, Sites sites, int daysLeft, int reminderDays) throws Exception {
        Long menil = site(sites, "menil-flin");
        return As.user(ADMIN, ADMIN_ROLES, () -> {
            Long id = surveys.create(menil, "Enquête " + UUID.randomUUID().toString().substring(0, 8), today().minusDays(1),
                    today().plusDays(daysLeft), reminderDays);
            surveys.setQuestions(id, QUESTIONS);
            return id;
        });
    }

    public static Long invite(Surveys surveys, Long campaignId, String company, String commune) throws Exception {
        String email = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return As.user(ADMIN, ADMIN_ROLES, () -> surveys.invite(campaignId,
                new Invitation.Company(company, email, "Industrie", SizeBand.SMALL, commune, null)));
    }
}
