package eu.lorntech.totem.talent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The survey's manager pages by their addresses: another site's programme manager is told the campaign does not exist (404). */
@TotemIT
@RunAsClient
class SurveyPagesIT {

    static final String PASSWORD = "demo-totem-2026";
    static final Pattern DEMO_CAMPAIGN = Pattern.compile("campaign\\.xhtml\\?id=(\\d+)\"[^>]*data-campaign=\"Besoins num");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anotherSitesManagerGetsNotFoundForTheCampaignAndItsResults() throws Exception {
        WebClient admin = new WebClient(base.toString());
        admin.signIn("admin@totem.example", PASSWORD);
        HttpResponse<String> list = admin.get("/talent/campaigns.xhtml", "Accept-Language", "fr");
        Matcher m = DEMO_CAMPAIGN.matcher(list.body());
        assertTrue(m.find(), "the admin lists Ménil-Flin's demo campaign");
        String id = m.group(1);
        assertEquals(200, admin.get("/talent/campaign.xhtml?id=" + id).statusCode());
        assertEquals(200, admin.get("/talent/survey-results.xhtml?id=" + id).statusCode());

        // Paula manages Thi'Pi's pathways, not Ménil-Flin's
        WebClient paula = new WebClient(base.toString());
        paula.signIn("programmes@totem.example", PASSWORD);
        HttpResponse<String> campaigns = paula.get("/talent/campaigns.xhtml", "Accept-Language", "fr");
        assertEquals(200, campaigns.statusCode());
        assertTrue(!campaigns.body().contains("data-campaign=\"Besoins num"), "not in her list");
        assertEquals(404, paula.get("/talent/campaign.xhtml?id=" + id).statusCode(), "as an unknown id");
        assertEquals(404, paula.get("/talent/survey-results.xhtml?id=" + id).statusCode());
        assertEquals(404, paula.get("/talent/campaign.xhtml?id=999999999").statusCode());

        // a member is no manager at all
        WebClient member = new WebClient(base.toString());
        member.signIn("membre@totem.example", PASSWORD);
        assertEquals(403, member.get("/talent/survey-results.xhtml?id=" + id).statusCode());
    }
}
