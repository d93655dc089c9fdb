package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** What a person does in the operation; one person can have several roles. */
public enum PersonRole implements Labelled {
    FACILITATOR("personRole.facilitator"),
    PARTICIPANT("personRole.participant"),
    COORDINATOR("personRole.coordinator");

    private final String messageKey;

    PersonRole(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
