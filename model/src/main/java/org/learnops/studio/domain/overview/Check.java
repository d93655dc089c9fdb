package org.learnops.studio.domain.overview;

/**
 * One thing a step should have, and whether it has it (e.g. "the strategy has a name").
 *
 * @param messageKey what is checked, as the user reads it
 * @param done       whether it is there
 */
public record Check(String messageKey, boolean done) {
}
