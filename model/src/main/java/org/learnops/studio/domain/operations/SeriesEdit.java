package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** Which sessions of a series an edit applies to. */
public enum SeriesEdit implements Labelled {
    THIS_SESSION("seriesEdit.thisSession"),
    THIS_AND_FOLLOWING("seriesEdit.thisAndFollowing"),
    ALL("seriesEdit.all");

    private final String messageKey;

    SeriesEdit(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
