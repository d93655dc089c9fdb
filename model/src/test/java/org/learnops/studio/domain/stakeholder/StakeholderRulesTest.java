package org.learnops.studio.domain.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnops.studio.domain.Problem;

class StakeholderRulesTest {

    private static Stakeholder ana() {
        return new Stakeholder(1, "Ana Lima", "CFO", StakeholderGroup.SENIOR_LEADER, "Retail", "EMEA", 5, 2,
                Stance.SKEPTIC, "ana@example.com");
    }

    private static Stakeholder with(String name, String businessArea, long id) {
        return new Stakeholder(id, name, "", StakeholderGroup.OTHER, businessArea, "", 3, 3, Stance.NEUTRAL, "");
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aCompleteStakeholderIsValid() {
        assertEquals(List.of(), StakeholderRules.check(ana()));
    }

    @Test
    void onlyTheNameIsRequired() {
        assertEquals(List.of(), StakeholderRules.check(Stakeholder.named("Ana", StakeholderGroup.OTHER)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  \t "})
    void aBlankNameIsRefused(String name) {
        List<Problem> problems = StakeholderRules.check(Stakeholder.named(name, StakeholderGroup.HR));

        assertEquals(List.of(Problem.of("name", "stakeholder.error.nameRequired")), problems);
    }

    @Test
    void aNullNameCountsAsBlank() {
        assertEquals(List.of("name"), fields(StakeholderRules.check(Stakeholder.named(null, StakeholderGroup.HR))));
    }

    @Test
    void ratingsOutsideOneToFiveAreRefused() {
        Stakeholder low = new Stakeholder(0, "Ana", "", StakeholderGroup.HR, "", "", 0, 6, Stance.NEUTRAL, "");

        List<Problem> problems = StakeholderRules.check(low);

        assertEquals(List.of("influence", "interest"), fields(problems));
        assertEquals(List.of(1, 5), problems.get(0).arguments());
        assertEquals("stakeholder.error.ratingRange", problems.get(0).messageKey());
    }

    @Test
    void theRatingBoundsAreAllowed() {
        Stakeholder edges = new Stakeholder(0, "Ana", "", StakeholderGroup.HR, "", "", 1, 5, Stance.NEUTRAL, "");

        assertEquals(List.of(), StakeholderRules.check(edges));
    }

    @Test
    void textLongerThanTheLimitIsRefusedFieldByField() {
        String tooLong = "x".repeat(StakeholderRules.MAX_NAME_LENGTH + 1);
        String longest = "x".repeat(StakeholderRules.MAX_NAME_LENGTH);
        Stakeholder stakeholder = new Stakeholder(0, tooLong, tooLong, StakeholderGroup.IT, tooLong, longest, 3, 3,
                Stance.NEUTRAL, "");

        List<Problem> problems = StakeholderRules.check(stakeholder);

        assertEquals(List.of("name", "role", "businessArea"), fields(problems));
        assertEquals("stakeholder.error.tooLong", problems.get(0).messageKey());
    }

    @Test
    void spacesAroundANameDoNotCountTowardsItsLength() {
        String longest = "x".repeat(StakeholderRules.MAX_NAME_LENGTH);

        assertEquals(List.of(), StakeholderRules.check(Stakeholder.named("  " + longest + " ", StakeholderGroup.IT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana@example", "ana@@example.com", "ana lima@example.com", "@example.com"})
    void aMalformedEmailIsRefused(String email) {
        Stakeholder stakeholder = new Stakeholder(0, "Ana", "", StakeholderGroup.HR, "", "", 3, 3, Stance.NEUTRAL, email);

        assertEquals(List.of(Problem.of("email", "stakeholder.error.email")), StakeholderRules.check(stakeholder));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ana@example.com", " ana.lima+ops@corp.example.org "})
    void anEmptyOrWellFormedEmailIsAccepted(String email) {
        Stakeholder stakeholder = new Stakeholder(0, "Ana", "", StakeholderGroup.HR, "", "", 3, 3, Stance.NEUTRAL, email);

        assertEquals(List.of(), StakeholderRules.check(stakeholder));
    }

    @Test
    void anEmailLongerThanTheLimitIsRefused() {
        String email = "a".repeat(StakeholderRules.MAX_EMAIL_LENGTH - "@example.com".length() + 1) + "@example.com";
        Stakeholder stakeholder = new Stakeholder(0, "Ana", "", StakeholderGroup.HR, "", "", 3, 3, Stance.NEUTRAL, email);

        assertEquals(List.of("email"), fields(StakeholderRules.check(stakeholder)));
    }

    @Test
    void theSameNameInTheSameBusinessAreaWarns() {
        List<Stakeholder> register = List.of(with("Ana Lima", "Retail", 1), with("Bo Chen", "Retail", 2));

        Optional<Problem> warning = StakeholderRules.duplicateWarning(with(" ana lima ", "RETAIL ", 0), register);

        assertEquals(Optional.of(Problem.of("name", "stakeholder.warning.duplicate", "ana lima")), warning);
    }

    @Test
    void theSameNameInAnotherBusinessAreaDoesNotWarn() {
        List<Stakeholder> register = List.of(with("Ana Lima", "Retail", 1));

        assertTrue(StakeholderRules.duplicateWarning(with("Ana Lima", "Wholesale", 0), register).isEmpty());
    }

    @Test
    void theSameNameWithoutBusinessAreasWarns() {
        List<Stakeholder> register = List.of(with("Ana Lima", "", 1));

        assertTrue(StakeholderRules.duplicateWarning(with("Ana Lima", " ", 0), register).isPresent());
    }

    @Test
    void aStakeholderIsNotADuplicateOfItself() {
        Stakeholder stored = with("Ana Lima", "Retail", 7);

        assertTrue(StakeholderRules.duplicateWarning(stored, List.of(stored, with("Bo", "Retail", 8))).isEmpty());
    }

    @Test
    void blankNamesAreNotDuplicates() {
        assertTrue(StakeholderRules.duplicateWarning(with(" ", "Retail", 0), List.of(with("", "Retail", 1))).isEmpty());
    }

    @Test
    void aDuplicateIsAWarningNotAnError() {
        Stakeholder twin = with("Ana Lima", "Retail", 0);

        assertEquals(List.of(), StakeholderRules.check(twin), "check() does not refuse it");
        assertTrue(StakeholderRules.duplicateWarning(twin, List.of(with("Ana Lima", "Retail", 1))).isPresent());
    }
}
