package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Scope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

class ScopeServiceTest {

    private static final Strategy STRATEGY = new Strategy("Sales enablement", "Dana", "Lee",
            OrganisationalScope.BUSINESS_AREA, "Sales", Geography.REGIONAL, List.of("EMEA", "APAC"), "LMS only");

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();

    @TempDir
    Path folder;

    private WorkspaceFile file;
    private Workspace workspace;
    private ScopeService service;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        service = new ScopeService(workspace.scope());
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    /** What a later session would see: the workspace closed and opened again. */
    private Scope reopened() {
        workspace.close();
        workspace = opener.open(file);
        service = new ScopeService(workspace.scope());
        return service.load();
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(Problem::field).toList();
    }

    private ActivityArea builtIn(BuiltInArea area) {
        return service.load().areas().stream().filter(a -> a.builtIn() == area).findFirst().orElseThrow();
    }

    @Test
    void aValidStrategyIsStored() {
        service.saveStrategy(STRATEGY);

        assertEquals(STRATEGY, reopened().strategy());
    }

    @Test
    void aStrategyWithABlankNameIsRefusedAndTheStoredOneIsKept() {
        service.saveStrategy(STRATEGY);
        Strategy blank = new Strategy(" ", "Someone else", "", OrganisationalScope.ENTERPRISE_WIDE, "",
                Geography.GLOBAL, List.of(), "");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.saveStrategy(blank));

        assertEquals(List.of("name"), fields(e));
        assertEquals("scope.error.nameRequired", e.messageKey());
        assertEquals(STRATEGY, reopened().strategy());
    }

    @Test
    void everyProblemOfAStrategyIsReported() {
        Strategy broken = new Strategy("", "", "", OrganisationalScope.BUSINESS_AREA, "", Geography.REGIONAL,
                List.of(), "");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.saveStrategy(broken));

        assertEquals(List.of("name", "businessArea", "regions"), fields(e));
        assertEquals(Strategy.empty(), reopened().strategy());
    }

    @Test
    void aCustomAreaIsAddedInScopeWithMediumRatingsAndStored() {
        ActivityArea added = service.addCustomArea("  Onboarding ");

        assertEquals(new ActivityArea(added.id(), null, "Onboarding", true, "", ScopeService.NEW_AREA_RATING,
                ScopeService.NEW_AREA_RATING), added);
        List<ActivityArea> areas = reopened().areas();
        assertEquals(10, areas.size());
        assertEquals(added, areas.get(9));
    }

    @Test
    void aCustomAreaNamedLikeAnotherIsRefused() {
        service.addCustomArea("Onboarding");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.addCustomArea("ONBOARDING"));

        assertEquals(List.of("name"), fields(e));
        assertEquals("scope.error.areaNameTaken", e.messageKey());
        assertEquals(10, reopened().areas().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compliance", "Vendor Management"})
    void aCustomAreaNamedLikeABuiltInAreaIsRefused(String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.addCustomArea(name));

        assertEquals("scope.error.areaNameTaken", e.messageKey());
        assertEquals(9, reopened().areas().size());
    }

    @Test
    void aCustomAreaWithoutANameIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.addCustomArea(null));

        assertEquals("scope.error.areaNameRequired", e.messageKey());
        assertEquals(9, reopened().areas().size());
    }

    @Test
    void aValidAreaChangeIsStored() {
        ActivityArea vendors = builtIn(BuiltInArea.VENDOR_MANAGEMENT).withInScope(true)
                .withRationale("Three LMS vendors").withImpact(2).withEffort(5);

        service.saveArea(vendors);

        ActivityArea stored = reopened().areas().get(BuiltInArea.VENDOR_MANAGEMENT.ordinal());
        assertEquals(vendors, stored);
        assertTrue(stored.looksLikeDrain());
    }

    @Test
    void aCustomAreaMayBeRenamedToADifferentSpellingOfItsOwnName() {
        ActivityArea added = service.addCustomArea("Onboarding");

        service.saveArea(added.withCustomName("ONBOARDING"));

        assertEquals("ONBOARDING", reopened().areas().get(9).customName());
    }

    @Test
    void anAreaWithARatingOutOfRangeIsRefusedAndTheStoredOneIsKept() {
        ActivityArea analytics = builtIn(BuiltInArea.ANALYTICS);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.saveArea(analytics.withImpact(0).withEffort(6)));

        assertEquals(List.of("impact", "effort"), fields(e));
        assertEquals(analytics, reopened().areas().get(BuiltInArea.ANALYTICS.ordinal()));
    }

    @Test
    void renamingACustomAreaToAnotherOnesNameIsRefused() {
        service.addCustomArea("Mentoring");
        ActivityArea onboarding = service.addCustomArea("Onboarding");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.saveArea(onboarding.withCustomName("mentoring")));

        assertEquals("scope.error.areaNameTaken", e.messageKey());
        assertEquals("Onboarding", reopened().areas().get(10).customName());
    }

    @Test
    void aCustomAreaIsRemoved() {
        ActivityArea keep = service.addCustomArea("Mentoring");
        ActivityArea drop = service.addCustomArea("Onboarding");

        service.removeCustomArea(drop);

        List<ActivityArea> areas = reopened().areas();
        assertEquals(10, areas.size());
        assertEquals(keep, areas.get(9));
    }

    @Test
    void aBuiltInAreaCannotBeRemoved() {
        ActivityArea compliance = builtIn(BuiltInArea.COMPLIANCE);

        StudioException e = assertThrows(StudioException.class, () -> service.removeCustomArea(compliance));

        assertEquals("scope.error.builtInCannotBeRemoved", e.messageKey());
        assertEquals(compliance, reopened().areas().get(BuiltInArea.COMPLIANCE.ordinal()));
    }
}
