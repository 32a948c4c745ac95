package eu.lorntech.totem.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The audit trail names what changed in the reader's words: each audited entity has its word in the three bundles. */
class AuditWordsTest {

    @Test
    void everyAuditedEntityHasAWordInEachLanguage() throws IOException {
        TreeSet<String> audited = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path p : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                // @Audited at the start of a line annotates the class (a field's annotation is indented)
                if (Files.readString(p).contains("\n@Audited\n")) {
                    audited.add(p.getFileName().toString().replace(".java", ""));
                }
            }
        }
        assertTrue(audited.containsAll(List.of("User", "RoleGrant", "Booking")), "audited entities found: " + audited);
        TreeSet<String> missing = new TreeSet<>();
        for (String lang : List.of("fr", "en", "de")) {
            Properties bundle = new Properties();
            try (var in = new InputStreamReader(getClass().getResourceAsStream("/eu/lorntech/totem/messages_" + lang + ".properties"),
                    StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            for (String entity : audited) {
                String word = bundle.getProperty("audit.type." + entity);
                if (word == null || word.isBlank()) {
                    missing.add(lang + " audit.type." + entity);
                }
            }
        }
        assertEquals(new TreeSet<>(), missing);
    }
}
