package org.learnops.studio.domain.questions;

import java.math.BigDecimal;
import java.util.Optional;

/** What a metric counts in, and so which thresholds make sense for it. */
public enum MetricUnit {
    /** 0 to 100. */
    PERCENT("metric.unit.percent", BigDecimal.ZERO, new BigDecimal("100"), false),
    /** An amount of money, 0 or more, in the organisation's currency. */
    MONEY("metric.unit.money", BigDecimal.ZERO, null, false),
    /** A whole number, 0 or more. */
    COUNT("metric.unit.count", BigDecimal.ZERO, null, true);

    private final String messageKey;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean whole;

    MetricUnit(String messageKey, BigDecimal min, BigDecimal max, boolean whole) {
        this.messageKey = messageKey;
        this.min = min;
        this.max = max;
        this.whole = whole;
    }

    public String messageKey() {
        return messageKey;
    }

    public BigDecimal min() {
        return min;
    }

    /** Empty when there is no upper bound. */
    public Optional<BigDecimal> max() {
        return Optional.ofNullable(max);
    }

    /** Only whole numbers make sense (a count). */
    public boolean isWhole() {
        return whole;
    }

    /** Within {@link #min()} and {@link #max()}, and whole if it must be. */
    public boolean allows(BigDecimal value) {
        return value.compareTo(min) >= 0
                && (max == null || value.compareTo(max) <= 0)
                && (!whole || value.stripTrailingZeros().scale() <= 0);
    }
}
