package org.learnops.studio.domain.scope;

/** Whether the strategy covers the whole enterprise or a single business area. */
public enum OrganisationalScope {
    ENTERPRISE_WIDE,
    BUSINESS_AREA
}
