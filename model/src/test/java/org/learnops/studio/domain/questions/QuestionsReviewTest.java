package org.learnops.studio.domain.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.Problem;

/** The warnings and completeness the overview shows for the four questions. */
class QuestionsReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static DoneCondition condition(long id, KeyQuestion question, LocalDate target, Long owner) {
        return new DoneCondition(id, question, Metric.ATTENDANCE_RATE, MetricScope.EVERYTHING, Comparison.AT_LEAST,
                new BigDecimal("90"), Optional.ofNullable(target), Optional.ofNullable(owner));
    }

    private static final OperationalFigures SEVENTY = (metric, scope) -> Optional.of(new BigDecimal("70"));

    @Test
    void nothingToWarnAboutWithoutConditions() {
        assertEquals(List.of(), QuestionsReview.warnings(List.of()));
    }

    @Test
    void conditionsNotMetAndWithoutOwnerAreWarnedAboutInQuestionOrder() {
        List<Evaluation> evaluations = ConditionEvaluator.evaluateAll(List.of(
                condition(4, KeyQuestion.RESPONSIBILITY, null, 1L),
                condition(2, KeyQuestion.CONTENT, TODAY.minusDays(3), 1L),
                condition(3, KeyQuestion.DELIVERY, null, null)), SEVENTY, TODAY);
        assertEquals(List.of(
                Problem.of("condition:2", "questions.warning.overdue", 1, "Attendance rate", "2027-03-12"),
                Problem.of("condition:3", "questions.warning.notMet", 2, "Attendance rate"),
                Problem.of("condition:3", "questions.warning.noOwner", 2, "Attendance rate"),
                Problem.of("condition:4", "questions.warning.notMet", 4, "Attendance rate")),
                QuestionsReview.warnings(evaluations));
    }

    @Test
    void noDataIsNotAWarningButAMissingOwnerStillIs() {
        List<Evaluation> evaluations = ConditionEvaluator.evaluateAll(List.of(
                condition(1, KeyQuestion.CONTENT, TODAY.minusDays(3), 1L),
                condition(2, KeyQuestion.CONTENT, null, null)), OperationalFigures.NOT_YET_RECORDED, TODAY);
        assertEquals(List.of(Problem.of("condition:2", "questions.warning.noOwner", 1, "Attendance rate")),
                QuestionsReview.warnings(evaluations));
    }

    @Test
    void completenessCountsAnswersAndConditionsPerQuestion() {
        Map<KeyQuestion, String> answers = new EnumMap<>(KeyQuestion.class);
        answers.put(KeyQuestion.CONTENT, "Authored in-house, reviewed yearly.");
        answers.put(KeyQuestion.DELIVERY, "   \n ");
        List<Evaluation> evaluations = ConditionEvaluator.evaluateAll(List.of(
                condition(1, KeyQuestion.CONTENT, null, 1L),
                condition(2, KeyQuestion.MEASUREMENT, null, 1L),
                condition(3, KeyQuestion.MEASUREMENT, null, 1L)), OperationalFigures.NOT_YET_RECORDED, TODAY);
        QuestionsReview.Completeness completeness = QuestionsReview.completeness(answers, evaluations);
        assertEquals(4, completeness.questions());
        assertEquals(1, completeness.answered());
        assertEquals(2, completeness.withCondition());
        assertEquals(3, completeness.conditions());
        assertEquals(0, completeness.met());
        assertEquals(3, completeness.noData());
        assertEquals(List.of(KeyQuestion.DELIVERY, KeyQuestion.MEASUREMENT, KeyQuestion.RESPONSIBILITY), completeness.missingAnswer());
        assertEquals(List.of(KeyQuestion.DELIVERY, KeyQuestion.RESPONSIBILITY), completeness.missingCondition());
        assertFalse(completeness.isComplete());
    }

    @Test
    void completeWhenEveryQuestionHasAnAnswerAndACondition() {
        Map<KeyQuestion, String> answers = new EnumMap<>(KeyQuestion.class);
        List<DoneCondition> conditions = new java.util.ArrayList<>();
        for (KeyQuestion question : KeyQuestion.values()) {
            answers.put(question, "Answer " + question.number());
            conditions.add(condition(question.number(), question, null, 1L));
        }
        QuestionsReview.Completeness completeness = QuestionsReview.completeness(answers,
                ConditionEvaluator.evaluateAll(conditions, (metric, scope) -> Optional.of(new BigDecimal("95")), TODAY));
        assertTrue(completeness.isComplete());
        assertEquals(4, completeness.met());
    }
}
