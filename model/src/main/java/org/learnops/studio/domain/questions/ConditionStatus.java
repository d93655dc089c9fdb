package org.learnops.studio.domain.questions;

/** Where a done-condition stands today. */
public enum ConditionStatus {
    MET("questions.status.met"),
    NOT_MET("questions.status.notMet"),
    /** No figure exists for the metric (and scope): nothing is claimed either way. */
    NO_DATA("questions.status.noData");

    private final String messageKey;

    ConditionStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
