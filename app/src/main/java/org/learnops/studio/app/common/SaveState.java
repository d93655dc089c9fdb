package org.learnops.studio.app.common;

/** What the status bar says about the user's edits. */
public enum SaveState {
    SAVED("status.saved"),
    SAVING("status.saving"),
    FAILED("status.saveFailed");

    private final String messageKey;

    SaveState(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
