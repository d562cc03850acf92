package org.parley.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, on every signed-in request, against the database, that the account is still enabled, still has
 * the role it signed in with, and that its access epoch is the one the principal carries: disabling an
 * account or making a member inactive ({@code Accounts.endAccess}) then ends every open session at once,
 * on whichever instance serves it, since nothing is remembered in this process. One primary-key lookup.
 * A stale session is invalidated and the request goes on unauthenticated (a page asks to sign in, the API
 * answers 401).
 */
class CurrentAccessFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;

    CurrentAccessFilter(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ParleyPrincipal principal && !current(principal)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean current(ParleyPrincipal principal) {
        return accounts.standing(principal.viewer().accountId())
                .filter(s -> s.enabled() && s.role() == principal.viewer().role() && s.epoch() == principal.epoch())
                .isPresent();
    }
}
