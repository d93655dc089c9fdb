package org.learnops.studio.domain.governance;

/** The starter set's roles (names in the UI bundle). */
public enum StarterRole {
    CENTRAL_LEARNOPS("governance.starter.role.centralLearnOps"),
    AREA_PARTNER("governance.starter.role.areaPartner"),
    HR("governance.starter.role.hr"),
    IT("governance.starter.role.it"),
    LEGAL("governance.starter.role.legal"),
    COMMUNICATIONS("governance.starter.role.communications"),
    FINANCE("governance.starter.role.finance");

    private final String messageKey;

    StarterRole(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
