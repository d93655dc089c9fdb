package org.learnops.studio.domain.questions;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The operation's current figures, as the evaluation engine reads them. An implementation answers
 * for exactly the scope asked: a figure for one business area is not the organisation's figure,
 * and the other way round, so a scoped condition never borrows a figure that is not its own.
 */
@FunctionalInterface
public interface OperationalFigures {

    /**
     * No figure recorded anywhere: every metric honestly has no data. Production reads event
     * figures through {@code service.EventFigures}; this stays for tests and for sources whose
     * records do not exist yet (requests, budgets, content, compliance).
     */
    OperationalFigures NOT_YET_RECORDED = (metric, scope) -> Optional.empty();

    /** The metric's current value for {@code scope}, in the metric's unit; empty when there is no data. */
    Optional<BigDecimal> value(Metric metric, MetricScope scope);
}
