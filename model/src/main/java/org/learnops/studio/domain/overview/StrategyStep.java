package org.learnops.studio.domain.overview;

/** The steps of the strategy wizard, in order: what the Overview reports on. */
public enum StrategyStep {
    SCOPE,
    EXPECTATIONS,
    NEEDS_ANALYSIS,
    CHAMPIONS,
    GOVERNANCE,
    KEY_QUESTIONS,
    ARTEFACTS
}
