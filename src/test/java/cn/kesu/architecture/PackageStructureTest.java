package cn.kesu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the application code: no two packages depend on each other, even through others, and the
 * layers point one way (view → business → model; infrastructure serves them). A split that brings a cycle
 * back fails here, on every build, without a server.
 */
class PackageStructureTest {

    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.kesu");
    }

    @Test
    void noPackageCycles() {
        slices().matching("cn.kesu.(**)").should().beFreeOfCycles().check(application);
    }

    @Test
    void theBusinessLayerKnowsNoScreen() {
        noClasses().that().resideInAPackage("cn.kesu.business..")
                .should().dependOnClassesThat().resideInAPackage("cn.kesu.view..").check(application);
    }

    @Test
    void theModelKnowsNeitherTheBusinessLayerNorTheScreens() {
        noClasses().that().resideInAPackage("cn.kesu.model..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.kesu.business..", "cn.kesu.view..")
                .check(application);
    }

    @Test
    void theBusinessLayerDoesNotReachUpToTheDemo() {
        noClasses().that().resideInAnyPackage("cn.kesu.business..", "cn.kesu.model..")
                .should().dependOnClassesThat().resideInAPackage("cn.kesu.infrastructure.demo..").check(application);
    }
}
