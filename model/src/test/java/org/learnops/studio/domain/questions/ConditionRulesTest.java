package org.learnops.studio.domain.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.Problem;

/** The metric catalogue and what makes a done-condition valid. */
class ConditionRulesTest {

    private static DoneCondition condition(Metric metric, String threshold) {
        return new DoneCondition(1, KeyQuestion.DELIVERY, metric, MetricScope.EVERYTHING, Comparison.AT_LEAST,
                new BigDecimal(threshold), Optional.empty(), Optional.empty());
    }

    @Test
    void theCatalogueHasTheMetricsTheIssueNames() {
        assertEquals(EnumSet.allOf(Metric.class), EnumSet.of(Metric.EVENT_FILL_RATE, Metric.ATTENDANCE_RATE,
                Metric.NO_SHOW_RATE, Metric.SESSIONS_CANCELLED, Metric.WAITLIST_CONVERSION,
                Metric.COST_PER_ATTENDED_LEARNER, Metric.BUDGET_VARIANCE, Metric.REQUEST_SLA_MET,
                Metric.CONTENT_REVIEWS_OVERDUE, Metric.COMPLIANCE_COMPLETION));
        assertEquals(MetricUnit.MONEY, Metric.COST_PER_ATTENDED_LEARNER.unit());
        assertEquals(MetricUnit.COUNT, Metric.CONTENT_REVIEWS_OVERDUE.unit());
        assertEquals(MetricUnit.PERCENT, Metric.EVENT_FILL_RATE.unit());
        assertEquals(FigureSource.EVENTS, Metric.NO_SHOW_RATE.source());
    }

    @Test
    void everyMetricsUsualTargetIsValid() {
        for (Metric metric : Metric.values()) {
            assertEquals(List.of(), ConditionRules.check(DoneCondition.usual(KeyQuestion.CONTENT, metric)), metric.name());
        }
    }

    @Test
    void aPercentageAbove100IsRefusedWithTheValidRange() {
        assertEquals(List.of(Problem.of("threshold", "questions.error.range", "0", "100")),
                ConditionRules.check(condition(Metric.EVENT_FILL_RATE, "150")));
        assertEquals(List.of(Problem.of("threshold", "questions.error.range", "0", "100")),
                ConditionRules.check(condition(Metric.BUDGET_VARIANCE, "-0.5")));
    }

    @Test
    void percentageBoundsAreAllowed() {
        assertEquals(List.of(), ConditionRules.check(condition(Metric.EVENT_FILL_RATE, "0")));
        assertEquals(List.of(), ConditionRules.check(condition(Metric.EVENT_FILL_RATE, "100")));
        assertEquals(List.of(), ConditionRules.check(condition(Metric.EVENT_FILL_RATE, "100.0000")));
        assertEquals(List.of(), ConditionRules.check(condition(Metric.EVENT_FILL_RATE, "99.5")));
    }

    @Test
    void moneyMayBeLargeButNotNegative() {
        assertEquals(List.of(), ConditionRules.check(condition(Metric.COST_PER_ATTENDED_LEARNER, "125000.50")));
        assertEquals(List.of(Problem.of("threshold", "questions.error.rangeAtLeast", "0")),
                ConditionRules.check(condition(Metric.COST_PER_ATTENDED_LEARNER, "-1")));
    }

    @Test
    void aCountMustBeWholeAndNotNegative() {
        assertEquals(List.of(), ConditionRules.check(condition(Metric.CONTENT_REVIEWS_OVERDUE, "3")));
        assertEquals(List.of(), ConditionRules.check(condition(Metric.CONTENT_REVIEWS_OVERDUE, "3.00")));
        assertEquals(List.of(Problem.of("threshold", "questions.error.rangeWhole", "0")),
                ConditionRules.check(condition(Metric.CONTENT_REVIEWS_OVERDUE, "2.5")));
        assertEquals(List.of(Problem.of("threshold", "questions.error.rangeWhole", "0")),
                ConditionRules.check(condition(Metric.CONTENT_REVIEWS_OVERDUE, "-1")));
    }

    @Test
    void moreDecimalsThanStoredAreRefused() {
        assertEquals(List.of(Problem.of("threshold", "questions.error.tooManyDecimals", 4)),
                ConditionRules.check(condition(Metric.COST_PER_ATTENDED_LEARNER, "10.12345")));
        assertTrue(ConditionRules.check(condition(Metric.COST_PER_ATTENDED_LEARNER, "1234567890123456")).stream()
                .anyMatch(problem -> problem.field().equals("threshold")));
    }

    @Test
    void aVeryLongBusinessAreaIsRefused() {
        DoneCondition condition = new DoneCondition(1, KeyQuestion.DELIVERY, Metric.EVENT_FILL_RATE,
                new MetricScope(Optional.empty(), "x".repeat(201)), Comparison.AT_LEAST, BigDecimal.TEN,
                Optional.empty(), Optional.empty());
        assertEquals(List.of(Problem.of("businessArea", "questions.error.tooLong", 200)), ConditionRules.check(condition));
    }

    @Test
    void anAnswerOf10000CharactersIsFine() {
        assertEquals(List.of(), ConditionRules.checkAnswer("a".repeat(10_000)));
        assertEquals("answer", ConditionRules.checkAnswer("a".repeat(20_001)).get(0).field());
    }

    @Test
    void businessAreasCompareIgnoringCaseAndOuterSpaces() {
        assertEquals(new MetricScope(Optional.of(3L), "Sales"), new MetricScope(Optional.of(3L), " sales "));
        assertEquals(new MetricScope(Optional.of(3L), "Sales").hashCode(), new MetricScope(Optional.of(3L), "SALES").hashCode());
        assertTrue(new MetricScope(Optional.empty(), " ").isEverything());
    }
}
