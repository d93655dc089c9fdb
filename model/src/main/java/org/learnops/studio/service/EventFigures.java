package org.learnops.studio.service;

import java.math.BigDecimal;
import java.util.Optional;
import org.learnops.studio.domain.operations.EventMetrics;
import org.learnops.studio.domain.questions.FigureSource;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.domain.questions.OperationalFigures;
import org.learnops.studio.persistence.OperationsRepository;

/**
 * The figures of the event metrics, read from the operation's records for exactly the scope asked
 * (an activity area through the event's course, a business area through the event's own business
 * area, ignoring case). Metrics of other sources (requests, budgets, content, compliance) have no
 * data yet. The definitions are {@link EventMetrics}'.
 */
public class EventFigures implements OperationalFigures {

    private final OperationsRepository repository;

    public EventFigures(OperationsRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<BigDecimal> value(Metric metric, MetricScope scope) {
        if (metric.source() != FigureSource.EVENTS) {
            return Optional.empty();
        }
        return EventMetrics.value(metric, repository.inTransaction(store -> store.totals(scope, metric)));
    }
}
