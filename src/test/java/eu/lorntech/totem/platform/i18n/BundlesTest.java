package eu.lorntech.totem.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** French, English and German say the same things: every key in all three bundles, with the same placeholders. */
class BundlesTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @ParameterizedTest
    @ValueSource(strings = {"eu/lorntech/totem/messages", "ValidationMessages"})
    void theThreeLanguagesHoldTheSameKeysAndPlaceholders(String bundle) throws IOException {
        Properties fr = load(bundle + "_fr.properties", bundle + ".properties");
        Properties en = load(bundle + "_en.properties", null);
        Properties de = load(bundle + "_de.properties", null);
        assertTrue(fr.size() > 0, bundle + ": the French bundle is empty");
        assertEquals(Set.of(), difference(fr, en), bundle + ": in French, missing in English");
        assertEquals(Set.of(), difference(en, fr), bundle + ": in English, missing in French");
        assertEquals(Set.of(), difference(fr, de), bundle + ": in French, missing in German");
        assertEquals(Set.of(), difference(de, fr), bundle + ": in German, missing in French");
        for (String key : fr.stringPropertyNames()) {
            Set<String> expected = placeholders(fr.getProperty(key));
            assertEquals(expected, placeholders(en.getProperty(key)), bundle + " " + key + ": placeholders in English");
            assertEquals(expected, placeholders(de.getProperty(key)), bundle + " " + key + ": placeholders in German");
        }
    }

    static Set<String> difference(Properties a, Properties b) {
        Set<String> keys = new TreeSet<>(a.stringPropertyNames());
        keys.removeAll(b.stringPropertyNames());
        return keys;
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static Properties load(String name, String fallback) throws IOException {
        InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null && fallback != null) {
            in = BundlesTest.class.getClassLoader().getResourceAsStream(fallback);
        }
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        Properties p = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
