package org.learnops.studio.domain.artefacts;

/** The kinds of system a learning ecosystem is made of. */
public enum SystemType {
    LMS("systemType.lms"),
    LXP("systemType.lxp"),
    HRIS("systemType.hris"),
    AUTHORING_TOOL("systemType.authoringTool"),
    VIRTUAL_CLASSROOM("systemType.virtualClassroom"),
    CONTENT_VENDOR("systemType.contentVendor"),
    OTHER("systemType.other");

    private final String messageKey;

    SystemType(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
