package org.learnops.studio.domain.artefacts;

/** Which way data flows along an integration. */
public enum Direction {
    ONE_WAY("direction.oneWay"),
    TWO_WAY("direction.twoWay");

    private final String messageKey;

    Direction(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
