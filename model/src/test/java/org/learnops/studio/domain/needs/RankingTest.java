package org.learnops.studio.domain.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankingTest {

    /** A finding with just what ranking looks at. */
    private static Finding finding(long id, int votes, int severity, int frequency, FindingStatus status) {
        return new Finding(id, "finding " + id, Optional.empty(), NeedsGroup.OTHER, severity, frequency,
                Optional.empty(), status, votes);
    }

    private static Finding open(long id, int votes, int severity, int frequency) {
        return finding(id, votes, severity, frequency, FindingStatus.OPEN);
    }

    private static List<Long> ids(List<Finding> findings) {
        return findings.stream().map(Finding::id).toList();
    }

    @Test
    void byVotesPutsTheMostDotsFirst() {
        List<Finding> findings = List.of(open(1, 2, 1, 1), open(2, 7, 1, 1), open(3, 0, 5, 5), open(4, 3, 1, 1));

        assertEquals(List.of(2L, 4L, 1L, 3L), ids(Ranking.BY_VOTES.rank(findings)));
    }

    @Test
    void byVotesBreaksTiesBySeverityTimesFrequencyThenCaptureOrder() {
        List<Finding> findings = List.of(
                open(5, 3, 2, 2),   // score 4
                open(2, 3, 3, 3),   // score 9
                open(9, 3, 2, 2),   // score 4, captured after 5
                open(1, 3, 1, 4));  // score 4, captured first

        assertEquals(List.of(2L, 1L, 5L, 9L), ids(Ranking.BY_VOTES.rank(findings)));
    }

    @Test
    void byScorePutsTheWorstPainFirstThenVotesThenCaptureOrder() {
        List<Finding> findings = List.of(
                open(1, 9, 1, 1),   // score 1, many votes
                open(2, 0, 5, 4),   // score 20
                open(3, 1, 4, 5),   // score 20, one vote: before 2
                open(4, 0, 2, 2),   // score 4
                open(5, 0, 4, 1));  // score 4, captured after 4

        assertEquals(List.of(3L, 2L, 4L, 5L, 1L), ids(Ranking.BY_SCORE.rank(findings)));
    }

    @Test
    void addressedFindingsSinkBelowEveryOpenOneInBothRankings() {
        List<Finding> findings = List.of(
                finding(1, 10, 5, 5, FindingStatus.ADDRESSED),
                open(2, 0, 1, 1),
                finding(3, 1, 1, 1, FindingStatus.ADDRESSED),
                open(4, 1, 1, 1));

        assertEquals(List.of(4L, 2L, 1L, 3L), ids(Ranking.BY_VOTES.rank(findings)));
        assertEquals(List.of(4L, 2L, 1L, 3L), ids(Ranking.BY_SCORE.rank(findings)));
    }

    @Test
    void theOrderDoesNotDependOnTheInputOrder() {
        List<Finding> findings = List.of(open(3, 1, 2, 2), open(1, 1, 2, 2), open(2, 1, 2, 2));

        assertEquals(List.of(1L, 2L, 3L), ids(Ranking.BY_VOTES.rank(findings)));
        assertEquals(List.of(1L, 2L, 3L), ids(Ranking.BY_SCORE.rank(List.of(findings.get(2), findings.get(1), findings.get(0)))));
    }
}
