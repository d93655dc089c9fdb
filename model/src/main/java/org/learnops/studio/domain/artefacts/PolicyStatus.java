package org.learnops.studio.domain.artefacts;

/** Where a policy or procedure stands. */
public enum PolicyStatus {
    DRAFT("policyStatus.draft"),
    IN_REVIEW("policyStatus.inReview"),
    APPROVED("policyStatus.approved"),
    RETIRED("policyStatus.retired");

    private final String messageKey;

    PolicyStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
