package eu.lorntech.totem.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Column headers name a column: no label's colon, no message's full stop, the token table's own words. */
class ColumnHeadersTest {

    static final Path PAGES = Path.of("src/main/webapp");
    /** headerText="#{msg['k']}", a header facet, or a th, whose text is a bundle key. */
    static final Pattern HEADER = Pattern.compile("headerText=\"#\\{msg\\['([^']+)'\\]}\""
            + "|<f:facet name=\"header\">(?:<[^>]*>)*#\\{msg\\['([^']+)'\\]}"
            + "|<th[^>]*>(?:<[^>]*>)*#\\{msg\\['([^']+)'\\]}");

    static List<String> headerKeys(Path page) throws IOException {
        List<String> keys = new ArrayList<>();
        Matcher m = HEADER.matcher(Files.readString(page));
        while (m.find()) {
            keys.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return keys;
    }

    @Test
    void noColumnHeaderEndsWithAColonOrAFullStop() throws IOException {
        TreeSet<String> wrong = new TreeSet<>();
        int headers = 0;
        try (Stream<Path> pages = Files.walk(PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                for (String key : headerKeys(page)) {
                    headers++;
                    for (String lang : List.of("fr", "en", "de")) {
                        String text = bundle(lang).getProperty(key);
                        if (text == null || text.strip().endsWith(":") || text.strip().endsWith(".")) {
                            wrong.add(PAGES.relativize(page) + " " + key + " (" + lang + "): " + text);
                        }
                    }
                }
            }
        }
        assertTrue(headers > 50, "the pages' headers were found: " + headers);
        assertEquals(new TreeSet<>(), wrong);
    }

    @Test
    void theTokenTableHeadersNameItsColumns() throws IOException {
        List<String> keys = headerKeys(PAGES.resolve("identity/profile.xhtml"));
        assertEquals(List.of("Nom", "Préfixe", "Créé le", "État"), texts("fr", keys));
        assertEquals(List.of("Name", "Prefix", "Created", "Status"), texts("en", keys));
        assertEquals(List.of("Name", "Präfix", "Erstellt am", "Status"), texts("de", keys));
    }

    static List<String> texts(String lang, List<String> keys) throws IOException {
        Properties p = bundle(lang);
        return keys.stream().map(p::getProperty).filter(t -> t != null && !t.isBlank()).limit(4).toList();
    }

    static Properties bundle(String lang) throws IOException {
        return BundlesTest.load("eu/lorntech/totem/messages_" + lang + ".properties", null);
    }
}
