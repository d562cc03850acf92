package org.parley.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a browser in as an account that proved who it is some other way than a password (a
 * member's one-time e-mailed link): a new session id, the account in the security context, saved
 * in the session like a password sign-in.
 */
public interface BrowserSignIn {

    void signIn(Viewer viewer, HttpServletRequest request, HttpServletResponse response);
}
