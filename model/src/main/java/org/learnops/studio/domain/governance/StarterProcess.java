package org.learnops.studio.domain.governance;

import org.learnops.studio.domain.scope.BuiltInArea;

/** The starter set's processes: one or two typical ones per built-in activity area (names in the UI bundle). */
public enum StarterProcess {
    APPROVE_REQUEST(BuiltInArea.REQUEST_FULFILLMENT, "governance.starter.approveRequest"),
    PRIORITISE_REQUESTS(BuiltInArea.REQUEST_FULFILLMENT, "governance.starter.prioritiseRequests"),
    SHIP_MATERIALS(BuiltInArea.MATERIAL_PROVISIONING, "governance.starter.shipMaterials"),
    ADMINISTER_LMS(BuiltInArea.LEARNING_TECHNOLOGY_ADMINISTRATION, "governance.starter.administerLms"),
    CHANGE_PLATFORM(BuiltInArea.LEARNING_TECHNOLOGY_ADMINISTRATION, "governance.starter.changePlatform"),
    TRACK_SPEND(BuiltInArea.FINANCIAL_TRACKING, "governance.starter.trackSpend"),
    SET_BUDGET(BuiltInArea.FINANCIAL_TRACKING, "governance.starter.setBudget"),
    SCHEDULE_EVENT(BuiltInArea.EVENT_MANAGEMENT, "governance.starter.scheduleEvent"),
    CANCEL_EVENT(BuiltInArea.EVENT_MANAGEMENT, "governance.starter.cancelEvent"),
    REVIEW_CONTENT(BuiltInArea.CONTENT_MANAGEMENT, "governance.starter.reviewContent"),
    RETIRE_CONTENT(BuiltInArea.CONTENT_MANAGEMENT, "governance.starter.retireContent"),
    RENEW_VENDOR(BuiltInArea.VENDOR_MANAGEMENT, "governance.starter.renewVendor"),
    SELECT_VENDOR(BuiltInArea.VENDOR_MANAGEMENT, "governance.starter.selectVendor"),
    ASSIGN_COMPLIANCE(BuiltInArea.COMPLIANCE, "governance.starter.assignCompliance"),
    REPORT_COMPLIANCE(BuiltInArea.COMPLIANCE, "governance.starter.reportCompliance"),
    PUBLISH_ANALYTICS(BuiltInArea.ANALYTICS, "governance.starter.publishAnalytics");

    private final BuiltInArea area;
    private final String messageKey;

    StarterProcess(BuiltInArea area, String messageKey) {
        this.area = area;
        this.messageKey = messageKey;
    }

    public BuiltInArea area() {
        return area;
    }

    public String messageKey() {
        return messageKey;
    }
}
