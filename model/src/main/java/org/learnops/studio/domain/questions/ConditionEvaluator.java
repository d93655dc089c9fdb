package org.learnops.studio.domain.questions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation engine: compares each done-condition with the operation's figures.
 * <ul>
 * <li>No figure for the metric in the condition's exact scope: {@link ConditionStatus#NO_DATA}
 *     (an organisation-wide figure is not used for a scoped condition, nor the other way round).</li>
 * <li>Otherwise {@link ConditionStatus#MET} when the comparison holds, else {@link ConditionStatus#NOT_MET}.</li>
 * <li>Overdue: not met or no data, and the target date is before today (on the target date itself it is not yet overdue).
 *     A condition met after its date is simply met.</li>
 * </ul>
 * The signal is green when met, grey when there is no data, amber when not met but the target date
 * is today or later, red when not met and the date has passed or none is set.
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    public static Evaluation evaluate(DoneCondition condition, OperationalFigures figures, LocalDate today) {
        Optional<BigDecimal> value = figures.value(condition.metric(), condition.scope());
        boolean overdue = condition.targetDate().map(date -> date.isBefore(today)).orElse(false);
        if (value.isEmpty()) {
            return new Evaluation(condition, value, ConditionStatus.NO_DATA, overdue, Signal.GREY);
        }
        if (condition.comparison().holds(value.get(), condition.threshold())) {
            return new Evaluation(condition, value, ConditionStatus.MET, false, Signal.GREEN);
        }
        boolean stillAhead = condition.targetDate().isPresent() && !overdue;
        return new Evaluation(condition, value, ConditionStatus.NOT_MET, overdue, stillAhead ? Signal.AMBER : Signal.RED);
    }

    public static List<Evaluation> evaluateAll(List<DoneCondition> conditions, OperationalFigures figures, LocalDate today) {
        // Conditions often share a metric and scope (a threshold now, another by year end): each
        // figure is read once per evaluation, since reading one can mean a pass over every enrolment.
        Map<List<Object>, Optional<BigDecimal>> read = new HashMap<>();
        OperationalFigures once = (metric, scope) -> read.computeIfAbsent(List.of(metric, scope),
                key -> figures.value(metric, scope));
        return conditions.stream().map(condition -> evaluate(condition, once, today)).toList();
    }
}
