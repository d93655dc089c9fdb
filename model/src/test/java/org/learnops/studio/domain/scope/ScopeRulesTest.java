package org.learnops.studio.domain.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnops.studio.domain.Problem;

class ScopeRulesTest {

    private static Strategy strategy(String name, OrganisationalScope organisation, String businessArea,
            Geography geography, List<String> regions) {
        return new Strategy(name, "Sponsor", "Owner", organisation, businessArea, geography, regions, "");
    }

    private static Strategy valid() {
        return strategy("Global L&D operations", OrganisationalScope.ENTERPRISE_WIDE, "", Geography.GLOBAL, List.of());
    }

    private static ActivityArea custom(long id, String name) {
        return new ActivityArea(id, null, name, true, "", 3, 3);
    }

    private static ActivityArea builtIn(long id, BuiltInArea area) {
        return new ActivityArea(id, area, "", false, "", 3, 3);
    }

    private static void assertSingleProblem(List<Problem> problems, String field, String messageKey) {
        assertEquals(1, problems.size(), () -> "problems: " + problems);
        assertEquals(field, problems.get(0).field());
        assertEquals(messageKey, problems.get(0).messageKey());
    }

    @Nested
    class StrategyRules {

        @Test
        void aFilledInEnterpriseWideGlobalStrategyIsValid() {
            assertEquals(List.of(), ScopeRules.check(valid()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n"})
        void nameIsRequired(String name) {
            var problems = ScopeRules.check(strategy(name, OrganisationalScope.ENTERPRISE_WIDE, "",
                    Geography.GLOBAL, List.of()));

            assertSingleProblem(problems, "name", "scope.error.nameRequired");
        }

        @Test
        void nameMayBeAsLongAsTheLimitButNoLonger() {
            String longest = "n".repeat(ScopeRules.MAX_NAME_LENGTH);
            assertEquals(List.of(), ScopeRules.check(strategy(longest, OrganisationalScope.ENTERPRISE_WIDE, "",
                    Geography.GLOBAL, List.of())));

            var problems = ScopeRules.check(strategy(longest + "n", OrganisationalScope.ENTERPRISE_WIDE, "",
                    Geography.GLOBAL, List.of()));

            assertSingleProblem(problems, "name", "scope.error.tooLong");
            assertEquals(List.of(ScopeRules.MAX_NAME_LENGTH), problems.get(0).arguments());
        }

        @Test
        void authorityNotesHaveTheirOwnLimit() {
            Strategy notes = new Strategy("Plan", "", "", OrganisationalScope.ENTERPRISE_WIDE, "", Geography.GLOBAL,
                    List.of(), "x".repeat(ScopeRules.MAX_NOTES_LENGTH + 1));

            assertSingleProblem(ScopeRules.check(notes), "authorityNotes", "scope.error.tooLong");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void businessAreaIsRequiredWhenTheStrategyCoversOneBusinessArea(String businessArea) {
            var problems = ScopeRules.check(strategy("Plan", OrganisationalScope.BUSINESS_AREA, businessArea,
                    Geography.GLOBAL, List.of()));

            assertSingleProblem(problems, "businessArea", "scope.error.businessAreaRequired");
        }

        @Test
        void businessAreaGivenForABusinessAreaStrategyIsValid() {
            assertEquals(List.of(), ScopeRules.check(strategy("Plan", OrganisationalScope.BUSINESS_AREA, "Sales",
                    Geography.GLOBAL, List.of())));
        }

        @Test
        void businessAreaIsNotRequiredForAnEnterpriseWideStrategy() {
            assertEquals(List.of(), ScopeRules.check(strategy("Plan", OrganisationalScope.ENTERPRISE_WIDE, "",
                    Geography.GLOBAL, List.of())));
        }

        @Test
        void regionsAreRequiredWhenTheStrategyIsRegional() {
            var problems = ScopeRules.check(strategy("Plan", OrganisationalScope.ENTERPRISE_WIDE, "",
                    Geography.REGIONAL, List.of()));

            assertSingleProblem(problems, "regions", "scope.error.regionsRequired");
        }

        @Test
        void aRegionalStrategyWithDistinctRegionsIsValid() {
            assertEquals(List.of(), ScopeRules.check(strategy("Plan", OrganisationalScope.ENTERPRISE_WIDE, "",
                    Geography.REGIONAL, List.of("EMEA", "APAC", "Americas"))));
        }

        @Test
        void aBlankRegionIsRefused() {
            var problems = ScopeRules.check(strategy("Plan", OrganisationalScope.ENTERPRISE_WIDE, "",
                    Geography.REGIONAL, List.of("EMEA", "  ")));

            assertSingleProblem(problems, "regions", "scope.error.regionBlank");
        }

        @Test
        void aRegionListedTwiceIgnoringCaseAndSpacesIsRefused() {
            var problems = ScopeRules.check(strategy("Plan", OrganisationalScope.ENTERPRISE_WIDE, "",
                    Geography.REGIONAL, List.of("EMEA", "APAC", " emea ")));

            assertSingleProblem(problems, "regions", "scope.error.regionDuplicate");
            assertEquals(List.of("emea"), problems.get(0).arguments());
        }

        @Test
        void everyBrokenRuleIsReportedAtOnce() {
            var problems = ScopeRules.check(strategy(" ", OrganisationalScope.BUSINESS_AREA, "",
                    Geography.REGIONAL, List.of()));

            assertEquals(List.of("name", "businessArea", "regions"), problems.stream().map(Problem::field).toList());
        }
    }

    @Nested
    class AreaRules {

        private final List<ActivityArea> workspace = List.of(
                builtIn(1, BuiltInArea.REQUEST_FULFILLMENT),
                builtIn(8, BuiltInArea.COMPLIANCE),
                custom(10, "Onboarding"),
                custom(11, "Mentoring"));

        @Test
        void aNewCustomAreaWithAFreeNameIsValid() {
            assertEquals(List.of(), ScopeRules.check(custom(0, "Coaching"), workspace));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6, -1})
        void impactOutsideOneToFiveIsRefused(int impact) {
            var problems = ScopeRules.check(custom(0, "Coaching").withImpact(impact), workspace);

            assertSingleProblem(problems, "impact", "scope.error.ratingRange");
            assertEquals(List.of(ScopeRules.MIN_RATING, ScopeRules.MAX_RATING), problems.get(0).arguments());
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6})
        void effortOutsideOneToFiveIsRefused(int effort) {
            var problems = ScopeRules.check(builtIn(1, BuiltInArea.REQUEST_FULFILLMENT).withEffort(effort), workspace);

            assertSingleProblem(problems, "effort", "scope.error.ratingRange");
        }

        @ParameterizedTest
        @ValueSource(ints = {ScopeRules.MIN_RATING, ScopeRules.MAX_RATING})
        void ratingsAtTheEndsOfTheRangeAreValid(int rating) {
            assertEquals(List.of(), ScopeRules.check(custom(0, "Coaching").withImpact(rating).withEffort(rating),
                    workspace));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void aCustomAreaNeedsAName(String name) {
            assertSingleProblem(ScopeRules.check(custom(0, name), workspace), "name", "scope.error.areaNameRequired");
        }

        @Test
        void aBuiltInAreaNeedsNoCustomName() {
            assertEquals(List.of(), ScopeRules.check(builtIn(8, BuiltInArea.COMPLIANCE), workspace));
        }

        @Test
        void aCustomNameUsedByAnotherCustomAreaIsTakenIgnoringCaseAndSpaces() {
            var problems = ScopeRules.check(custom(0, "  ONBOARDING "), workspace);

            assertSingleProblem(problems, "name", "scope.error.areaNameTaken");
            assertEquals(List.of("ONBOARDING"), problems.get(0).arguments());
        }

        @Test
        void anotherAreaWhoseStoredNameHasSpacesStillClashes() {
            var problems = ScopeRules.check(custom(0, "coaching"), List.of(custom(12, " Coaching  ")));

            assertSingleProblem(problems, "name", "scope.error.areaNameTaken");
        }

        @ParameterizedTest
        @ValueSource(strings = {"compliance", "Compliance", " ANALYTICS ", "learning technology administration"})
        void aCustomAreaMayNotReuseABuiltInName(String name) {
            // Even with no built-in area in the list: the canonical names are reserved.
            var problems = ScopeRules.check(custom(0, name), List.of());

            assertSingleProblem(problems, "name", "scope.error.areaNameTaken");
        }

        @Test
        void anAreaDoesNotClashWithItself() {
            assertEquals(List.of(), ScopeRules.check(custom(10, "onboarding"), workspace));
        }

        @Test
        void renamingAnAreaToAnotherAreasNameIsTaken() {
            assertSingleProblem(ScopeRules.check(custom(10, "Mentoring"), workspace), "name",
                    "scope.error.areaNameTaken");
        }

        @Test
        void aTooLongCustomNameIsRefused() {
            var problems = ScopeRules.check(custom(0, "a".repeat(ScopeRules.MAX_NAME_LENGTH + 1)), workspace);

            assertSingleProblem(problems, "name", "scope.error.tooLong");
        }

        @Test
        void aTooLongRationaleIsRefused() {
            var area = builtIn(1, BuiltInArea.REQUEST_FULFILLMENT)
                    .withRationale("r".repeat(ScopeRules.MAX_NOTES_LENGTH + 1));

            assertSingleProblem(ScopeRules.check(area, workspace), "rationale", "scope.error.tooLong");
        }
    }

    @Nested
    class DrainRule {

        @Test
        void highEffortAndLowImpactAtTheBoundaryIsADrain() {
            assertTrue(ScopeRules.looksLikeDrain(ScopeRules.DRAIN_MAX_IMPACT, ScopeRules.DRAIN_MIN_EFFORT));
        }

        @Test
        void theExtremesAreADrain() {
            assertTrue(ScopeRules.looksLikeDrain(ScopeRules.MIN_RATING, ScopeRules.MAX_RATING));
        }

        @Test
        void effortJustBelowTheThresholdIsNotADrain() {
            assertFalse(ScopeRules.looksLikeDrain(ScopeRules.DRAIN_MAX_IMPACT, ScopeRules.DRAIN_MIN_EFFORT - 1));
        }

        @Test
        void impactJustAboveTheThresholdIsNotADrain() {
            assertFalse(ScopeRules.looksLikeDrain(ScopeRules.DRAIN_MAX_IMPACT + 1, ScopeRules.DRAIN_MIN_EFFORT));
        }
    }
}
