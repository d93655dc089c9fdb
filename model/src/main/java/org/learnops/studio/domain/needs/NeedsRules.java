package org.learnops.studio.domain.needs;

import java.util.ArrayList;
import java.util.List;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.scope.ActivityArea;

/** The Needs analysis step's rules: what a valid session and finding are, and which areas capture offers first. */
public final class NeedsRules {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_TEXT_LENGTH = 2_000;
    public static final int MAX_NOTES_LENGTH = 10_000;
    /** Quick capture has a keyboard shortcut for this many areas (Ctrl+1 … Ctrl+9). */
    public static final int SHORTCUT_AREAS = 9;

    private NeedsRules() {
    }

    public static List<Problem> check(Finding finding) {
        List<Problem> problems = new ArrayList<>();
        if (finding.text().isBlank()) {
            problems.add(Problem.of("text", "needs.error.textRequired"));
        } else if (finding.text().strip().length() > MAX_TEXT_LENGTH) {
            problems.add(Problem.of("text", "needs.error.tooLong", MAX_TEXT_LENGTH));
        }
        rating(problems, "severity", finding.severity());
        rating(problems, "frequency", finding.frequency());
        if (finding.votes() < 0) {
            problems.add(Problem.of("votes", "needs.error.votesNegative"));
        }
        return problems;
    }

    public static List<Problem> check(NeedsSession session) {
        List<Problem> problems = new ArrayList<>();
        if (session.date() == null) {
            problems.add(Problem.of("date", "needs.error.dateRequired"));
        }
        if (session.notes().length() > MAX_NOTES_LENGTH) {
            problems.add(Problem.of("notes", "needs.error.tooLong", MAX_NOTES_LENGTH));
        }
        return problems;
    }

    /**
     * The areas quick capture offers, in the Scope step's order: the in-scope ones once the Scope
     * step has any, else all of them (so the step works before the scope is settled). The first
     * {@link #SHORTCUT_AREAS} get keyboard shortcuts; the heat map shows these as its rows.
     */
    public static List<ActivityArea> offeredAreas(List<ActivityArea> areas) {
        List<ActivityArea> inScope = areas.stream().filter(ActivityArea::inScope).toList();
        return inScope.isEmpty() ? List.copyOf(areas) : inScope;
    }

    private static void rating(List<Problem> problems, String field, int value) {
        if (value < MIN_RATING || value > MAX_RATING) {
            problems.add(Problem.of(field, "needs.error.ratingRange", MIN_RATING, MAX_RATING));
        }
    }
}
