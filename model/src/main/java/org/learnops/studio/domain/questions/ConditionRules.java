package org.learnops.studio.domain.questions;

import java.util.ArrayList;
import java.util.List;
import org.learnops.studio.domain.Problem;

/** What makes a done-condition and an answer valid. */
public final class ConditionRules {

    /** An answer may be long: several paragraphs, 10,000 characters at least. */
    public static final int MAX_ANSWER_LENGTH = 20_000;
    public static final int MAX_BUSINESS_AREA_LENGTH = 200;
    /** Thresholds are stored with 4 decimals and up to 15 digits before the point. */
    public static final int MAX_DECIMALS = 4;
    static final int MAX_INTEGER_DIGITS = 15;

    private ConditionRules() {
    }

    /**
     * The threshold must lie in the metric's valid range (a percentage 0 to 100, money and counts 0
     * or more, counts whole); the message names the range. The business area must not be too long.
     */
    public static List<Problem> check(DoneCondition condition) {
        List<Problem> problems = new ArrayList<>();
        MetricUnit unit = condition.metric().unit();
        if (!unit.allows(condition.threshold())) {
            problems.add(rangeProblem(unit));
        } else if (Math.max(condition.threshold().stripTrailingZeros().scale(), 0) > MAX_DECIMALS) {
            problems.add(Problem.of("threshold", "questions.error.tooManyDecimals", MAX_DECIMALS));
        } else if (condition.threshold().precision() - condition.threshold().scale() > MAX_INTEGER_DIGITS) {
            problems.add(rangeProblem(unit));
        }
        if (condition.scope().businessArea().length() > MAX_BUSINESS_AREA_LENGTH) {
            problems.add(Problem.of("businessArea", "questions.error.tooLong", MAX_BUSINESS_AREA_LENGTH));
        }
        return problems;
    }

    /** E.g. "Enter a value from 0 to 100 (percent)." */
    public static Problem rangeProblem(MetricUnit unit) {
        return unit.max().isPresent()
                ? Problem.of("threshold", "questions.error.range", unit.min().toPlainString(), unit.max().get().toPlainString())
                : Problem.of("threshold", unit.isWhole() ? "questions.error.rangeWhole" : "questions.error.rangeAtLeast",
                        unit.min().toPlainString());
    }

    public static List<Problem> checkAnswer(String answer) {
        if (answer != null && answer.length() > MAX_ANSWER_LENGTH) {
            return List.of(Problem.of("answer", "questions.error.tooLong", MAX_ANSWER_LENGTH));
        }
        return List.of();
    }
}
