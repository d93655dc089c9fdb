package org.learnops.studio.app.shell;

/** The screens the sidebar switches between. */
public enum Step {
    SCOPE,
    EXPECTATIONS,
    NEEDS_ANALYSIS,
    CHAMPIONS,
    GOVERNANCE,
    KEY_QUESTIONS,
    ARTEFACTS,
    OVERVIEW,
    EVENTS,
    DIRECTORY,
    CALENDAR
}
