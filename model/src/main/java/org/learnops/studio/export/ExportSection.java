package org.learnops.studio.export;

import org.learnops.studio.domain.Labelled;

/** The parts of a workspace a user can pick for a workbook, a deck or a workshop file. */
public enum ExportSection implements Labelled {
    SCOPE("exportSection.scope"),
    EXPECTATIONS("exportSection.expectations"),
    NEEDS_ANALYSIS("exportSection.needsAnalysis"),
    CHAMPIONS("exportSection.champions"),
    GOVERNANCE("exportSection.governance"),
    KEY_QUESTIONS("exportSection.keyQuestions"),
    ARTEFACTS("exportSection.artefacts"),
    OPERATIONS("exportSection.operations"),
    NEXT_STEPS("exportSection.nextSteps");

    private final String messageKey;

    ExportSection(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
