package eu.lorntech.totem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.Browser;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each demo role switches to German with the language switcher and clicks every entry of the
 * menu: no page shows a French label (a text of the French bundle that German does not share) or
 * an ISO date (2026-12-02) where a German reader expects 02.12.2026.
 */
@TotemIT
@RunAsClient
class GermanWalkBrowserIT {

    static final String PASSWORD = "demo-totem-2026";
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The demo accounts' own languages, given back after the walk (the switcher keeps the choice in the profile). */
    static final Map<String, String> LANGUAGE = Map.of("mentor", "de", "membre", "en");
    static final List<Pattern> FRENCH = telltales();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "espaces", "programmes", "evenements", "mentor", "fondatrice", "membre", "entreprise",
            "candidat", "musee"})
    void everyPageOfTheMenuSpeaksGerman(String account) {
        try (Browser b = Browser.open(base.toString())) {
            b.go("/index.xhtml");
            b.signInByClicks(account + "@totem.example", PASSWORD);
            b.waitForPath("/dashboard.xhtml");
            b.chooseLanguage("de");
            try {
                List<String> problems = new ArrayList<>();
                problems.addAll(frenchOrIso("Dashboard", b.text()));
                b.walkMenu(entry -> {
                    assertEquals("de", b.find("html").getAttribute("lang"), entry);
                    problems.addAll(frenchOrIso(entry, b.text()));
                });
                if ("entreprise".equals(account)) {
                    // the company's pages that no menu entry opens: an offer's form and its applicants, by their links
                    b.clickNav("Mein Unternehmen");
                    b.clickAndWait("#offers a[href*='offer-edit']");
                    b.waitForPath("/talent/offer-edit.xhtml");
                    problems.addAll(frenchOrIso("Mein Unternehmen › Ändern", b.text()));
                    b.clickNav("Mein Unternehmen");
                    b.clickAndWait("#offers a[href*='applicants']");
                    b.waitForPath("/talent/applicants.xhtml");
                    problems.addAll(frenchOrIso("Mein Unternehmen › Bewerbungen", b.text()));
                }
                assertTrue(problems.isEmpty(), account + " in German:\n" + String.join("\n", problems));
            } finally {
                b.chooseLanguage(LANGUAGE.getOrDefault(account, "fr"));
            }
        }
    }

    static Collection<String> frenchOrIso(String page, String text) {
        Set<String> found = new TreeSet<>();
        for (Pattern french : FRENCH) {
            Matcher m = french.matcher(text);
            if (m.find()) {
                found.add(page + ": French \"" + m.group() + "\" in …" + around(text, m.start()) + "…");
            }
        }
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            found.add(page + ": ISO date " + iso.group() + " in …" + around(text, iso.start()) + "…");
        }
        return found;
    }

    static String around(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 40)).replace('\n', ' ');
    }

    /**
     * The French bundle's texts (cut at their placeholders and line breaks) of 4 letters or more
     * that no German text holds: on a German page each one can only be a label left in French.
     * Those that the demo data also holds (a desk called "Poste nomade 1", Paula Programmes) are
     * names, which stay as they were written.
     */
    static List<Pattern> telltales() {
        Properties fr = load("eu/lorntech/totem/messages_fr.properties");
        Properties de = load("eu/lorntech/totem/messages_de.properties");
        String german = String.join("\n", de.stringPropertyNames().stream().map(de::getProperty).toList()) + "\n" + demoData();
        Set<String> pieces = new TreeSet<>();
        for (String key : fr.stringPropertyNames()) {
            for (String piece : fr.getProperty(key).split("\\{[^}]*}|\\n|<[^>]*>")) {
                String p = piece.strip().replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
                if (p.codePoints().filter(Character::isLetter).count() >= 4 && !german.contains(p)) {
                    pieces.add(p);
                }
            }
        }
        return pieces.stream().map(p -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(p) + "(?!\\p{L})")).toList();
    }

    /** The demo data's sources: the names it gives to people, places, programmes and calls. */
    static String demoData() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
            StringBuilder all = new StringBuilder();
            for (java.nio.file.Path f : files.filter(f -> f.getFileName().toString().matches("Demo.*Data\\.java")).toList()) {
                all.append(java.nio.file.Files.readString(f)).append('\n');
            }
            assertTrue(all.length() > 0, "the demo data's sources under src/main/java");
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties load(String name) {
        try (InputStream in = GermanWalkBrowserIT.class.getClassLoader().getResourceAsStream(name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
