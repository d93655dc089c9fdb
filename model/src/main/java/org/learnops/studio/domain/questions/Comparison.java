package org.learnops.studio.domain.questions;

import java.math.BigDecimal;

/** How a metric's value is compared with a done-condition's threshold. Numbers compare by value: 80 equals 80.0. */
public enum Comparison {
    AT_LEAST("≥"),
    MORE_THAN(">"),
    AT_MOST("≤"),
    LESS_THAN("<"),
    EQUAL("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code value} compared with {@code threshold} this way holds. */
    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int order = value.compareTo(threshold);
        return switch (this) {
            case AT_LEAST -> order >= 0;
            case MORE_THAN -> order > 0;
            case AT_MOST -> order <= 0;
            case LESS_THAN -> order < 0;
            case EQUAL -> order == 0;
        };
    }
}
