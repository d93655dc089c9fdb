package org.learnops.studio.domain.expectations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.learnops.studio.domain.Problem;

/** What makes a deliverable valid. Overdue is {@link Deliverable#isOverdue}. */
public final class DeliverableRules {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_AUDIENCE_LENGTH = 200;
    public static final int MAX_PURPOSE_LENGTH = 2_000;
    public static final int MAX_NOTES_LENGTH = 10_000;

    private DeliverableRules() {
    }

    /**
     * Checks one deliverable against the others in the workspace ({@code others} may include the
     * deliverable itself; it is skipped by id). A custom title must not be blank, must not be one
     * of the eight deliverables' names, and must differ from every other custom title, ignoring
     * case and outer spaces.
     */
    public static List<Problem> check(Deliverable deliverable, Collection<Deliverable> others) {
        List<Problem> problems = new ArrayList<>();
        if (deliverable.isCustom()) {
            String title = deliverable.customTitle().strip();
            if (title.isEmpty()) {
                problems.add(Problem.of("title", "expectations.error.titleRequired"));
            } else if (title.length() > MAX_TITLE_LENGTH) {
                problems.add(Problem.of("title", "expectations.error.tooLong", MAX_TITLE_LENGTH));
            } else if (isTaken(title, deliverable.id(), others)) {
                problems.add(Problem.of("title", "expectations.error.titleTaken", title));
            }
        }
        checkLength(problems, "purpose", deliverable.purpose(), MAX_PURPOSE_LENGTH);
        checkLength(problems, "audience", deliverable.audience(), MAX_AUDIENCE_LENGTH);
        checkLength(problems, "notes", deliverable.notes(), MAX_NOTES_LENGTH);
        return problems;
    }

    private static boolean isTaken(String title, long id, Collection<Deliverable> others) {
        for (DeliverableKind kind : DeliverableKind.values()) {
            if (kind.canonicalName().equalsIgnoreCase(title)) {
                return true;
            }
        }
        return others.stream()
                .filter(other -> other.id() != id && other.isCustom())
                .anyMatch(other -> other.customTitle().strip().equalsIgnoreCase(title));
    }

    private static void checkLength(List<Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(Problem.of(field, "expectations.error.tooLong", max));
        }
    }
}
