package org.parley.account.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.parley.account.Account;
import org.parley.account.Accounts;
import org.parley.account.NewAccount;
import org.parley.account.Viewer;
import org.parley.platform.ParleyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts and tokens")
class TokenApi {

    record TokenRequest(String username, String password) {
    }

    record TokenResponse(String token, String username, String role, long expiresInSeconds) {
    }

    private final PasswordAuthentication authentication;
    private final AccessTokens tokens;
    private final Accounts accounts;

    TokenApi(PasswordAuthentication authentication, AccessTokens tokens, Accounts accounts) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exchange a username and password for a bearer token")
    TokenResponse token(@RequestBody TokenRequest request, HttpServletRequest http) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                ParleyException.requireText(request.username(), "A username"),
                ParleyException.requireText(request.password(), "A password"));
        attempt.setDetails(new WebAuthenticationDetails(http.getRemoteAddr(), null));
        try {
            var principal = (ParleyPrincipal) authentication.authenticate(attempt).getPrincipal();
            return new TokenResponse(tokens.issue(principal.viewer()), principal.viewer().username(),
                    principal.viewer().role().name(), AccessTokens.LIFETIME.toSeconds());
        } catch (LockedException e) {
            throw new ParleyException(ParleyException.Kind.TOO_MANY_ATTEMPTS, e.getMessage());
        } catch (DisabledException e) {
            throw new ParleyException(ParleyException.Kind.UNAUTHENTICATED, e.getMessage());
        } catch (AuthenticationException e) {
            throw new ParleyException(ParleyException.Kind.UNAUTHENTICATED, PasswordAuthentication.WRONG);
        }
    }

    @GetMapping("/api/accounts/me")
    @Operation(summary = "The account the token belongs to")
    Viewer me(Viewer viewer) {
        return viewer;
    }

    @GetMapping("/api/accounts")
    @Operation(summary = "All accounts (administrators)")
    List<Account> accounts(Viewer viewer) {
        return accounts.list(viewer);
    }

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (administrators)")
    Account create(Viewer viewer, @RequestBody NewAccount account) {
        return accounts.create(viewer, account);
    }
}
