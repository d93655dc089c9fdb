package org.learnops.studio.domain.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;

class GovernanceRulesTest {

    private static final ActivityArea EVENTS = new ActivityArea(1, BuiltInArea.EVENT_MANAGEMENT, "", true, "", 3, 3);
    private static final ActivityArea VENDORS = new ActivityArea(2, BuiltInArea.VENDOR_MANAGEMENT, "", false, "", 3, 3);
    private static final List<ActivityArea> AREAS = List.of(EVENTS, VENDORS);
    private static final RaciProcess SCHEDULE = new RaciProcess(10, 1, "Schedule an event");
    private static final RaciProcess CANCEL = new RaciProcess(11, 1, "Cancel an event");
    private static final RaciRole CENTRAL = new RaciRole(20, "Central LearnOps");
    private static final RaciRole HR = new RaciRole(21, "HR");
    private static final RaciRole LEGAL = new RaciRole(22, "Legal");

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    @Test
    void anEmptyMatrixHasNoWarnings() {
        assertEquals(List.of(), GovernanceRules.warnings(RaciMatrix.empty(), AREAS));
        assertEquals(List.of(), GovernanceRules.warnings(RaciMatrix.empty(), List.of()));
    }

    @Test
    void aProcessWithOneAccountableAndOneResponsibleIsFine() {
        RaciMatrix matrix = new RaciMatrix(List.of(SCHEDULE), List.of(CENTRAL, HR),
                List.of(new RaciCell(10, 20, Raci.A), new RaciCell(10, 21, Raci.R)));
        assertEquals(List.of(), GovernanceRules.warnings(matrix, AREAS));
    }

    @Test
    void aProcessWithNothingFilledLacksAccountableAndResponsible() {
        RaciMatrix matrix = new RaciMatrix(List.of(SCHEDULE), List.of(), List.of());
        List<Problem> warnings = GovernanceRules.warnings(matrix, AREAS);
        assertEquals(List.of("process:10 governance.warning.noAccountable", "process:10 governance.warning.noResponsible"),
                keys(warnings));
        assertEquals(List.of("Schedule an event"), warnings.get(0).arguments());
    }

    @Test
    void twoAccountablesAreOneWarningWithTheirCount() {
        RaciMatrix matrix = new RaciMatrix(List.of(SCHEDULE), List.of(CENTRAL, HR, LEGAL), List.of(
                new RaciCell(10, 20, Raci.A), new RaciCell(10, 21, Raci.A), new RaciCell(10, 22, Raci.R)));
        List<Problem> warnings = GovernanceRules.warnings(matrix, AREAS);
        assertEquals(List.of("process:10 governance.warning.manyAccountable"), keys(warnings));
        assertEquals(List.of("Schedule an event", 2L), warnings.get(0).arguments());
    }

    @Test
    void aProcessWithoutResponsibleIsWarnedAbout() {
        RaciMatrix matrix = new RaciMatrix(List.of(SCHEDULE), List.of(CENTRAL, HR),
                List.of(new RaciCell(10, 20, Raci.A), new RaciCell(10, 21, Raci.C)));
        assertEquals(List.of("process:10 governance.warning.noResponsible"), keys(GovernanceRules.warnings(matrix, AREAS)));
    }

    @Test
    void aRoleWithNoInvolvementAtAllIsWarnedAboutAfterTheProcesses() {
        RaciMatrix matrix = new RaciMatrix(List.of(SCHEDULE, CANCEL), List.of(CENTRAL, HR, LEGAL), List.of(
                new RaciCell(10, 20, Raci.A), new RaciCell(10, 21, Raci.R),
                new RaciCell(11, 20, Raci.A), new RaciCell(11, 20 + 1, Raci.R)));
        List<Problem> warnings = GovernanceRules.warnings(matrix, AREAS);
        assertEquals(List.of("role:22 governance.warning.roleUnused"), keys(warnings));
        assertEquals(List.of("Legal"), warnings.get(0).arguments());
    }

    @Test
    void rolesWithoutProcessesAreAllUnused() {
        RaciMatrix matrix = new RaciMatrix(List.of(), List.of(CENTRAL, HR), List.of());
        assertEquals(List.of("role:20 governance.warning.roleUnused", "role:21 governance.warning.roleUnused"),
                keys(GovernanceRules.warnings(matrix, AREAS)));
    }

    @Test
    void aProcessInAnOutOfScopeOrRemovedAreaIsWarnedAbout() {
        RaciProcess renew = new RaciProcess(12, 2, "Renew a vendor contract");
        RaciProcess orphan = new RaciProcess(13, 99, "Something in a removed area");
        RaciMatrix matrix = new RaciMatrix(List.of(renew, orphan), List.of(CENTRAL, HR), List.of(
                new RaciCell(12, 20, Raci.A), new RaciCell(12, 21, Raci.R),
                new RaciCell(13, 20, Raci.A), new RaciCell(13, 21, Raci.R)));
        assertEquals(List.of("process:12 governance.warning.outOfScope", "process:13 governance.warning.outOfScope"),
                keys(GovernanceRules.warnings(matrix, AREAS)));
        assertEquals(List.of(), GovernanceRules.warnings(matrix, List.of(EVENTS, VENDORS.withInScope(true),
                new ActivityArea(99, null, "Coaching", true, "", 3, 3))));
    }

    @Test
    void cellsOfRolesOrProcessesNotInTheMatrixDoNotCount() {
        RaciMatrix matrix = new RaciMatrix(List.of(SCHEDULE), List.of(CENTRAL), List.of(
                new RaciCell(10, 20, Raci.R), new RaciCell(10, 77, Raci.A), new RaciCell(55, 20, Raci.A)));
        assertEquals(List.of("process:10 governance.warning.noAccountable"), keys(GovernanceRules.warnings(matrix, AREAS)));
    }

