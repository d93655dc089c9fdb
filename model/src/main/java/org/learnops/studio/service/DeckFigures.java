package org.learnops.studio.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.learnops.studio.domain.operations.EventMetrics;
import org.learnops.studio.domain.operations.EventTotals;
import org.learnops.studio.domain.operations.KpiFigures;
import org.learnops.studio.domain.questions.FigureSource;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.domain.questions.OperationalFigures;
import org.learnops.studio.persistence.OperationsRepository;
import org.learnops.studio.persistence.OperationsStore;

/**
 * The operation's figures for one stakeholder deck, each read once however many slides show it
 * (the done-conditions, the next steps' warnings and the charts), and read together where they
 * come from the same pass: the sessions chart and "sessions cancelled" from one pass over the
 * sessions, the fill-rate chart and the organisation-wide fill rate from one pass over the events,
 * the attendance chart, attendance and no-show rates from one count of the marks. Not for use
 * across edits: it keeps what it read.
 */
public class DeckFigures implements OperationalFigures {

    private final OperationsRepository repository;
    private final Map<List<Object>, EventTotals> totals = new HashMap<>();
    private List<KpiFigures.MonthSessions> months;
    private List<KpiFigures.AreaFill> fill;
    private List<KpiFigures.CategoryCost> costs;

    public DeckFigures(OperationsRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<BigDecimal> value(Metric metric, MetricScope scope) {
        if (metric.source() != FigureSource.EVENTS) {
            return Optional.empty();
        }
        return EventMetrics.value(metric, totals(metric, scope));
    }

    /** The counts of {@code metric} for {@code scope} (see {@link OperationsStore#totals}). */
    public EventTotals totals(Metric metric, MetricScope scope) {
        if (scope.isEverything() && metric == Metric.EVENT_FILL_RATE) {
            long held = fillByActivityArea().stream().mapToLong(KpiFigures.AreaFill::placesHeld).sum();
            long capacity = fillByActivityArea().stream().mapToLong(KpiFigures.AreaFill::capacity).sum();
            return new EventTotals(held, capacity, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, "", 0);
        }
        if (scope.isEverything() && metric == Metric.SESSIONS_CANCELLED) {
            long sessions = sessionsByMonth().stream().mapToLong(KpiFigures.MonthSessions::sessions).sum();
            long cancelled = sessionsByMonth().stream().mapToLong(KpiFigures.MonthSessions::cancelled).sum();
            return new EventTotals(0, 0, 0, 0, sessions, cancelled, 0, 0, BigDecimal.ZERO, "", 0);
        }
        // attendance and no-show rates come from the same count of marks
        Metric read = metric == Metric.NO_SHOW_RATE ? Metric.ATTENDANCE_RATE : metric;
        return totals.computeIfAbsent(List.of(read, scope), key -> read(store -> store.totals(scope, read)));
    }

    public List<KpiFigures.MonthSessions> sessionsByMonth() {
        if (months == null) {
            months = read(OperationsStore::sessionsByMonth);
        }
        return months;
    }

    public List<KpiFigures.MonthCount> sessionsPerMonth() {
        return KpiFigures.held(sessionsByMonth());
    }

    public List<KpiFigures.AreaFill> fillByActivityArea() {
        if (fill == null) {
            fill = read(OperationsStore::fillByActivityArea);
        }
        return fill;
    }

    public List<KpiFigures.CategoryCost> costsByCategory() {
        if (costs == null) {
            costs = read(OperationsStore::costsByCategory);
        }
        return costs;
    }

    private <T> T read(Function<OperationsStore, T> work) {
        return repository.inTransaction(work);
    }
}
