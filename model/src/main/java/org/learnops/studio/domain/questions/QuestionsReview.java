package org.learnops.studio.domain.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learnops.studio.domain.Problem;

/**
 * What the strategy overview shows for the four questions: the warnings, and how complete the step is.
 * A warning's {@link Problem#field()} locates the thing to fix: {@code "condition:<id>"} or
 * {@code "question:<KEY>"} (e.g. {@code "question:CONTENT"}).
 */
public final class QuestionsReview {

    private QuestionsReview() {
    }

    /**
     * How complete the step is.
     *
     * @param answered          questions with a non-blank answer
     * @param withCondition     questions with at least one done-condition
     * @param conditions        done-conditions in all
     * @param met               conditions met today
     * @param noData            conditions without data yet
     * @param missingAnswer     questions still without an answer, in order
     * @param missingCondition  questions still without a done-condition, in order
     */
    public record Completeness(int answered, int withCondition, int conditions, int met, int noData,
                               List<KeyQuestion> missingAnswer, List<KeyQuestion> missingCondition) {

        public Completeness {
            missingAnswer = List.copyOf(missingAnswer);
            missingCondition = List.copyOf(missingCondition);
        }

        /** Always 4. */
        public int questions() {
            return KeyQuestion.values().length;
        }

        /** Every question has an answer and at least one done-condition. */
        public boolean isComplete() {
            return missingAnswer.isEmpty() && missingCondition.isEmpty();
        }
    }

    public static Completeness completeness(Map<KeyQuestion, String> answers, List<Evaluation> evaluations) {
        List<KeyQuestion> missingAnswer = new ArrayList<>();
        List<KeyQuestion> missingCondition = new ArrayList<>();
        for (KeyQuestion question : KeyQuestion.values()) {
            if (answers.getOrDefault(question, "").isBlank()) {
                missingAnswer.add(question);
            }
            if (evaluations.stream().noneMatch(e -> e.condition().question() == question)) {
                missingCondition.add(question);
            }
        }
        int count = KeyQuestion.values().length;
        return new Completeness(count - missingAnswer.size(), count - missingCondition.size(), evaluations.size(),
                (int) evaluations.stream().filter(e -> e.status() == ConditionStatus.MET).count(),
                (int) evaluations.stream().filter(e -> e.status() == ConditionStatus.NO_DATA).count(),
                missingAnswer, missingCondition);
    }

    /**
     * The warnings, in question order: a condition not met (overdue when its date has passed), a
     * condition without an owner. Conditions without data are not warnings: nothing can be done
     * about them until the operations data exists. Missing answers and conditions are in
     * {@link #completeness}.
     * Message arguments: question number, the metric's name, and for overdue the target date.
     */
    public static List<Problem> warnings(List<Evaluation> evaluations) {
        List<Problem> warnings = new ArrayList<>();
        for (KeyQuestion question : KeyQuestion.values()) {
            for (Evaluation evaluation : evaluations) {
                DoneCondition condition = evaluation.condition();
                if (condition.question() != question) {
                    continue;
                }
                String where = "condition:" + condition.id();
                String metric = condition.metric().canonicalName();
                if (evaluation.status() == ConditionStatus.NOT_MET) {
                    warnings.add(evaluation.overdue()
                            ? Problem.of(where, "questions.warning.overdue", question.number(), metric,
                                    condition.targetDate().orElseThrow().toString())
                            : Problem.of(where, "questions.warning.notMet", question.number(), metric));
                }
                if (condition.ownerId().isEmpty()) {
                    warnings.add(Problem.of(where, "questions.warning.noOwner", question.number(), metric));
                }
            }
        }
        return warnings;
    }
}
