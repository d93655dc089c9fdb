package org.learnops.studio.domain.scope;

/** Whether the strategy is a global solution or covers named regions only. */
public enum Geography {
    GLOBAL,
    REGIONAL
}
