package org.learnops.studio.domain.expectations;

import org.learnops.studio.domain.Labelled;

/** The eight deliverables a learning operations strategy project may produce, as the article names them. */
public enum DeliverableKind implements Labelled {
    STAKEHOLDER_PITCH_DECK("deliverable.stakeholderPitchDeck", "Stakeholder pitch deck"),
    USER_RESEARCH("deliverable.userResearch", "User research"),
    CURRENT_STATE_PROCESS_ANALYSIS("deliverable.currentStateProcessAnalysis", "Current-state process analysis"),
    LEARNING_ECOSYSTEM_MAP("deliverable.learningEcosystemMap", "Learning ecosystem map"),
    GLOSSARY("deliverable.glossary", "Glossary"),
    POLICIES_AND_PROCEDURES("deliverable.policiesAndProcedures", "Policies and procedures"),
    GOVERNANCE_DOCUMENTATION("deliverable.governanceDocumentation", "Governance documentation"),
    CHANGE_MANAGEMENT_AND_COMMUNICATION("deliverable.changeManagementAndCommunication", "Change management and communication process");

    private final String messageKey;
    private final String canonicalName;

    DeliverableKind(String messageKey, String canonicalName) {
        this.messageKey = messageKey;
        this.canonicalName = canonicalName;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** The article's English term; custom deliverables may not reuse it. */
    public String canonicalName() {
        return canonicalName;
    }
}
