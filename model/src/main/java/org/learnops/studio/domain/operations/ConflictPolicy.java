package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** What a conflict of one kind does to a save: warn and save, refuse, or save only with a reason that is logged. */
public enum ConflictPolicy implements Labelled {
    WARN("conflictPolicy.warn"),
    BLOCK("conflictPolicy.block"),
    OVERRIDE_WITH_REASON("conflictPolicy.overrideWithReason");

    private final String messageKey;

    ConflictPolicy(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
