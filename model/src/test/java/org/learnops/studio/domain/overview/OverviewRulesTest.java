package org.learnops.studio.domain.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.champions.Gap;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableKind;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.needs.FindingStatus;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.NeedsAnalysis;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.NeedsSession;
import org.learnops.studio.domain.needs.SessionType;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Scope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.domain.stakeholder.Stance;

class OverviewRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Strategy strategy(String name, String sponsor, String owner, String authority) {
        return new Strategy(name, sponsor, owner, OrganisationalScope.ENTERPRISE_WIDE, "", Geography.GLOBAL, List.of(), authority);
    }

    private static ActivityArea area(long id, BuiltInArea builtIn, boolean inScope, String rationale, int impact, int effort) {
        return new ActivityArea(id, builtIn, "", inScope, rationale, impact, effort);
    }

    private static Deliverable deliverable(long id, boolean included, Long owner, LocalDate due, DeliverableStatus status) {
        return new Deliverable(id, DeliverableKind.GLOSSARY, "", included, "", "", Optional.ofNullable(owner),
                Optional.ofNullable(due), status, "");
    }

    @Test
    void anEmptyScopeMissesEverything() {
        StepProgress progress = OverviewRules.scope(new Scope(Strategy.empty(),
                List.of(area(1, BuiltInArea.ANALYTICS, false, "", 3, 3))));
        assertEquals(StrategyStep.SCOPE, progress.step());
        assertEquals(0, progress.done());
        assertEquals(6, progress.total());
        assertEquals(6, progress.missing().size());
    }

    @Test
    void aFilledScopeIsCompleteOnlyWhenEveryInScopeAreaHasARationale() {
        Strategy filled = strategy("LearnOps 2027", "CPO", "Dana", "Owns the LMS budget");
        StepProgress withoutRationale = OverviewRules.scope(new Scope(filled, List.of(
                area(1, BuiltInArea.ANALYTICS, true, "Needed to show impact", 4, 2),
                area(2, BuiltInArea.COMPLIANCE, true, " ", 4, 2))));
        assertEquals(List.of(new Check("overview.scope.rationale", false)), withoutRationale.missing());

        StepProgress complete = OverviewRules.scope(new Scope(filled, List.of(
                area(1, BuiltInArea.ANALYTICS, true, "Needed to show impact", 4, 2),
                area(2, BuiltInArea.COMPLIANCE, false, "", 4, 2))));
        assertEquals(complete.total(), complete.done());
    }

    @Test
    void onlyInScopeDrainsAreWarnedAbout() {
        Scope scope = new Scope(Strategy.empty(), List.of(
                area(7, BuiltInArea.VENDOR_MANAGEMENT, true, "", 1, 5),
                area(8, BuiltInArea.CONTENT_MANAGEMENT, false, "", 1, 5),
                area(9, BuiltInArea.ANALYTICS, true, "", 3, 5)));
        List<Warning> warnings = OverviewRules.scopeWarnings(scope);
        assertEquals(List.of(Warning.of(StrategyStep.SCOPE, "area:7", "overview.warning.drain",
                BuiltInArea.VENDOR_MANAGEMENT, 5, 1)), warnings);
    }

    @Test
    void expectationsCountOnlyChosenDeliverablesAndRemovedOwnersAreNoOwners() {
        List<Deliverable> deliverables = List.of(
                deliverable(1, true, 10L, TODAY.plusDays(3), DeliverableStatus.IN_PROGRESS),
                deliverable(2, true, 99L, TODAY.plusDays(3), DeliverableStatus.IN_PROGRESS),
                deliverable(3, false, null, null, DeliverableStatus.NOT_STARTED));
        StepProgress progress = OverviewRules.expectations(deliverables, Set.of(10L));
        assertEquals(List.of(new Check("overview.expectations.owners", false)), progress.missing());

        StepProgress nothingChosen = OverviewRules.expectations(List.of(deliverables.get(2)), Set.of(10L));
        assertEquals(0, nothingChosen.done());
    }

    @Test
    void overdueMeansChosenPastDueAndNotDone() {
        List<Deliverable> deliverables = List.of(
                deliverable(1, true, 10L, TODAY.minusDays(1), DeliverableStatus.IN_REVIEW),
                deliverable(2, true, 10L, TODAY.minusDays(1), DeliverableStatus.DONE),
                deliverable(3, false, 10L, TODAY.minusDays(1), DeliverableStatus.NOT_STARTED),
                deliverable(4, true, 10L, TODAY, DeliverableStatus.NOT_STARTED));
        List<Warning> warnings = OverviewRules.expectationsWarnings(deliverables, TODAY);
        assertEquals(List.of(Warning.of(StrategyStep.EXPECTATIONS, "deliverable:1", "overview.warning.overdue",
                DeliverableKind.GLOSSARY, "2026-11-27")), warnings);
    }

    @Test
    void needsAnalysisAsksToHearBothLeadersAndLearningOpsStaff() {
        NeedsSession leaders = new NeedsSession(1, SessionType.INTERVIEW, TODAY, List.of(), NeedsGroup.SENIOR_LEADERS, "");
        Finding fromStaff = new Finding(1, "Requests get lost", Optional.empty(), NeedsGroup.LEARNING_OPS_STAFF, 3, 3,
                Optional.empty(), FindingStatus.OPEN, 0);
        assertEquals(List.of(new Check("overview.needs.findings", false), new Check("overview.needs.learningOps", false)),
                OverviewRules.needsAnalysis(new NeedsAnalysis(List.of(leaders), List.of(), List.of())).missing());
        assertTrue(OverviewRules.needsAnalysis(new NeedsAnalysis(List.of(leaders), List.of(fromStaff), List.of()))
                .missing().isEmpty());
    }

    @Test
    void aDeliverableWithoutOwnerIsFixedOnExpectationsOtherGapsOnChampions() {
        List<Warning> warnings = OverviewRules.gapWarnings(List.of(
                Gap.of(Gap.Kind.DELIVERABLE_WITHOUT_OWNER, DeliverableKind.GLOSSARY),
                Gap.of(Gap.Kind.INFLUENTIAL_OPPONENT, "Marc", Stance.SKEPTIC, 5)));
        assertEquals(StrategyStep.EXPECTATIONS, warnings.get(0).step());
        assertEquals(StrategyStep.CHAMPIONS, warnings.get(1).step());
        assertEquals("champions.gap.opponent", warnings.get(1).messageKey());
        assertFalse(OverviewRules.champions(List.of(), List.of()).missing().isEmpty());
    }
}
