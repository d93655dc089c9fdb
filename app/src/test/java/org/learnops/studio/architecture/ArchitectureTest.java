package org.learnops.studio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.learnops.studio.app.AppContext;
import org.learnops.studio.app.Launcher;
import org.learnops.studio.app.LearnOpsApp;
import org.learnops.studio.archfixture.console.ConsoleFixtures;
import org.learnops.studio.archfixture.cycle.chicken.Chicken;
import org.learnops.studio.archfixture.cycle.egg.Egg;
import org.learnops.studio.archfixture.domain.ModelFixtures;
import org.learnops.studio.archfixture.export.SpreadsheetOutsidePoi;
import org.learnops.studio.archfixture.export.poi.PoiWorkbookExporter;
import org.learnops.studio.archfixture.persistence.JdbcOutsideFixtures;
import org.learnops.studio.archfixture.ui.ViewFixtures;
import org.learnops.studio.archfixture.ui.ViewModelFixtures;
import org.learnops.studio.domain.scope.ScopeRules;
import org.learnops.studio.error.StudioException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layering of STYLE.md, checked on the production classes of both modules. Every rule is also
 * run against deliberately broken fixtures ({@code org.learnops.studio.archfixture}, test sources
 * only) and must flag exactly the fixtures meant to break it, so no rule can pass vacuously.
 */
class ArchitectureTest {

    private static final String STUDIO = "org.learnops.studio..";
    private static final String APP = "org.learnops.studio.app..";
    private static final String CLI = "org.learnops.studio.cli..";

