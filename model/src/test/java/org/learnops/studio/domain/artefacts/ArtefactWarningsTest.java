package org.learnops.studio.domain.artefacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.Problem;

class ArtefactWarningsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @Test
    void nothingToWarnAboutInAnEmptyStep() {
        assertEquals(List.of(), ArtefactWarnings.list(Artefacts.empty(), TODAY));
        ArtefactsCompleteness empty = ArtefactsCompleteness.of(Artefacts.empty());
        assertEquals(new ArtefactsCompleteness(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), empty);
        assertFalse(empty.isStarted());
    }

    @Test
    void overduePoliciesLateCommunicationsAndIntegrationsToADeletedSystemAreListedWithWhereToFixThem() {
        Policy overdue = new Policy(7, "Cancellations", Optional.empty(), Optional.empty(), PolicyStatus.APPROVED,
                Optional.of(TODAY.minusDays(1)), "");
        Policy retired = new Policy(8, "Old", Optional.empty(), Optional.empty(), PolicyStatus.RETIRED,
                Optional.of(TODAY.minusDays(100)), "");
        Communication late = new Communication(3, "Managers", "", Channel.EMAIL, Optional.of(TODAY.minusDays(2)),
                Optional.empty(), CommunicationStatus.PLANNED);
        Communication sent = new Communication(4, "Everyone", "", Channel.INTRANET, Optional.of(TODAY.minusDays(2)),
                Optional.empty(), CommunicationStatus.SENT);
        LearningSystem lms = LearningSystem.named("LMS", SystemType.LMS).withId(1);
        LearningSystem hris = LearningSystem.named("HRIS", SystemType.HRIS).withId(2);
        Integration fine = new Integration(5, 2, 1, "people", Direction.ONE_WAY);
        Integration broken = new Integration(6, 1, 99, "completions", Direction.ONE_WAY);
        Artefacts artefacts = new Artefacts(List.of(), List.of(overdue, retired), List.of(late, sent),
                List.of(lms, hris), List.of(fine, broken));

        List<Problem> warnings = ArtefactWarnings.list(artefacts, TODAY);

        assertEquals(List.of(
                Problem.of("policy:7", "artefacts.warning.reviewOverdue", "Cancellations", "2027-03-14"),
                Problem.of("communication:3", "artefacts.warning.communicationLate", "Managers", "2027-03-13"),
                Problem.of("integration:6", "artefacts.warning.integrationBroken", "completions")), warnings);
    }

    @Test
    void completenessCountsEachArtefactAndWhatIsMissing() {
        GlossaryTerm defined = new GlossaryTerm(1, "SLA", "Service level agreement", Optional.empty(), "");
        GlossaryTerm undefined = GlossaryTerm.named("Cohort").withId(2);
        Policy approved = new Policy(1, "P", Optional.empty(), Optional.of(3L), PolicyStatus.APPROVED, Optional.empty(), "");
        LearningSystem lms = LearningSystem.named("LMS", SystemType.LMS).withId(1);
        LearningSystem hris = LearningSystem.named("HRIS", SystemType.HRIS).withId(2);
        LearningSystem alone = LearningSystem.named("Zoom", SystemType.VIRTUAL_CLASSROOM).withId(3);
        Artefacts artefacts = new Artefacts(List.of(defined, undefined), List.of(approved, Policy.titled("Q").withId(2)),
                List.of(Communication.forAudience("All").withId(1)), List.of(lms, hris, alone),
                List.of(new Integration(1, 1, 2, "people", Direction.TWO_WAY)));

        ArtefactsCompleteness completeness = ArtefactsCompleteness.of(artefacts);

        assertEquals(new ArtefactsCompleteness(2, 1, 2, 1, 1, 1, 1, 3, 1, 1), completeness);
        assertTrue(completeness.isStarted());
    }
}
