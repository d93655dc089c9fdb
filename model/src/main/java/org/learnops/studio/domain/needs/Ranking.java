package org.learnops.studio.domain.needs;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How the findings list is ranked. Open findings always come before addressed ones (an addressed
 * pain point no longer competes for attention). Ties are broken by the other measure, then by
 * capture order (older first), so the order is total and stable: two findings never swap places
 * unless something about them changed.
 */
public enum Ranking {
    /** Most dots first; then highest severity × frequency. */
    BY_VOTES("needs.ranking.votes"),
    /** Highest severity × frequency first; then most dots. */
    BY_SCORE("needs.ranking.score");

    private static final Comparator<Finding> OPEN_FIRST = Comparator.comparing(finding -> !finding.isOpen());
    private static final Comparator<Finding> MOST_VOTES = Comparator.comparingInt(Finding::votes).reversed();
    private static final Comparator<Finding> HIGHEST_SCORE = Comparator.comparingInt(Finding::score).reversed();
    private static final Comparator<Finding> CAPTURED_FIRST = Comparator.comparingLong(Finding::id);

    private final String messageKey;

    Ranking(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public Comparator<Finding> comparator() {
        Comparator<Finding> primary = this == BY_VOTES ? MOST_VOTES.thenComparing(HIGHEST_SCORE)
                : HIGHEST_SCORE.thenComparing(MOST_VOTES);
        return OPEN_FIRST.thenComparing(primary).thenComparing(CAPTURED_FIRST);
    }

    /** The findings in rank order, best first. */
    public List<Finding> rank(Collection<Finding> findings) {
        return findings.stream().sorted(comparator()).toList();
    }
}
