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

    /** Services and Spring components outside the UI packages know no Vaadin type at all. */
    @ArchTest
    static final ArchRule servicesAndComponentsKnowNoVaadin = noClasses()
            .that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Repository.class)
            .or().areAnnotatedWith(org.springframework.stereotype.Component.class)
            .and().resideOutsideOfPackages("..ui..", "vn.congan.ceremony.security..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..");

    /** Domain rules and the JPA infrastructure in common stay free of Spring MVC and Vaadin. */
    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses()
            .that().resideInAPackage("vn.congan.ceremony.common..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.congan.ceremony.award..",
                    "vn.congan.ceremony.conference..", "vn.congan.ceremony.stage..", "vn.congan.ceremony.seating..",
                    "vn.congan.ceremony.print..", "vn.congan.ceremony.ceremony..", "vn.congan.ceremony.organisation..",
                    "vn.congan.ceremony.security..", "vn.congan.ceremony.dashboard..", "vn.congan.ceremony.demo..");
}
