package org.learnops.studio.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.questions.ConditionEvaluator;
import org.learnops.studio.domain.questions.ConditionRules;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.Evaluation;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.OperationalFigures;
import org.learnops.studio.domain.questions.QuestionsReview;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.KeyQuestionsRepository;

/**
 * The Key questions step's use cases: answers and done-conditions are checked against
 * {@link ConditionRules}, then stored at once; conditions are evaluated against the operation's figures.
 */
public class KeyQuestionsService {

    private final KeyQuestionsRepository repository;
    private final OperationalFigures figures;
    private final Clock clock;

    public KeyQuestionsService(KeyQuestionsRepository repository, OperationalFigures figures, Clock clock) {
        this.repository = repository;
        this.figures = figures;
        this.clock = clock;
    }

    public Map<KeyQuestion, String> answers() {
        return repository.answers();
    }

    public void saveAnswer(KeyQuestion question, String answer) {
        refuse(ConditionRules.checkAnswer(answer));
        repository.saveAnswer(question, answer == null ? "" : answer);
    }

    public List<DoneCondition> conditions() {
        return repository.conditions();
    }

    /** Adds a condition on {@code metric} with its usual comparison and threshold. */
    public DoneCondition add(KeyQuestion question, Metric metric) {
        return repository.add(DoneCondition.usual(question, metric));
    }

    public void save(DoneCondition condition) {
        refuse(ConditionRules.check(condition));
        repository.update(condition);
    }

    public void delete(DoneCondition condition) {
        repository.delete(condition.id());
    }

    public void restore(DoneCondition condition) {
        repository.restore(condition.id());
    }

    public Evaluation evaluate(DoneCondition condition) {
        return ConditionEvaluator.evaluate(condition, figures, LocalDate.now(clock));
    }

    /** Every condition, evaluated today. */
    public List<Evaluation> evaluateAll() {
        return ConditionEvaluator.evaluateAll(repository.conditions(), figures, LocalDate.now(clock));
    }

    /** For the overview: what is answered and missing, and the warnings, from one evaluation of every condition. */
    public record Review(QuestionsReview.Completeness completeness, List<Problem> warnings) {
    }

    public Review review() {
        List<Evaluation> evaluations = evaluateAll();
        return new Review(QuestionsReview.completeness(repository.answers(), evaluations),
                QuestionsReview.warnings(evaluations));
    }

    /** For the overview: the step's warnings (see {@link QuestionsReview#warnings}). */
    public List<Problem> warnings() {
        return QuestionsReview.warnings(evaluateAll());
    }

    /** For the overview: what is answered and what is missing. */
    public QuestionsReview.Completeness completeness() {
        return QuestionsReview.completeness(repository.answers(), evaluateAll());
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
