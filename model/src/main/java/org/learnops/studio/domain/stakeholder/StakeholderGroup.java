package org.learnops.studio.domain.stakeholder;

import org.learnops.studio.domain.Labelled;

/** Which part of the organisation a stakeholder speaks for. */
public enum StakeholderGroup implements Labelled {
    SENIOR_LEADER("stakeholderGroup.seniorLeader"),
    LEARNING_OPS("stakeholderGroup.learningOps"),
    HR("stakeholderGroup.hr"),
    IT("stakeholderGroup.it"),
    LEGAL("stakeholderGroup.legal"),
    CORPORATE_COMMUNICATIONS("stakeholderGroup.corporateCommunications"),
    BUSINESS_AREA("stakeholderGroup.businessArea"),
    OTHER("stakeholderGroup.other");

    private final String messageKey;

    StakeholderGroup(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
