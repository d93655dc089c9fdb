package org.learnops.studio.domain.scope;

/**
 * One activity area the strategy may cover: one of the article's nine ({@code builtIn} set) or a
 * custom one ({@code customName} set).
 *
 * @param id         store identity
 * @param builtIn    the built-in area, or {@code null} for a custom area
 * @param customName the custom area's name; empty for built-in areas
 * @param inScope    whether the strategy covers this area
 * @param rationale  why it is (or is not) in scope
 * @param impact     expected impact, {@link ScopeRules#MIN_RATING} to {@link ScopeRules#MAX_RATING}
 * @param effort     expected effort, same range
 */
public record ActivityArea(
        long id,
        BuiltInArea builtIn,
        String customName,
        boolean inScope,
        String rationale,
        int impact,
        int effort) {

    public ActivityArea {
        customName = customName == null ? "" : customName;
        rationale = rationale == null ? "" : rationale;
    }

    public boolean isCustom() {
        return builtIn == null;
    }

    /** True when this in-scope area looks like a time or resource drain (see {@link ScopeRules}). */
    public boolean looksLikeDrain() {
        return inScope && ScopeRules.looksLikeDrain(impact, effort);
    }

    public ActivityArea withInScope(boolean value) {
        return new ActivityArea(id, builtIn, customName, value, rationale, impact, effort);
    }

    public ActivityArea withRationale(String value) {
        return new ActivityArea(id, builtIn, customName, inScope, value, impact, effort);
    }

    public ActivityArea withImpact(int value) {
        return new ActivityArea(id, builtIn, customName, inScope, rationale, value, effort);
    }

    public ActivityArea withEffort(int value) {
        return new ActivityArea(id, builtIn, customName, inScope, rationale, impact, value);
    }

    public ActivityArea withCustomName(String value) {
        return new ActivityArea(id, builtIn, value, inScope, rationale, impact, effort);
    }
}
