package org.parley.account;

/**
 * Issues a bearer token for an account that proved who it is some other way than a password (a
 * member's one-time e-mailed link), carrying that proof, as {@link BrowserSignIn} does for a browser.
 */
public interface ApiSignIn {

    /** A new bearer token for {@code viewer}, valid as long as a password's token, carrying {@code viewer.proof()}. */
    String token(Viewer viewer);
}
