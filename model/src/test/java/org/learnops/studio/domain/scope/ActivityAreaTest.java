package org.learnops.studio.domain.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivityAreaTest {

    private static final ActivityArea DRAINING = new ActivityArea(4, BuiltInArea.FINANCIAL_TRACKING, null, true,
            null, ScopeRules.DRAIN_MAX_IMPACT, ScopeRules.DRAIN_MIN_EFFORT);

    @Test
    void anInScopeAreaWithHighEffortAndLowImpactLooksLikeADrain() {
        assertTrue(DRAINING.looksLikeDrain());
    }

    @Test
    void anAreaOutOfScopeIsNeverADrain() {
        assertFalse(DRAINING.withInScope(false).looksLikeDrain());
    }

    @Test
    void anInScopeAreaWithEnoughImpactIsNotADrain() {
        assertFalse(DRAINING.withImpact(ScopeRules.DRAIN_MAX_IMPACT + 1).looksLikeDrain());
    }

    @Test
    void missingTextsBecomeEmpty() {
        assertEquals("", DRAINING.customName());
        assertEquals("", DRAINING.rationale());
    }

    @Test
    void customMeansWithoutABuiltInArea() {
        assertFalse(DRAINING.isCustom());
        assertTrue(new ActivityArea(0, null, "Coaching", true, "", 3, 3).isCustom());
    }

    @Test
    void withersChangeOneComponentOnly() {
        ActivityArea changed = DRAINING.withRationale("Costly").withEffort(5).withCustomName("x");

        assertEquals(new ActivityArea(4, BuiltInArea.FINANCIAL_TRACKING, "x", true, "Costly",
                ScopeRules.DRAIN_MAX_IMPACT, 5), changed);
    }
}
