package org.learnops.studio.domain.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evaluation engine on constructed figures. */
class ConditionEvaluatorTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final MetricScope EVENTS_AREA = new MetricScope(Optional.of(5L), "");
    private static final MetricScope SALES = new MetricScope(Optional.empty(), "Sales");

    /** Figures for given metric and scope; nothing else. */
    private static final class Figures implements OperationalFigures {
        private final Map<List<Object>, BigDecimal> values = new HashMap<>();

        Figures with(Metric metric, MetricScope scope, String value) {
            values.put(List.of(metric, scope), new BigDecimal(value));
            return this;
        }

        @Override
        public Optional<BigDecimal> value(Metric metric, MetricScope scope) {
            return Optional.ofNullable(values.get(List.of(metric, scope)));
        }
    }

    private static DoneCondition condition(Comparison comparison, String threshold, MetricScope scope, LocalDate target) {
        return new DoneCondition(7, KeyQuestion.MEASUREMENT, Metric.EVENT_FILL_RATE, scope, comparison,
                new BigDecimal(threshold), Optional.ofNullable(target), Optional.of(1L));
    }

    private static Evaluation evaluate(Comparison comparison, String threshold, String value) {
        return ConditionEvaluator.evaluate(condition(comparison, threshold, MetricScope.EVERYTHING, null),
                new Figures().with(Metric.EVENT_FILL_RATE, MetricScope.EVERYTHING, value), TODAY);
    }

    @ParameterizedTest(name = "{1} {0} {2} → {3}")
    @CsvSource({
        "AT_LEAST,  80, 80,    MET",
        "AT_LEAST,  80, 80.00, MET",
        "AT_LEAST,  80, 79.99, NOT_MET",
        "AT_LEAST,  80, 95,    MET",
        "MORE_THAN, 80, 80,    NOT_MET",
        "MORE_THAN, 80, 80.01, MET",
        "AT_MOST,   10, 10,    MET",
        "AT_MOST,   10, 10.01, NOT_MET",
        "AT_MOST,   10, 0,     MET",
        "LESS_THAN, 10, 10,    NOT_MET",
        "LESS_THAN, 10, 9.99,  MET",
        "EQUAL,     0,  0,     MET",
        "EQUAL,     0,  0.000, MET",
        "EQUAL,     0,  1,     NOT_MET",
    })
    void eachComparisonAtItsBoundary(Comparison comparison, String threshold, String value, ConditionStatus expected) {
        Evaluation evaluation = evaluate(comparison, threshold, value);
        assertEquals(expected, evaluation.status());
        assertEquals(Optional.of(new BigDecimal(value)), evaluation.value());
    }

    @Test
    void withoutAFigureThereIsNoDataAndNothingIsClaimed() {
        Evaluation evaluation = ConditionEvaluator.evaluate(condition(Comparison.AT_LEAST, "80", MetricScope.EVERYTHING, null),
                new Figures().with(Metric.ATTENDANCE_RATE, MetricScope.EVERYTHING, "99"), TODAY);
        assertEquals(ConditionStatus.NO_DATA, evaluation.status());
        assertEquals(Optional.empty(), evaluation.value());
        assertEquals(Signal.GREY, evaluation.signal());
    }

    @Test
    void todaysFiguresAreNotYetRecordedSoEveryMetricHasNoData() {
        for (Metric metric : Metric.values()) {
            Evaluation evaluation = ConditionEvaluator.evaluate(DoneCondition.usual(KeyQuestion.CONTENT, metric),
                    OperationalFigures.NOT_YET_RECORDED, TODAY);
            assertEquals(ConditionStatus.NO_DATA, evaluation.status(), metric.name());
        }
    }

    @Test
    void aScopedConditionUsesTheFigureForItsScopeOnly() {
        Figures figures = new Figures()
                .with(Metric.EVENT_FILL_RATE, MetricScope.EVERYTHING, "90")
                .with(Metric.EVENT_FILL_RATE, SALES, "60");
        Evaluation sales = ConditionEvaluator.evaluate(condition(Comparison.AT_LEAST, "80", SALES, null), figures, TODAY);
        assertEquals(ConditionStatus.NOT_MET, sales.status());
        assertEquals(Optional.of(new BigDecimal("60")), sales.value());
        Evaluation all = ConditionEvaluator.evaluate(condition(Comparison.AT_LEAST, "80", MetricScope.EVERYTHING, null), figures, TODAY);
        assertEquals(ConditionStatus.MET, all.status());
    }

    @Test
    void aScopedConditionDoesNotBorrowTheOrganisationWideFigure() {
        Figures figures = new Figures().with(Metric.EVENT_FILL_RATE, MetricScope.EVERYTHING, "90");
        assertEquals(ConditionStatus.NO_DATA,
                ConditionEvaluator.evaluate(condition(Comparison.AT_LEAST, "80", EVENTS_AREA, null), figures, TODAY).status());
        Figures scopedOnly = new Figures().with(Metric.EVENT_FILL_RATE, EVENTS_AREA, "90");
        assertEquals(ConditionStatus.NO_DATA, ConditionEvaluator.evaluate(
                condition(Comparison.AT_LEAST, "80", MetricScope.EVERYTHING, null), scopedOnly, TODAY).status());
    }

    @Test
    void businessAreaScopeMatchesIgnoringCase() {
        Figures figures = new Figures().with(Metric.EVENT_FILL_RATE, SALES, "85");
        assertEquals(ConditionStatus.MET, ConditionEvaluator.evaluate(
                condition(Comparison.AT_LEAST, "80", new MetricScope(Optional.empty(), " sales"), null), figures, TODAY).status());
    }

    @Test
    void notMetAfterTheTargetDateIsOverdueAndRed() {
        Evaluation evaluation = ConditionEvaluator.evaluate(
                condition(Comparison.AT_LEAST, "80", MetricScope.EVERYTHING, TODAY.minusDays(1)),
                new Figures().with(Metric.EVENT_FILL_RATE, MetricScope.EVERYTHING, "70"), TODAY);
        assertEquals(ConditionStatus.NOT_MET, evaluation.status());
        assertTrue(evaluation.overdue());
        assertEquals(Signal.RED, evaluation.signal());
    }

    @Test
    void notMetOnOrBeforeTheTargetDateIsAmberAndNotOverdue() {
        Figures figures = new Figures().with(Metric.EVENT_FILL_RATE, MetricScope.EVERYTHING, "70");
        for (LocalDate target : List.of(TODAY, TODAY.plusMonths(3))) {
            Evaluation evaluation = ConditionEvaluator.evaluate(
                    condition(Comparison.AT_LEAST, "80", MetricScope.EVERYTHING, target), figures, TODAY);
            assertEquals(ConditionStatus.NOT_MET, evaluation.status());
            assertFalse(evaluation.overdue());
            assertEquals(Signal.AMBER, evaluation.signal());
        }
    }

    @Test
    void notMetWithoutATargetDateIsRedButNotOverdue() {
        Evaluation evaluation = evaluate(Comparison.AT_LEAST, "80", "70");
        assertEquals(Signal.RED, evaluation.signal());
        assertFalse(evaluation.overdue());
    }

    @Test
    void metAfterTheTargetDateIsSimplyMet() {
        Evaluation evaluation = ConditionEvaluator.evaluate(
                condition(Comparison.AT_LEAST, "80", MetricScope.EVERYTHING, TODAY.minusYears(1)),
                new Figures().with(Metric.EVENT_FILL_RATE, MetricScope.EVERYTHING, "81"), TODAY);
        assertEquals(ConditionStatus.MET, evaluation.status());
        assertFalse(evaluation.overdue());
        assertEquals(Signal.GREEN, evaluation.signal());
    }

    @Test
    void noDataAfterTheTargetDateIsOverdueButStaysGrey() {
        Evaluation evaluation = ConditionEvaluator.evaluate(
                condition(Comparison.AT_LEAST, "80", MetricScope.EVERYTHING, TODAY.minusDays(1)),
                OperationalFigures.NOT_YET_RECORDED, TODAY);
        assertEquals(ConditionStatus.NO_DATA, evaluation.status());
        assertTrue(evaluation.overdue());
        assertEquals(Signal.GREY, evaluation.signal());
    }

    @Test
    void evaluatesEveryConditionInOrder() {
        List<Evaluation> evaluations = ConditionEvaluator.evaluateAll(List.of(
                condition(Comparison.AT_LEAST, "80", MetricScope.EVERYTHING, null),
                condition(Comparison.AT_MOST, "80", MetricScope.EVERYTHING, null)),
                new Figures().with(Metric.EVENT_FILL_RATE, MetricScope.EVERYTHING, "90"), TODAY);
        assertEquals(List.of(ConditionStatus.MET, ConditionStatus.NOT_MET),
                evaluations.stream().map(Evaluation::status).toList());
        assertEquals(List.of(), ConditionEvaluator.evaluateAll(List.of(), OperationalFigures.NOT_YET_RECORDED, TODAY));
    }

    @Test
    void evaluatingAllReadsEachFigureOnceAndStillKeepsScopesApart() {
        java.util.List<String> reads = new java.util.ArrayList<>();
        OperationalFigures figures = (metric, scope) -> {
            reads.add(metric + " " + scope.businessArea());
            return Optional.of(new BigDecimal(scope.businessArea().isEmpty() ? "90" : "50"));
        };
        java.util.List<Evaluation> all = ConditionEvaluator.evaluateAll(java.util.List.of(
                condition(Comparison.AT_LEAST, "80", MetricScope.EVERYTHING, null),
                condition(Comparison.AT_LEAST, "95", MetricScope.EVERYTHING, null),
                condition(Comparison.AT_LEAST, "80", SALES, null)), figures, TODAY);
        assertEquals(java.util.List.of(ConditionStatus.MET, ConditionStatus.NOT_MET, ConditionStatus.NOT_MET),
                all.stream().map(Evaluation::status).toList());
        assertEquals(2, reads.size(), "one read per metric and scope: " + reads);
    }
}
