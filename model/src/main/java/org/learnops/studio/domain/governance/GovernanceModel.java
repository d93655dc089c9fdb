package org.learnops.studio.domain.governance;

/** Who holds the decision rights over learning operations. The source article recommends {@link #FEDERATED}. */
public enum GovernanceModel {
    CENTRALISED("governance.model.centralised", "governance.model.centralised.explanation"),
    FEDERATED("governance.model.federated", "governance.model.federated.explanation"),
    DECENTRALISED("governance.model.decentralised", "governance.model.decentralised.explanation");

    /** The model the article recommends. */
    public static final GovernanceModel RECOMMENDED = FEDERATED;

    private final String messageKey;
    private final String explanationKey;

    GovernanceModel(String messageKey, String explanationKey) {
        this.messageKey = messageKey;
        this.explanationKey = explanationKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Key of the paragraph saying what the model means for decision rights. */
    public String explanationKey() {
        return explanationKey;
    }
}
