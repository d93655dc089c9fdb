package org.learnops.studio.domain.questions;

/**
 * Where a metric's figures come from. Events (with their sessions, enrolments, attendance and costs)
 * are recorded in the Operations step; the other records arrive with operations steps of a later
 * release, and until then every metric fed by them has no data.
 */
public enum FigureSource {
    EVENTS("metric.source.events"),
    REQUESTS("metric.source.requests"),
    BUDGETS("metric.source.budgets"),
    CONTENT("metric.source.content"),
    COMPLIANCE("metric.source.compliance");

    private final String messageKey;

    FigureSource(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Says why there is no data yet, e.g. "training requests arrive with the Operations step for requests". */
    public String messageKey() {
        return messageKey;
    }
}
