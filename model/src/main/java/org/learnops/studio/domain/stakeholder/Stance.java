package org.learnops.studio.domain.stakeholder;

import org.learnops.studio.domain.Labelled;

/** Where a stakeholder stands on the strategy, from against to driving it. */
public enum Stance implements Labelled {
    BLOCKER("stance.blocker"),
    SKEPTIC("stance.skeptic"),
    NEUTRAL("stance.neutral"),
    SUPPORTER("stance.supporter"),
    CHAMPION("stance.champion");

    private final String messageKey;

    Stance(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** Blockers and skeptics: worth attention when they are influential. */
    public boolean isAgainst() {
        return this == BLOCKER || this == SKEPTIC;
    }
}
