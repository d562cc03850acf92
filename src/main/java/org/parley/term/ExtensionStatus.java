package org.parley.term;

/** Where an offer of extension stands. */
public enum ExtensionStatus {
    OFFERED, ACCEPTED, REFUSED, COUNTERED, WITHDRAWN
}
