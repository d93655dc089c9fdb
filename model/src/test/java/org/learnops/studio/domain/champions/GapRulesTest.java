package org.learnops.studio.domain.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableKind;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;

/** Gap detection on constructed data. */
class GapRulesTest {

    private static final Strategy ENTERPRISE_GLOBAL = Strategy.empty();

    private static Strategy businessArea(String area) {
        return new Strategy("Plan", "", "", OrganisationalScope.BUSINESS_AREA, area, Geography.GLOBAL, List.of(), "");
    }

    private static Strategy regional(String... regions) {
        return new Strategy("Plan", "", "", OrganisationalScope.ENTERPRISE_WIDE, "", Geography.REGIONAL, List.of(regions), "");
    }

    private static Stakeholder person(long id, String area, int influence, Stance stance) {
        return new Stakeholder(id, "Person " + id, "", StakeholderGroup.OTHER, area, "", influence, 3, stance, "");
    }

    private static Champion champion(long stakeholderId, String area, String region) {
        return new Champion(stakeholderId * 10, stakeholderId, area, region, Optional.empty(), "");
    }

    private static Deliverable deliverable(DeliverableKind kind, String title, boolean included, Long owner) {
        return new Deliverable(1, kind, title, included, "", "", Optional.ofNullable(owner), Optional.empty(),
                DeliverableStatus.NOT_STARTED, "");
    }

    private static Gap areaGap(String area) {
        return Gap.of(Gap.Kind.BUSINESS_AREA_WITHOUT_CHAMPION, area);
    }

    private static Gap regionGap(String region) {
        return Gap.of(Gap.Kind.REGION_WITHOUT_CHAMPION, region);
    }

    @Test
    void nothingInTheRegisterAndAGlobalEnterpriseStrategyHasNoGaps() {
        assertEquals(List.of(), GapRules.find(ENTERPRISE_GLOBAL, List.of(), List.of(), List.of()));
    }

    @Test
    void aStrategyForOneBusinessAreaNeedsAChampionThere() {
        List<Stakeholder> register = List.of(person(1, "Wholesale", 3, Stance.NEUTRAL));

        assertEquals(List.of(areaGap("Retail banking")),
                GapRules.find(businessArea(" Retail banking "), register, List.of(), List.of()),
                "only the strategy's area, not the register's");
        assertEquals(List.of(), GapRules.find(businessArea("Retail banking"), register,
                List.of(champion(1, "retail BANKING ", "")), List.of()), "matched without case and spaces");
    }

    @Test
    void anEnterpriseWideStrategyNeedsAChampionInEveryBusinessAreaOfTheRegister() {
        List<Stakeholder> register = List.of(
                person(1, "Retail", 3, Stance.NEUTRAL),
                person(2, " retail", 3, Stance.NEUTRAL),
                person(3, "", 3, Stance.NEUTRAL),
                person(4, "Wholesale", 3, Stance.NEUTRAL),
                person(5, "Markets", 3, Stance.NEUTRAL));

        List<Gap> gaps = GapRules.find(ENTERPRISE_GLOBAL, register, List.of(champion(5, "Markets", "")), List.of());

        assertEquals(List.of(areaGap("Retail"), areaGap("Wholesale")), gaps, "each area once, first spelling, blank ignored");
    }

    @Test
    void aRegionalStrategyNeedsAChampionInEachRegion() {
        List<Stakeholder> register = List.of(person(1, "", 3, Stance.NEUTRAL));

        List<Gap> gaps = GapRules.find(regional("EMEA", "APAC", "emea", " "), register,
                List.of(champion(1, "", " apac")), List.of());

        assertEquals(List.of(regionGap("EMEA")), gaps);
    }

    @Test
    void aGlobalStrategyHasNoRegionGapsWhateverRegionsWereTypedBefore() {
        Strategy global = new Strategy("Plan", "", "", OrganisationalScope.ENTERPRISE_WIDE, "", Geography.GLOBAL,
                List.of("EMEA"), "");

        assertEquals(List.of(), GapRules.find(global, List.of(), List.of(), List.of()));
    }

