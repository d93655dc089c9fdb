package org.learnops.studio.domain;

/**
 * A value users see by name, looked up in the UI's bundle (built-in areas, deliverables, stances
 * ...). Messages format such arguments by their key, so the model can put them in a message as is.
 */
public interface Labelled {

    String messageKey();
}
