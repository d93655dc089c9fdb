package org.learnops.studio.domain.scope;

import org.learnops.studio.domain.Labelled;

/**
 * The nine activity areas a learning operations strategy can serve, as the source article names
 * them. Every workspace has all nine; users add custom areas beside them.
 */
public enum BuiltInArea implements Labelled {
    REQUEST_FULFILLMENT("area.requestFulfillment", "Request fulfillment"),
    MATERIAL_PROVISIONING("area.materialProvisioning", "Material provisioning"),
    LEARNING_TECHNOLOGY_ADMINISTRATION("area.learningTechnologyAdministration", "Learning technology administration"),
    FINANCIAL_TRACKING("area.financialTracking", "Financial tracking"),
    EVENT_MANAGEMENT("area.eventManagement", "Event management"),
    CONTENT_MANAGEMENT("area.contentManagement", "Content management"),
    VENDOR_MANAGEMENT("area.vendorManagement", "Vendor management"),
    COMPLIANCE("area.compliance", "Compliance"),
    ANALYTICS("area.analytics", "Analytics");

    private final String messageKey;
    private final String canonicalName;

    BuiltInArea(String messageKey, String canonicalName) {
        this.messageKey = messageKey;
        this.canonicalName = canonicalName;
    }

    /** Key of the area's display name in the UI bundle. */
    @Override
    public String messageKey() {
        return messageKey;
    }

    /**
     * The article's English term. Custom areas may not reuse it, so that a custom area can never
     * be mistaken for a built-in one in exports and imports.
     */
    public String canonicalName() {
        return canonicalName;
    }
}
