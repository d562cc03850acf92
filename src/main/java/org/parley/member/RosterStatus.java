package org.parley.member;

/** A person removed from the roster file is made inactive, never deleted. */
public enum RosterStatus {
    ACTIVE, INACTIVE
}
