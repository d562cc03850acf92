package org.parley.account;

public record NewAccount(String username, String displayName, Role role, String password) {
}
