package org.parley.communication;

public enum UpdateStatus {
    /** The labor team's draft (LABOR audience until published). */
    DRAFT,
    PUBLISHED
}
