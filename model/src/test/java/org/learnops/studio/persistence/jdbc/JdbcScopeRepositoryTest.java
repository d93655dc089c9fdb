package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.ScopeRepository;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

class JdbcScopeRepositoryTest {

    private static final Strategy STRATEGY = new Strategy("Plan", "Sponsor", "Owner",
            OrganisationalScope.ENTERPRISE_WIDE, "", Geography.REGIONAL, List.of("EMEA", "APAC", "Americas"), "");

    @TempDir
    Path folder;

    private Workspace workspace;
    private ScopeRepository scope;

    @BeforeEach
    void createWorkspace() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("plan")));
        scope = workspace.scope();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private static ActivityArea newCustom(String name) {
        return new ActivityArea(0, null, name, true, "why", 4, 2);
    }

    private ActivityArea area(BuiltInArea builtIn) {
        return scope.loadAreas().stream().filter(a -> a.builtIn() == builtIn).findFirst().orElseThrow();
    }

    @Test
    void regionsKeepTheirOrder() {
        scope.saveStrategy(STRATEGY);

        assertEquals(List.of("EMEA", "APAC", "Americas"), scope.loadStrategy().regions());
    }

    @Test
    void savingAStrategyReplacesItsRegions() {
        scope.saveStrategy(STRATEGY);
        Strategy global = new Strategy("Plan", "", "", OrganisationalScope.ENTERPRISE_WIDE, "", Geography.REGIONAL,
                List.of("LATAM"), "");

        scope.saveStrategy(global);

        assertEquals(global, scope.loadStrategy());
    }

    @Test
    void aFailedStrategySaveChangesNothing() {
        scope.saveStrategy(STRATEGY);
        // The strategy row updates fine; the too-long region fails afterwards, in the same transaction.
        Strategy broken = new Strategy("Renamed", "", "", OrganisationalScope.ENTERPRISE_WIDE, "",
                Geography.REGIONAL, List.of("Oceania", "r".repeat(201)), "");

        StudioException e = assertThrows(StudioException.class, () -> scope.saveStrategy(broken));

        assertEquals("workspace.error.storage", e.messageKey());
        assertEquals(STRATEGY, scope.loadStrategy());
    }

    @Test
    void aCustomAreaGetsAnIdAndComesLast() {
        List<ActivityArea> before = scope.loadAreas();

        ActivityArea added = scope.addCustomArea(newCustom("Onboarding"));

        assertTrue(before.stream().noneMatch(a -> a.id() == added.id()), "a new id");
        assertEquals(new ActivityArea(added.id(), null, "Onboarding", true, "why", 4, 2), added);
        List<ActivityArea> after = scope.loadAreas();
        assertEquals(before, after.subList(0, before.size()));
        assertEquals(added, after.get(after.size() - 1));
    }

    @Test
    void customAreasComeInTheOrderTheyWereAdded() {
        ActivityArea first = scope.addCustomArea(newCustom("Onboarding"));
        ActivityArea second = scope.addCustomArea(newCustom("Mentoring"));

        List<ActivityArea> areas = scope.loadAreas();

        assertNotEquals(first.id(), second.id());
        assertEquals(List.of(first, second), areas.subList(9, 11));
    }

    @Test
    void aCustomAreaNameIsStoredWithoutSurroundingSpaces() {
        ActivityArea added = scope.addCustomArea(newCustom("  Onboarding "));

        assertEquals("Onboarding", added.customName());
        assertEquals("Onboarding", scope.loadAreas().get(9).customName());
    }

    @Test
    void updatingACustomAreaStoresEveryField() {
        ActivityArea added = scope.addCustomArea(newCustom("Onboarding"));
        ActivityArea changed = new ActivityArea(added.id(), null, "Induction", false, "Folded into HR", 1, 5);

        scope.updateArea(changed);

        assertEquals(changed, scope.loadAreas().get(9));
    }

    @Test
    void updatingABuiltInAreaNeverGivesItACustomName() {
        ActivityArea analytics = area(BuiltInArea.ANALYTICS);

        scope.updateArea(analytics.withInScope(true).withRationale("Dashboards").withImpact(5).withEffort(1)
                .withCustomName("Sneaky"));

        assertEquals(new ActivityArea(analytics.id(), BuiltInArea.ANALYTICS, "", true, "Dashboards", 5, 1),
                area(BuiltInArea.ANALYTICS));
    }

    @Test
    void updatingAnAreaThatIsGoneFails() {
        ActivityArea added = scope.addCustomArea(newCustom("Onboarding"));
        scope.deleteArea(added.id());

        StudioException e = assertThrows(StudioException.class, () -> scope.updateArea(added.withImpact(1)));

        assertEquals("scope.error.areaGone", e.messageKey());
    }

    @Test
    void anAreaTheDatabaseRefusesIsNotStoredAndTheWorkspaceStaysUsable() {
        ActivityArea compliance = area(BuiltInArea.COMPLIANCE);

        StudioException e = assertThrows(StudioException.class, () -> scope.updateArea(compliance.withImpact(9)));

        assertEquals("workspace.error.storage", e.messageKey());
        assertEquals(compliance, area(BuiltInArea.COMPLIANCE));
        scope.updateArea(compliance.withImpact(5));
        assertEquals(5, area(BuiltInArea.COMPLIANCE).impact());
    }

    @Test
    void deletingACustomAreaRemovesOnlyIt() {
        ActivityArea keep = scope.addCustomArea(newCustom("Mentoring"));
        ActivityArea drop = scope.addCustomArea(newCustom("Onboarding"));

        scope.deleteArea(drop.id());

        List<ActivityArea> areas = scope.loadAreas();
        assertEquals(10, areas.size());
        assertEquals(keep, areas.get(9));
    }

    @Test
    void builtInAreasAreNotDeleted() {
        List<ActivityArea> before = scope.loadAreas();

        for (ActivityArea area : before) {
            scope.deleteArea(area.id());
        }

        assertEquals(before, scope.loadAreas());
    }

    @Test
    void aNewCustomAreaComesLastEvenAfterOthersWereDeleted() {
        ActivityArea first = scope.addCustomArea(newCustom("Onboarding"));
        ActivityArea second = scope.addCustomArea(newCustom("Mentoring"));
        scope.deleteArea(second.id());

        ActivityArea third = scope.addCustomArea(newCustom("Coaching"));

        assertEquals(List.of(first, third), scope.loadAreas().subList(9, 11));
    }
}
