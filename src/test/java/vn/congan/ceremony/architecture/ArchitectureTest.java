package vn.congan.ceremony.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/** Domain rules stay plain Java; views stay out of services and entities. */
@AnalyzeClasses(packages = "vn.congan.ceremony", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule textRulesArePlainJava = noClasses()
            .that().resideInAPackage("vn.congan.ceremony.common.text..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule entitiesKnowNoUi = noClasses()
            .that().areAnnotatedWith(Entity.class)
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..");

    @ArchTest
    static final ArchRule servicesKnowNoUiComponents = noClasses()
            .that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Repository.class)
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component..");
}