    @Test
    void aBusinessAreaStrategyWithoutANamedAreaLooksNowhereElse() {
        assertEquals(List.of(), GapRules.find(businessArea(" "), List.of(person(1, "Retail", 3, Stance.NEUTRAL)),
                List.of(), List.of()), "a blank business area (the Scope step flags it) names nothing");
    }

    @Test
    void championsOfStakeholdersNoLongerInTheRegisterDoNotCount() {
        List<Stakeholder> register = List.of(person(1, "Retail", 3, Stance.NEUTRAL));

        List<Gap> gaps = GapRules.find(regional("EMEA"), register,
                List.of(champion(2, "Retail", "EMEA")), List.of());

        assertEquals(List.of(areaGap("Retail"), regionGap("EMEA")), gaps);
    }

    @Test
    void influentialBlockersAndSkepticsAreFlagged() {
        List<Stakeholder> register = new ArrayList<>();
        long id = 1;
        for (Stance stance : Stance.values()) {
            for (int influence = 1; influence <= 5; influence++) {
                register.add(person(id++, "", influence, stance));
            }
        }

        List<Gap> gaps = GapRules.find(ENTERPRISE_GLOBAL, register, List.of(), List.of());

        assertEquals(List.of(
                Gap.of(Gap.Kind.INFLUENTIAL_OPPONENT, "Person 4", Stance.BLOCKER, 4),
                Gap.of(Gap.Kind.INFLUENTIAL_OPPONENT, "Person 5", Stance.BLOCKER, 5),
                Gap.of(Gap.Kind.INFLUENTIAL_OPPONENT, "Person 9", Stance.SKEPTIC, 4),
                Gap.of(Gap.Kind.INFLUENTIAL_OPPONENT, "Person 10", Stance.SKEPTIC, 5)), gaps);
        assertEquals(4, GapRules.HIGH_INFLUENCE);
    }

    @Test
    void includedDeliverablesWithoutAnOwnerInTheRegisterAreFlagged() {
        List<Stakeholder> register = List.of(person(1, "", 3, Stance.NEUTRAL));
        List<Deliverable> deliverables = List.of(
                deliverable(DeliverableKind.GLOSSARY, "", true, null),
                deliverable(DeliverableKind.USER_RESEARCH, "", true, 1L),
                deliverable(DeliverableKind.LEARNING_ECOSYSTEM_MAP, "", false, null),
                deliverable(null, " Vendor scorecard ", true, null),
                deliverable(DeliverableKind.POLICIES_AND_PROCEDURES, "", true, 99L));

        List<Gap> gaps = GapRules.find(ENTERPRISE_GLOBAL, register, List.of(), deliverables);

        assertEquals(List.of(
                Gap.of(Gap.Kind.DELIVERABLE_WITHOUT_OWNER, DeliverableKind.GLOSSARY),
                Gap.of(Gap.Kind.DELIVERABLE_WITHOUT_OWNER, "Vendor scorecard"),
                Gap.of(Gap.Kind.DELIVERABLE_WITHOUT_OWNER, DeliverableKind.POLICIES_AND_PROCEDURES)), gaps,
                "not the owned one, not the one left out; an owner deleted from the register is no owner");
    }

    @Test
    void gapsComeInAFixedOrder() {
        List<Stakeholder> register = List.of(person(1, "Retail", 5, Stance.BLOCKER));
        List<Deliverable> deliverables = List.of(deliverable(DeliverableKind.GLOSSARY, "", true, null));

        List<Gap> gaps = GapRules.find(regional("EMEA"), register, List.of(), deliverables);

        assertEquals(List.of(Gap.Kind.BUSINESS_AREA_WITHOUT_CHAMPION, Gap.Kind.REGION_WITHOUT_CHAMPION,
                Gap.Kind.INFLUENTIAL_OPPONENT, Gap.Kind.DELIVERABLE_WITHOUT_OWNER), gaps.stream().map(Gap::kind).toList());
        assertEquals("champions.gap.opponent", gaps.get(2).messageKey());
    }
}
