package org.learnops.studio.domain.champions;

import java.util.Objects;
import java.util.Optional;

/**
 * A stakeholder who champions the strategy for a business area, a region and/or an activity area.
 *
 * @param id             store identity (0 before it is stored)
 * @param stakeholderId  the stakeholder in the register
 * @param businessArea   the business area they champion, may be empty
 * @param region         the region they champion, may be empty
 * @param activityAreaId the Scope step's activity area they champion, if any
 * @param commitment     what they have committed to do (may be long)
 */
public record Champion(
        long id,
        long stakeholderId,
        String businessArea,
        String region,
        Optional<Long> activityAreaId,
        String commitment) {

    public Champion {
        businessArea = text(businessArea);
        region = text(region);
        activityAreaId = Objects.requireNonNull(activityAreaId, "activityAreaId");
        commitment = text(commitment);
    }

    /** A new champion for {@code stakeholderId}, for the given business area and region, nothing else yet. */
    public static Champion of(long stakeholderId, String businessArea, String region) {
        return new Champion(0, stakeholderId, businessArea, region, Optional.empty(), "");
    }

    public Champion withId(long value) {
        return new Champion(value, stakeholderId, businessArea, region, activityAreaId, commitment);
    }

    /** Assigned to no business area, region or activity area yet. */
    public boolean isUnassigned() {
        return businessArea.isBlank() && region.isBlank() && activityAreaId.isEmpty();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
