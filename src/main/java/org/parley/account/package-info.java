/**
 * Accounts, roles, sign-in and API tokens. Owns the tables {@code account} and
 * {@code account_token}. Other modules learn who is asking through a {@link org.parley.account.Viewer},
 * the one place where an {@link org.parley.platform.Audience} is checked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package org.parley.account;
