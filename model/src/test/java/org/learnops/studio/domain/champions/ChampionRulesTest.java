package org.learnops.studio.domain.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnops.studio.domain.Problem;

class ChampionRulesTest {

    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aChampionWithAStakeholderIsValidEvenBeforeBeingAssigned() {
        Champion champion = Champion.of(3, "", "");

        assertEquals(List.of(), ChampionRules.check(champion));
        assertTrue(champion.isUnassigned());
    }

    @Test
    void anyOneAssignmentMakesAChampionAssigned() {
        assertFalse(Champion.of(3, "Retail", "").isUnassigned());
        assertFalse(Champion.of(3, "", "EMEA").isUnassigned());
        assertFalse(new Champion(0, 3, " ", "", Optional.of(7L), "").isUnassigned());
        assertTrue(Champion.of(3, "  ", "\t").isUnassigned(), "blank names do not count");
    }

    @Test
    void aChampionNeedsAStakeholder() {
        assertEquals(List.of(Problem.of("stakeholder", "champions.error.stakeholderRequired")),
                ChampionRules.check(Champion.of(0, "Retail", "")));
    }

    @Test
    void namesAndTheCommitmentHaveLimits() {
        String tooLongName = "x".repeat(ChampionRules.MAX_NAME_LENGTH + 1);
        String tooLongText = "x".repeat(ChampionRules.MAX_TEXT_LENGTH + 1);

        List<Problem> problems = ChampionRules.check(new Champion(0, 1, tooLongName, tooLongName, Optional.empty(), tooLongText));

        assertEquals(List.of("businessArea", "region", "commitment"), fields(problems));
        assertEquals(List.of(ChampionRules.MAX_NAME_LENGTH), problems.get(0).arguments());
        assertEquals("champions.error.tooLong", problems.get(2).messageKey());
    }

    @Test
    void aCommitmentOfTenThousandCharactersIsAllowed() {
        String longest = "x".repeat(10_000);

        assertEquals(List.of(), ChampionRules.check(new Champion(0, 1, "", "", Optional.empty(), longest)));
    }

    @Test
    void anEntryNeedsADateAndANote() {
        assertEquals(List.of(), ChampionRules.check(new EngagementEntry(0, 1, MAY_4, "Kick-off call")));
        assertEquals(List.of("date", "note"), fields(ChampionRules.check(new EngagementEntry(0, 1, null, null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\n\t"})
    void aBlankNoteIsRefused(String note) {
        assertEquals(List.of(Problem.of("note", "champions.error.noteRequired")),
                ChampionRules.check(new EngagementEntry(0, 1, MAY_4, note)));
    }

    @Test
    void aNoteOfTenThousandCharactersIsAllowedOneMoreIsNot() {
        assertEquals(List.of(), ChampionRules.check(new EngagementEntry(0, 1, MAY_4, "n".repeat(10_000))));
        assertEquals(List.of("note"), fields(ChampionRules.check(new EngagementEntry(0, 1, MAY_4, "n".repeat(10_001)))));
    }
}
