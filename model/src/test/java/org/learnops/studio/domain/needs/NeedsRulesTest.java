package org.learnops.studio.domain.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;

class NeedsRulesTest {

    private static Finding finding(String text, int severity, int frequency, int votes) {
        return new Finding(1, text, Optional.empty(), NeedsGroup.OTHER, severity, frequency, Optional.empty(),
                FindingStatus.OPEN, votes);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aFindingWithTextAndRatingsInRangeIsValid() {
        assertEquals(List.of(), NeedsRules.check(finding("Nobody knows who approves a course", 1, 5, 0)));
        assertEquals(List.of(), NeedsRules.check(finding("x".repeat(NeedsRules.MAX_TEXT_LENGTH), 5, 1, 12)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t ", "\n"})
    void blankOrWhitespaceTextIsRefused(String text) {
        assertEquals(List.of("text:needs.error.textRequired"), keys(NeedsRules.check(finding(text, 3, 3, 0))));
    }

    @Test
    void tooLongTextOutOfRangeRatingsAndNegativeVotesAreRefused() {
        assertEquals(List.of("text:needs.error.tooLong", "severity:needs.error.ratingRange",
                        "frequency:needs.error.ratingRange", "votes:needs.error.votesNegative"),
                keys(NeedsRules.check(finding("x".repeat(NeedsRules.MAX_TEXT_LENGTH + 1), 0, 6, -1))));
    }

    @Test
    void votesNeverGoBelowZero() {
        Finding finding = finding("pain", 3, 3, 1);

        assertEquals(2, finding.withVote(+1).votes());
        assertEquals(0, finding.withVote(-1).votes());
        assertEquals(0, finding.withVote(-1).withVote(-1).votes());
    }

    @Test
    void aSessionNeedsADateAndKeepsNotesOfTenThousandCharacters() {
        NeedsSession session = NeedsSession.planned(SessionType.INTERVIEW, LocalDate.of(2026, 3, 12), NeedsGroup.SENIOR_LEADERS);
        String tenThousand = "é".repeat(NeedsRules.MAX_NOTES_LENGTH);
        NeedsSession withNotes = new NeedsSession(0, SessionType.INTERVIEW, LocalDate.of(2026, 3, 12), List.of(),
                NeedsGroup.SENIOR_LEADERS, tenThousand);
        NeedsSession tooLong = new NeedsSession(0, SessionType.INTERVIEW, LocalDate.of(2026, 3, 12), List.of(),
                NeedsGroup.SENIOR_LEADERS, tenThousand + "!");
        NeedsSession undated = new NeedsSession(0, SessionType.SURVEY, null, List.of(), NeedsGroup.OTHER, "");

        assertEquals(List.of(), NeedsRules.check(session));
        assertEquals(List.of(), NeedsRules.check(withNotes));
        assertEquals(List.of("notes:needs.error.tooLong"), keys(NeedsRules.check(tooLong)));
        assertEquals(List.of("date:needs.error.dateRequired"), keys(NeedsRules.check(undated)));
    }

    @Test
    void participantsAreKeptOnceInIdOrder() {
        NeedsSession session = new NeedsSession(0, SessionType.WORKSHOP, LocalDate.of(2026, 1, 5), List.of(7L, 2L, 7L, 4L),
                NeedsGroup.OTHER, null);

        assertEquals(List.of(2L, 4L, 7L), session.participantIds());
        assertEquals("", session.notes());
    }

    @Test
    void captureOffersTheInScopeAreasOrAllWhileNoneIsInScope() {
        ActivityArea events = new ActivityArea(5, BuiltInArea.EVENT_MANAGEMENT, "", false, "", 3, 3);
        ActivityArea compliance = new ActivityArea(8, BuiltInArea.COMPLIANCE, "", false, "", 3, 3);

        assertEquals(List.of(events, compliance), NeedsRules.offeredAreas(List.of(events, compliance)));
        assertEquals(List.of(compliance.withInScope(true)),
                NeedsRules.offeredAreas(List.of(events, compliance.withInScope(true))));
    }
}
