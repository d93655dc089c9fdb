package org.learnops.studio.domain.champions;

import java.util.ArrayList;
import java.util.List;
import org.learnops.studio.domain.Problem;

/** What makes a champion and an engagement-log entry valid. */
public final class ChampionRules {

    public static final int MAX_NAME_LENGTH = 200;
    /** Commitments and log notes: long text, at least 10,000 characters kept intact. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private ChampionRules() {
    }

    public static List<Problem> check(Champion champion) {
        List<Problem> problems = new ArrayList<>();
        if (champion.stakeholderId() <= 0) {
            problems.add(Problem.of("stakeholder", "champions.error.stakeholderRequired"));
        }
        length(problems, "businessArea", champion.businessArea().strip(), MAX_NAME_LENGTH);
        length(problems, "region", champion.region().strip(), MAX_NAME_LENGTH);
        length(problems, "commitment", champion.commitment(), MAX_TEXT_LENGTH);
        return problems;
    }

    public static List<Problem> check(EngagementEntry entry) {
        List<Problem> problems = new ArrayList<>();
        if (entry.date() == null) {
            problems.add(Problem.of("date", "champions.error.dateRequired"));
        }
        if (entry.note().isBlank()) {
            problems.add(Problem.of("note", "champions.error.noteRequired"));
        }
        length(problems, "note", entry.note(), MAX_TEXT_LENGTH);
        return problems;
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(Problem.of(field, "champions.error.tooLong", max));
        }
    }
}