    static final ArchRule MODEL_DOES_NOT_USE_JAVAFX = noClasses()
            .that().resideInAPackage(STUDIO).and().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the model is plain Java: domain, services, persistence and exports must run "
                    + "in tests and tools without a JavaFX runtime");

    static final ArchRule MODEL_DOES_NOT_USE_APP = noClasses()
            .that().resideInAPackage(STUDIO).and().resideOutsideOfPackages(APP, CLI)
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("the app module builds on the model, never the other way round (the command line lives in "
                    + "the app module and reads the app's texts; it still may not touch JavaFX)");

    static final ArchRule VIEWS_ONLY_TALK_TO_THEIR_VIEW_MODEL = noClasses()
            .that(areDeclaredInClassNamedEndingWith("View"))
            .should().dependOnClassesThat()
            .resideInAnyPackage("..persistence..", "..service..", "..export..", "java.sql..", "org.h2..")
            .because("a View binds controls to its ViewModel and forwards events; services, storage and "
                    + "exports are the ViewModel's business");

    static final ArchRule VIEW_MODELS_DO_NOT_USE_THE_SCENE_GRAPH = noClasses()
            .that(areDeclaredInClassNamedEndingWith("ViewModel"))
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .because("a ViewModel is tested without a window: it may use javafx.beans and "
                    + "javafx.collections, never controls, stages or FXML");

    static final ArchRule ONLY_PERSISTENCE_JDBC_USES_THE_DATABASE = noClasses()
            .that().resideInAPackage(STUDIO).and().resideOutsideOfPackage("org.learnops.studio.persistence.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
            .because("H2, JDBC and Flyway are details of persistence.jdbc; everything else sees repository interfaces");

    static final ArchRule ONLY_EXPORT_POI_USES_POI = noClasses()
            .that().resideInAPackage(STUDIO).and().resideOutsideOfPackages("..export.poi..", "..exchange.xlsx..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("Apache POI is a detail of export.poi (writing) and exchange.xlsx (the safe workbook reader); "
                    + "everything else sees exporter interfaces and Table");

    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("org.learnops.studio.(**)")
            .should().beFreeOfCycles()
            .because("packages that depend on each other cannot be understood, tested or moved one at a time");

    static final ArchRule NO_STANDARD_OUT = noClasses()
            .that().resideInAPackage(STUDIO)
            .should().accessField(System.class, "out")
            .because("log with SLF4J, which the log file and tests can see");

    static final ArchRule STANDARD_ERROR_ONLY_FOR_START_UP_FAILURES = noClasses()
            .that().resideInAPackage(STUDIO)
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .and().doNotHaveFullyQualifiedName(AppContext.class.getName())
            .should().accessField(System.class, "err")
            .because("only the launcher and the composition root report start-up failures to the terminal; "
                    + "everything else logs with SLF4J");

    static final ArchRule STUDIO_EXCEPTIONS_LIVE_IN_ERROR = classes()
            .that().areAssignableTo(StudioException.class)
            .should().resideInAPackage("..error..")
            .because("exceptions that carry a message key for the UI are one family, kept together in error");

    private static JavaClasses production;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.learnops.studio");
        fixtures = new ClassFileImporter()
                .importPackages("org.learnops.studio.archfixture", "org.apache.poi.fixture");
    }

    /**
     * True for classes whose simple name, or the simple name of a class they are nested in, ends
     * with {@code suffix}: a cell factory nested in a View is as much the View as the View itself.
     */
    private static DescribedPredicate<JavaClass> areDeclaredInClassNamedEndingWith(String suffix) {
        return DescribedPredicate.describe("are declared in a class named *" + suffix, javaClass -> {
            for (Optional<JavaClass> c = Optional.of(javaClass); c.isPresent(); c = c.get().getEnclosingClass()) {
                if (c.get().getSimpleName().endsWith(suffix)) {
                    return true;
                }
            }
            return false;
        });
    }

    @Test
    void productionImportHoldsBothModulesAndNoFixtures() {
        assertTrue(production.contain(ScopeRules.class), "model classes were not imported");
        assertTrue(production.contain(LearnOpsApp.class), "app classes were not imported");
        assertFalse(production.containPackage("org.learnops.studio.archfixture"),
                "test fixtures leaked into the production import");
        assertTrue(fixtures.contain(ModelFixtures.BadModelClass.class), "fixtures were not imported");
    }

    @Test
    void modelDoesNotUseJavaFx() {
        MODEL_DOES_NOT_USE_JAVAFX.check(production);
    }

    @Test
    void modelDoesNotUseApp() {
        MODEL_DOES_NOT_USE_APP.check(production);
    }

    @Test
    void viewsOnlyTalkToTheirViewModel() {
        VIEWS_ONLY_TALK_TO_THEIR_VIEW_MODEL.check(production);
    }

    @Test
    void viewModelsDoNotUseTheSceneGraph() {
        VIEW_MODELS_DO_NOT_USE_THE_SCENE_GRAPH.check(production);
    }

    @Test
    void onlyPersistenceJdbcUsesTheDatabase() {
        ONLY_PERSISTENCE_JDBC_USES_THE_DATABASE.check(production);
    }

    @Test
    void onlyExportPoiUsesPoi() {
        ONLY_EXPORT_POI_USES_POI.check(production);
    }

    @Test
    void noPackageCycles() {
        NO_PACKAGE_CYCLES.check(production);
    }

    @Test
    void noStandardOut() {
        NO_STANDARD_OUT.check(production);
    }

    @Test
    void standardErrorOnlyForStartUpFailures() {
        STANDARD_ERROR_ONLY_FOR_START_UP_FAILURES.check(production);
    }

    @Test
    void studioExceptionsLiveInError() {
        STUDIO_EXCEPTIONS_LIVE_IN_ERROR.check(production);
    }

    static Stream<Arguments> rulesAndTheirFixtures() {
        return Stream.of(
                breach("model ↛ javafx", MODEL_DOES_NOT_USE_JAVAFX,
                        List.of(ModelFixtures.BadModelClass.class), List.of()),
                breach("model ↛ app", MODEL_DOES_NOT_USE_APP,
                        List.of(ModelFixtures.ModelUsingApp.class), List.of()),
                breach("*View ↛ persistence/service/export/sql/h2", VIEWS_ONLY_TALK_TO_THEIR_VIEW_MODEL,
                        List.of(ViewFixtures.PersistenceView.class, ViewFixtures.ServiceView.class,
                                ViewFixtures.ExportView.class, ViewFixtures.SqlView.class, ViewFixtures.H2View.class,
                                ViewFixtures.NestedLeakView.Rows.class),
                        List.of(ViewModelFixtures.GoodViewModel.class)),
                breach("*ViewModel ↛ scene/stage/fxml", VIEW_MODELS_DO_NOT_USE_THE_SCENE_GRAPH,
                        List.of(ViewModelFixtures.SceneViewModel.class, ViewModelFixtures.StageViewModel.class,
                                ViewModelFixtures.FxmlViewModel.class),
                        List.of(ViewModelFixtures.GoodViewModel.class)),
                breach("only persistence.jdbc uses java.sql/h2/flyway", ONLY_PERSISTENCE_JDBC_USES_THE_DATABASE,
                        List.of(JdbcOutsideFixtures.SqlOutsideJdbc.class, JdbcOutsideFixtures.H2OutsideJdbc.class,
                                JdbcOutsideFixtures.FlywayOutsideJdbc.class),
                        List.of()),
                breach("only export.poi and exchange.xlsx use POI", ONLY_EXPORT_POI_USES_POI,
                        List.of(SpreadsheetOutsidePoi.class), List.of(PoiWorkbookExporter.class)),
                breach("no package cycles", NO_PACKAGE_CYCLES,
                        List.of(Chicken.class, Egg.class), List.of()),
                breach("no System.out", NO_STANDARD_OUT,
                        List.of(ConsoleFixtures.PrintsToStandardOut.class), List.of()),
                breach("System.err only in Launcher and AppContext", STANDARD_ERROR_ONLY_FOR_START_UP_FAILURES,
                        List.of(ConsoleFixtures.PrintsToStandardError.class, ConsoleFixtures.Launcher.class),
                        List.of()),
                breach("StudioExceptions live in ..error..", STUDIO_EXCEPTIONS_LIVE_IN_ERROR,
                        List.of(ModelFixtures.StrayStudioException.class), List.of()));
    }

    private static Arguments breach(String name, ArchRule rule, List<Class<?>> mustFlag, List<Class<?>> mustNotFlag) {
        return Arguments.of(Named.of(name, rule), mustFlag, mustNotFlag);
    }

    /** Each rule fails on the fixtures written to break it, and names them (not some accidental other class). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheirFixtures")
    void ruleFailsWhenBroken(ArchRule rule, List<Class<?>> mustFlag, List<Class<?>> mustNotFlag) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertTrue(result.hasViolation(), "rule did not fail on its fixtures: " + rule.getDescription());
        List<String> details = result.getFailureReport().getDetails();
        for (Class<?> fixture : mustFlag) {
            assertTrue(details.stream().anyMatch(line -> mentions(line, fixture)),
                    () -> "rule did not flag " + fixture.getName() + "; it reported:\n" + String.join("\n", details));
        }
        for (Class<?> allowed : mustNotFlag) {
            assertFalse(details.stream().anyMatch(line -> mentions(line, allowed)),
                    () -> "rule flagged the allowed " + allowed.getName() + ":\n" + String.join("\n", details));
        }
    }

    /** Whether a violation line names {@code type} itself (not merely a class nested in it or sharing its prefix). */
    private static boolean mentions(String line, Class<?> type) {
        return Pattern.compile(Pattern.quote(type.getName()) + "(?![\\w$])").matcher(line).find();
    }
}
