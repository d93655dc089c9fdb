package org.learnops.studio.domain.champions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.domain.stakeholder.Stakeholder;

/** Finds the gaps in the champion network: areas and regions nobody champions, influential opponents, unowned deliverables. */
public final class GapRules {

    /** Stakeholders with at least this influence are worth a warning when they are against the strategy. */
    public static final int HIGH_INFLUENCE = 4;

    private GapRules() {
    }

    /**
     * The gaps, in this order: business areas, regions, influential blockers and skeptics, deliverables.
     *
     * <ul>
     *   <li>In-scope business areas: the strategy's business area when it covers one business area,
     *       otherwise every business area named in the stakeholder register.</li>
     *   <li>In-scope regions: the strategy's regions when it is regional, none when it is global.</li>
     *   <li>Names are compared without case and outer spaces.</li>
     * </ul>
     *
     * @param stakeholders the register (not deleted); champions of anyone else are ignored
     */
    public static List<Gap> find(Strategy strategy, List<Stakeholder> stakeholders, List<Champion> champions,
                                 List<Deliverable> deliverables) {
        Set<Long> inRegister = stakeholders.stream().map(Stakeholder::id).collect(Collectors.toSet());
        List<Champion> active = champions.stream().filter(c -> inRegister.contains(c.stakeholderId())).toList();
        Set<String> championedAreas = active.stream().map(c -> normal(c.businessArea())).collect(Collectors.toSet());
        Set<String> championedRegions = active.stream().map(c -> normal(c.region())).collect(Collectors.toSet());

        List<Gap> gaps = new ArrayList<>();
        for (String area : businessAreasInScope(strategy, stakeholders)) {
            if (!championedAreas.contains(normal(area))) {
                gaps.add(Gap.of(Gap.Kind.BUSINESS_AREA_WITHOUT_CHAMPION, area));
            }
        }
        for (String region : regionsInScope(strategy)) {
            if (!championedRegions.contains(normal(region))) {
                gaps.add(Gap.of(Gap.Kind.REGION_WITHOUT_CHAMPION, region));
            }
        }
        for (Stakeholder stakeholder : stakeholders) {
            if (stakeholder.influence() >= HIGH_INFLUENCE && stakeholder.stance().isAgainst()) {
                gaps.add(Gap.of(Gap.Kind.INFLUENTIAL_OPPONENT, stakeholder.name().strip(), stakeholder.stance(),
                        stakeholder.influence()));
            }
        }
        for (Deliverable deliverable : deliverables) {
            boolean owned = deliverable.ownerId().filter(inRegister::contains).isPresent();
            if (deliverable.included() && !owned) {
                gaps.add(Gap.of(Gap.Kind.DELIVERABLE_WITHOUT_OWNER,
                        deliverable.isCustom() ? deliverable.customTitle().strip() : deliverable.kind()));
            }
        }
        return gaps;
    }

    /** The business areas that need a champion, each once, in order (see {@link #find}). */
    public static List<String> businessAreasInScope(Strategy strategy, List<Stakeholder> stakeholders) {
        if (strategy.organisation() == OrganisationalScope.BUSINESS_AREA) {
            return distinct(List.of(strategy.businessArea()));
        }
        return distinct(stakeholders.stream().map(Stakeholder::businessArea).toList());
    }

    /** The regions that need a champion, each once, in order (see {@link #find}). */
    public static List<String> regionsInScope(Strategy strategy) {
        return strategy.geography() == Geography.REGIONAL ? distinct(strategy.regions()) : List.of();
    }

    /** Non-blank names without outer spaces, each once ignoring case (the first spelling wins), in order. */
    public static List<String> distinct(List<String> names) {
        Map<String, String> byNormal = new LinkedHashMap<>();
        for (String name : names) {
            if (!name.isBlank()) {
                byNormal.putIfAbsent(normal(name), name.strip());
            }
        }
        return List.copyOf(byNormal.values());
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
