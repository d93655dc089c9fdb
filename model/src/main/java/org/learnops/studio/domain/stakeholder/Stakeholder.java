package org.learnops.studio.domain.stakeholder;

import java.util.Objects;

/**
 * A person whose support the strategy needs.
 *
 * @param id           store identity (0 before it is stored)
 * @param name         required
 * @param role         job title or role in the strategy
 * @param group        the part of the organisation they speak for
 * @param businessArea their business area, may be empty
 * @param region       their region, may be empty
 * @param influence    1 (little) to 5 (decisive)
 * @param interest     1 (little) to 5 (very interested)
 * @param stance       blocker to champion
 * @param email        optional; personal data, never exported unless the user asks
 */
public record Stakeholder(
        long id,
        String name,
        String role,
        StakeholderGroup group,
        String businessArea,
        String region,
        int influence,
        int interest,
        Stance stance,
        String email) {

    public Stakeholder {
        name = text(name);
        role = text(role);
        group = Objects.requireNonNull(group, "group");
        businessArea = text(businessArea);
        region = text(region);
        stance = Objects.requireNonNull(stance, "stance");
        email = text(email);
    }

    /** A new stakeholder with middle ratings, neutral stance. */
    public static Stakeholder named(String name, StakeholderGroup group) {
        return new Stakeholder(0, name, "", group, "", "", 3, 3, Stance.NEUTRAL, "");
    }

    public Stakeholder withId(long value) {
        return new Stakeholder(value, name, role, group, businessArea, region, influence, interest, stance, email);
    }

    public Stakeholder withInfluenceAndInterest(int newInfluence, int newInterest) {
        return new Stakeholder(id, name, role, group, businessArea, region, newInfluence, newInterest, stance, email);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
