package org.learnops.studio.domain.scope;

import java.util.List;
import java.util.Objects;

/**
 * The strategy's identity and reach: the Scope step's form.
 *
 * @param name            what the strategy is called (required)
 * @param sponsor         the senior leader who sponsors it
 * @param owner           who owns and drives it
 * @param organisation    enterprise-wide or one business area
 * @param businessArea    the business area, when {@code organisation} is {@link OrganisationalScope#BUSINESS_AREA}
 * @param geography       global or regional
 * @param regions         the regions covered, when {@code geography} is {@link Geography#REGIONAL}
 * @param authorityNotes  what the owner has the authority and resources to control
 */
public record Strategy(
        String name,
        String sponsor,
        String owner,
        OrganisationalScope organisation,
        String businessArea,
        Geography geography,
        List<String> regions,
        String authorityNotes) {

    public Strategy {
        name = text(name);
        sponsor = text(sponsor);
        owner = text(owner);
        organisation = Objects.requireNonNull(organisation, "organisation");
        businessArea = text(businessArea);
        geography = Objects.requireNonNull(geography, "geography");
        regions = List.copyOf(regions);
        authorityNotes = text(authorityNotes);
    }

    /** A strategy nobody has filled in yet. */
    public static Strategy empty() {
        return new Strategy("", "", "", OrganisationalScope.ENTERPRISE_WIDE, "", Geography.GLOBAL, List.of(), "");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
