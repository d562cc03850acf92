package org.parley.account;

/** An account as the administrator sees it; never carries the password hash. */
public record Account(long id, String username, String displayName, Role role, boolean enabled) {
}
