package org.learnops.studio.domain.scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.learnops.studio.domain.Problem;

/** The Scope step's rules: what is valid, and which areas look like a drain. */
public final class ScopeRules {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    /** An in-scope area with at least this effort ... */
    public static final int DRAIN_MIN_EFFORT = 4;
    /** ... and at most this impact looks like a time or resource drain. */
    public static final int DRAIN_MAX_IMPACT = 2;

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_NOTES_LENGTH = 10_000;

    private ScopeRules() {
    }

    public static boolean looksLikeDrain(int impact, int effort) {
        return effort >= DRAIN_MIN_EFFORT && impact <= DRAIN_MAX_IMPACT;
    }

    public static List<Problem> check(Strategy strategy) {
        List<Problem> problems = new ArrayList<>();
        if (strategy.name().isBlank()) {
            problems.add(Problem.of("name", "scope.error.nameRequired"));
        }
        checkLength(problems, "name", strategy.name(), MAX_NAME_LENGTH);
        checkLength(problems, "sponsor", strategy.sponsor(), MAX_NAME_LENGTH);
        checkLength(problems, "owner", strategy.owner(), MAX_NAME_LENGTH);
        checkLength(problems, "businessArea", strategy.businessArea(), MAX_NAME_LENGTH);
        checkLength(problems, "authorityNotes", strategy.authorityNotes(), MAX_NOTES_LENGTH);
        if (strategy.organisation() == OrganisationalScope.BUSINESS_AREA && strategy.businessArea().isBlank()) {
            problems.add(Problem.of("businessArea", "scope.error.businessAreaRequired"));
        }
        if (strategy.geography() == Geography.REGIONAL && strategy.regions().isEmpty()) {
            problems.add(Problem.of("regions", "scope.error.regionsRequired"));
        }
        List<String> seen = new ArrayList<>();
        for (String region : strategy.regions()) {
            if (region.isBlank()) {
                problems.add(Problem.of("regions", "scope.error.regionBlank"));
            } else if (containsIgnoringCase(seen, region)) {
                problems.add(Problem.of("regions", "scope.error.regionDuplicate", region.strip()));
            } else if (region.length() > MAX_NAME_LENGTH) {
                problems.add(Problem.of("regions", "scope.error.tooLong", MAX_NAME_LENGTH));
            }
            seen.add(region);
        }
        return problems;
    }

    /**
     * Checks one area against the others already in the workspace ({@code others} may include the
     * area itself; it is skipped by id).
     */
    public static List<Problem> check(ActivityArea area, Collection<ActivityArea> others) {
        List<Problem> problems = new ArrayList<>();
        checkRating(problems, "impact", area.impact());
        checkRating(problems, "effort", area.effort());
        checkLength(problems, "rationale", area.rationale(), MAX_NOTES_LENGTH);
        if (area.isCustom()) {
            String name = area.customName().strip();
            if (name.isEmpty()) {
                problems.add(Problem.of("name", "scope.error.areaNameRequired"));
            } else if (name.length() > MAX_NAME_LENGTH) {
                problems.add(Problem.of("name", "scope.error.tooLong", MAX_NAME_LENGTH));
            } else if (isTaken(name, area.id(), others)) {
                problems.add(Problem.of("name", "scope.error.areaNameTaken", name));
            }
        }
        return problems;
    }

    private static boolean isTaken(String name, long id, Collection<ActivityArea> others) {
        for (BuiltInArea builtIn : BuiltInArea.values()) {
            if (builtIn.canonicalName().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return others.stream()
                .filter(other -> other.id() != id && other.isCustom())
                .anyMatch(other -> other.customName().strip().equalsIgnoreCase(name));
    }

    private static boolean containsIgnoringCase(List<String> values, String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(v -> v.strip().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private static void checkRating(List<Problem> problems, String field, int value) {
        if (value < MIN_RATING || value > MAX_RATING) {
            problems.add(Problem.of(field, "scope.error.ratingRange", MIN_RATING, MAX_RATING));
        }
    }

    private static void checkLength(List<Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(Problem.of(field, "scope.error.tooLong", max));
        }
    }
}
