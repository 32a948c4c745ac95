package eu.lorntech.totem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
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

    /** Session beans: the classes whose methods the container guards with {@code @RolesAllowed} / {@code @PermitAll}. */
    static final DescribedPredicate<JavaClass> SESSION_BEANS = DescribedPredicate.describe("are session beans",
            c -> c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Stateful.class) || c.isAnnotatedWith(Singleton.class));

    @Test
    void everyBoundaryMethodSaysWhoMayCallIt() {
        // no class-level default: a method added tomorrow is refused by the build until someone decides
        methods().that().areDeclaredInClassesThat().resideInAPackage("..boundary..")
                .and().areDeclaredInClassesThat(SESSION_BEANS)
                .and().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .because("each boundary method says who may call it (@RolesAllowed, or @PermitAll with the ownership check inside)")
                .check(CLASSES);
    }

    @Test
    void everyOtherSessionBeanMethodSaysWhoMayCallItToo() {
        methods().that().areDeclaredInClassesThat(SESSION_BEANS)
                .and().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .check(CLASSES);
        noClasses().that(SESSION_BEANS).should().beAnnotatedWith(PermitAll.class)
                .because("a class-level @PermitAll opens every method added later")
                .check(CLASSES);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("eu.lorntech.totem.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void boundariesKnowNoPageRestOrServletType() {
        noClasses().that().resideInAPackage("..boundary..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "jakarta.ws.rs..",
                        "jakarta.servlet..")
                .because("the web and rest sides read the request and pass values in")
                .check(CLASSES);
    }

    @Test
    void webAndRestKnowNoPersistence() {
        noClasses().that().resideInAnyPackage("..web..", "..rest..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..")
                .because("views and resources call boundaries; entities and queries stay behind them")
                .check(CLASSES);
    }
}