    @Test
    void theSummaryCountsWhatIsFilledAndWhatIsMissing() {
        RaciMatrix matrix = new RaciMatrix(List.of(SCHEDULE, CANCEL), List.of(CENTRAL, HR, LEGAL), List.of(
                new RaciCell(10, 20, Raci.A), new RaciCell(10, 21, Raci.R)));
        GovernanceBody council = new GovernanceBody(1, "LearnOps council", "", "Monthly", List.of(5L), "");
        GovernanceBody group = GovernanceBody.named("Events working group");
        GovernanceSummary summary = GovernanceRules.summary(Optional.of(GovernanceModel.FEDERATED),
                List.of(council, group), matrix, AREAS);
        assertEquals(new GovernanceSummary(Optional.of(GovernanceModel.FEDERATED), 2, 1, 2, 3, 1, 3), summary);
        assertFalse(summary.isComplete());
        GovernanceSummary none = GovernanceRules.summary(Optional.empty(), List.of(), RaciMatrix.empty(), AREAS);
        assertEquals(new GovernanceSummary(Optional.empty(), 0, 0, 0, 0, 0, 0), none);
        assertFalse(none.isComplete());
        RaciMatrix good = new RaciMatrix(List.of(SCHEDULE), List.of(CENTRAL, HR), List.of(
                new RaciCell(10, 20, Raci.A), new RaciCell(10, 21, Raci.R)));
        assertTrue(GovernanceRules.summary(Optional.of(GovernanceModel.CENTRALISED), List.of(council), good, AREAS).isComplete());
    }

    @Test
    void bodiesNeedANameAndLongTextFitsUpToTenThousandCharacters() {
        assertEquals(List.of("name governance.error.bodyNameRequired"), keys(GovernanceRules.check(GovernanceBody.named("  "))));
        String tenThousand = "x".repeat(10_000);
        assertEquals(List.of(), GovernanceRules.check(new GovernanceBody(0, "Council", tenThousand, "", List.of(), tenThousand)));
        assertEquals(List.of("decisionRights governance.error.tooLong"),
                keys(GovernanceRules.check(new GovernanceBody(0, "Council", "", "", List.of(), tenThousand + "x"))));
        assertEquals(List.of("name governance.error.tooLong"), keys(GovernanceRules.check(GovernanceBody.named("n".repeat(201)))));
    }

    @Test
    void membersAreKeptOnceEach() {
        assertEquals(List.of(3L, 1L), new GovernanceBody(0, "C", "", "", List.of(3L, 1L, 3L), "").memberIds());
    }

    @Test
    void processesNeedANameAndAnArea() {
        assertEquals(List.of("name governance.error.processNameRequired", "area governance.error.areaRequired"),
                keys(GovernanceRules.check(new RaciProcess(0, 0, " "))));
        assertEquals(List.of(), GovernanceRules.check(SCHEDULE));
    }

    @Test
    void roleNamesAreRequiredAndUniqueIgnoringCase() {
        List<RaciRole> roles = List.of(CENTRAL, HR);
        assertEquals(List.of("name governance.error.roleNameRequired"), keys(GovernanceRules.check(new RaciRole(0, ""), roles)));
        assertEquals(List.of("name governance.error.roleTaken"), keys(GovernanceRules.check(new RaciRole(0, " hr "), roles)));
        assertEquals(List.of("name governance.error.roleTaken"), keys(GovernanceRules.check(new RaciRole(20, "HR"), roles)));
        assertEquals(List.of(), GovernanceRules.check(new RaciRole(21, "hr"), roles), "renaming a role to its own name in another case");
        assertEquals(List.of(), GovernanceRules.check(new RaciRole(0, "Finance"), roles));
    }

    @Test
    void theStarterSetAddsOnlyWhatIsMissing() {
        RaciMatrix matrix = new RaciMatrix(List.of(SCHEDULE), List.of(HR), List.of());
        GovernanceRules.Starter missing = GovernanceRules.missingStarter(matrix,
                List.of(new RaciProcess(0, 1, " schedule an EVENT"), new RaciProcess(0, 1, "Cancel an event"),
                        new RaciProcess(0, 2, "Schedule an event"), new RaciProcess(0, 1, "Cancel an event")),
                List.of(new RaciRole(0, "hr"), new RaciRole(0, "Finance")));
        assertEquals(List.of(new RaciProcess(0, 1, "Cancel an event"), new RaciProcess(0, 2, "Schedule an event")),
                missing.processes());
        assertEquals(List.of(new RaciRole(0, "Finance")), missing.roles());
        assertTrue(GovernanceRules.missingStarter(matrix, List.of(SCHEDULE), List.of(HR)).isEmpty());
    }

    @Test
    void lettersCycleAndAreTyped() {
        assertEquals(Optional.of(Raci.R), Raci.next(Optional.empty()));
        assertEquals(Optional.of(Raci.A), Raci.next(Optional.of(Raci.R)));
        assertEquals(Optional.empty(), Raci.next(Optional.of(Raci.I)));
        assertEquals(Optional.of(Raci.C), Raci.ofLetter("c"));
        assertEquals(Optional.empty(), Raci.ofLetter("x"));
        assertEquals(Optional.empty(), Raci.ofLetter(""));
    }

    @Test
    void everyBuiltInAreaHasAStarterProcess() {
        for (BuiltInArea area : BuiltInArea.values()) {
            assertTrue(List.of(StarterProcess.values()).stream().anyMatch(p -> p.area() == area), area.name());
        }
    }
}
