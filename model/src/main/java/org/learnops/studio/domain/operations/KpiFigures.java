package org.learnops.studio.domain.operations;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The operation's key figures summed in the database for the stakeholder deck's charts. */
public final class KpiFigures {

    private KpiFigures() {
    }

    /** Sessions (not cancelled, of events not cancelled) starting in a month, by their local start. */
    public record MonthCount(YearMonth month, long sessions) {
        public MonthCount {
            Objects.requireNonNull(month, "month");
        }
    }

    /**
     * Sessions starting in a month by their local start, all of them, and of those the ones
     * cancelled themselves or with their event: one pass gives the sessions chart and the
     * "sessions cancelled" figure.
     */
    public record MonthSessions(YearMonth month, long sessions, long cancelled) {
        public MonthSessions {
            Objects.requireNonNull(month, "month");
        }
    }

    /** The months with sessions not cancelled, and how many (the sessions chart). */
    public static List<MonthCount> held(List<MonthSessions> months) {
        return months.stream().filter(m -> m.sessions() > m.cancelled())
                .map(m -> new MonthCount(m.month(), m.sessions() - m.cancelled())).toList();
    }

    /**
     * Places held and capacity of the events counted for fill rate (see {@link EventMetrics}), per
     * activity area of the event's course; empty area = the course has none.
     */
    public record AreaFill(Optional<Long> activityAreaId, long placesHeld, long capacity) {
        public AreaFill {
            Objects.requireNonNull(activityAreaId, "activityAreaId");
        }

        /** Places held ÷ capacity in percent, one decimal; empty without capacity. */
        public Optional<BigDecimal> percent() {
            return capacity == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(placesHeld).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(capacity), 1, java.math.RoundingMode.HALF_UP));
        }
    }

    /** Cost lines not deleted, summed per category and currency (money is never converted). */
    public record CategoryCost(CostCategory category, String currency, BigDecimal amount) {
        public CategoryCost {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The currency with the largest total (ties: alphabetically first), or empty when there are no costs. */
    public static String mainCurrency(List<CategoryCost> costs) {
        java.util.Map<String, BigDecimal> sums = new java.util.TreeMap<>();
        costs.forEach(cost -> sums.merge(cost.currency(), cost.amount(), BigDecimal::add));
        return sums.entrySet().stream()
                .max(java.util.Map.Entry.<String, BigDecimal>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(java.util.Map.Entry::getKey).orElse("");
    }
}
