package org.parley.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.account.BrowserSignIn;
import org.parley.account.Viewer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

@Component
class SessionSignIn implements BrowserSignIn {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final AccountRepository accounts;

    SessionSignIn(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void signIn(Viewer viewer, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        var principal = new ParleyPrincipal(viewer, accounts.standing(viewer.accountId()).map(AccountRepository.Standing::epoch)
                .orElseThrow(() -> new IllegalStateException("No account " + viewer.accountId())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
