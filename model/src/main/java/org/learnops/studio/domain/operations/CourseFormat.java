package org.learnops.studio.domain.operations;

import org.learnops.studio.domain.Labelled;

/** How a course is delivered. */
public enum CourseFormat implements Labelled {
    IN_PERSON("courseFormat.inPerson"),
    VIRTUAL("courseFormat.virtual"),
    BLENDED("courseFormat.blended");

    private final String messageKey;

    CourseFormat(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
