package vn.congan.ceremony.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
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

    /** Views, dialogs and other Vaadin components live in a feature's ui package, beside none of its entities. */
    @ArchTest
    static final ArchRule componentsLiveInUiPackages = classes()
            .that().areAssignableTo(Component.class)
            .and().resideInAPackage("vn.congan.ceremony..")
            .should().resideInAPackage("..ui..");

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

    /**
     * Features depend on each other one way only (organisation, conference and award at the
     * bottom; stage, seating, print and ceremony built on them; the demo data and the shell on
     * top): no two feature packages depend on each other, directly or through others.
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("vn.congan.ceremony.(*)..")
            .should().beFreeOfCycles();

    /**
     * A feature reads another feature's data through that feature's service or read model, never
     * its repositories. (It was a frozen rule while the 131 reads recorded in 2026 were removed;
     * none is left, so it is a plain rule now: any such read fails the build.)
     */
    @ArchTest
    static final ArchRule noFeatureReadsAnothersRepositories = classes()
            .that().resideInAPackage("vn.congan.ceremony..")
            .should(new ArchCondition<JavaClass>("read only their own feature's repositories") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (target.getSimpleName().endsWith("Repository")
                                && target.getPackageName().startsWith("vn.congan.ceremony.")
                                && !feature(target).equals(feature(origin))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring("vn.congan.ceremony.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
