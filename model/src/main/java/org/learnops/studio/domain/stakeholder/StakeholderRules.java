package org.learnops.studio.domain.stakeholder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.learnops.studio.domain.Problem;

/** What makes a stakeholder valid, and what deserves a warning. */
public final class StakeholderRules {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    /** Loose on purpose: one @, something on both sides, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private StakeholderRules() {
    }

    public static List<Problem> check(Stakeholder stakeholder) {
        List<Problem> problems = new ArrayList<>();
        if (stakeholder.name().isBlank()) {
            problems.add(Problem.of("name", "stakeholder.error.nameRequired"));
        }
        length(problems, "name", stakeholder.name().strip()); // stored without outer spaces
        length(problems, "role", stakeholder.role());
        length(problems, "businessArea", stakeholder.businessArea());
        length(problems, "region", stakeholder.region());
        rating(problems, "influence", stakeholder.influence());
        rating(problems, "interest", stakeholder.interest());
        String email = stakeholder.email().strip();
        if (!email.isEmpty() && (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            problems.add(Problem.of("email", "stakeholder.error.email"));
        }
        return problems;
    }

    /**
     * A warning, not an error: another stakeholder with the same name (ignoring case and outer
     * spaces) in the same business area is probably the same person entered twice.
     */
    public static Optional<Problem> duplicateWarning(Stakeholder stakeholder, Collection<Stakeholder> others) {
        String name = stakeholder.name().strip();
        String area = stakeholder.businessArea().strip();
        boolean duplicate = !name.isEmpty() && others.stream()
                .filter(other -> other.id() != stakeholder.id())
                .anyMatch(other -> other.name().strip().equalsIgnoreCase(name)
                        && other.businessArea().strip().equalsIgnoreCase(area));
        return duplicate ? Optional.of(Problem.of("name", "stakeholder.warning.duplicate", name)) : Optional.empty();
    }

    private static void length(List<Problem> problems, String field, String value) {
        if (value.length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of(field, "stakeholder.error.tooLong", MAX_NAME_LENGTH));
        }
    }

    private static void rating(List<Problem> problems, String field, int value) {
        if (value < MIN_RATING || value > MAX_RATING) {
            problems.add(Problem.of(field, "stakeholder.error.ratingRange", MIN_RATING, MAX_RATING));
        }
    }
}
