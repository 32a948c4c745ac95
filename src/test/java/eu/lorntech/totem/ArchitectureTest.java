package eu.lorntech.totem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boundaries of docs/architecture.md, checked on every build. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.lorntech.totem");

    static final List<String> MODULES = List.of("identity", "coworking", "event", "programme", "talent");

    @Test
    void onlyWebClassesKnowFacesAndPrimeFaces() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .because("views are thin and the domain knows nothing of pages");
        rule.check(CLASSES);
    }

    @Test
    void entitiesAndControlsDependOnNoBoundaryOrView() {
        noClasses().that().resideInAnyPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..", "..web..", "..rest..")
                .check(CLASSES);
        for (String module : MODULES) {
            // a control serves its own boundary; it may call other modules' boundaries, never its own
            noClasses().that().resideInAPackage("eu.lorntech.totem." + module + ".control..")
                    .should().dependOnClassesThat().resideInAnyPackage("eu.lorntech.totem." + module + ".boundary..",
                            "..web..", "..rest..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void modulesMeetOnlyThroughBoundaries() {
        for (String module : MODULES) {
            for (String other : MODULES) {
                if (module.equals(other)) {
                    continue;
                }
                noClasses().that().resideInAPackage("eu.lorntech.totem." + module + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "eu.lorntech.totem." + other + ".entity..", "eu.lorntech.totem." + other + ".control..",
                                "eu.lorntech.totem." + other + ".web..", "eu.lorntech.totem." + other + ".rest..")
                        .allowEmptyShould(true)
                        .check(CLASSES);
            }
        }
    }

    @Test
    void platformAndTheFormEngineDependOnNoModule() {
        noClasses().that().resideInAnyPackage("eu.lorntech.totem.platform..", "eu.lorntech.totem.form..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULES.stream()
                        .map(m -> "eu.lorntech.totem." + m + "..").toArray(String[]::new))
                .check(CLASSES);
    }
}
