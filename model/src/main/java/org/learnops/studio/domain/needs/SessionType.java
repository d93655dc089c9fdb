package org.learnops.studio.domain.needs;

/** How a needs-analysis session gathered what people need. */
public enum SessionType {
    INTERVIEW("needs.sessionType.interview"),
    OBSERVATION("needs.sessionType.observation"),
    SURVEY("needs.sessionType.survey"),
    WORKSHOP("needs.sessionType.workshop");

    private final String messageKey;

    SessionType(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
