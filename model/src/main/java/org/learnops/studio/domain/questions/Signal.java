package org.learnops.studio.domain.questions;

/**
 * The traffic light a done-condition shows. Green: met. Amber: not met, but its target date is
 * still ahead. Red: not met, and the target date has passed or none is set (so it should hold now).
 * Grey: no data yet; the screen says where the data will come from, and claims nothing.
 */
public enum Signal {
    GREEN, AMBER, RED, GREY
}
