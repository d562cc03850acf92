package org.parley.account.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.parley.account.Account;
import org.parley.account.Role;
import org.parley.account.SignInProof;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password for both the sign-in page and {@code POST /api/tokens}, through
 * the {@link SignInThrottle}. Unknown usernames cost the same hashing time as known ones, and
 * get the same message, so the response does not reveal which accounts exist.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    static final String WRONG = "Wrong username or password.";

    private final AccountRepository accounts;
    private final AccountService service;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final String hashOfNothing;
    private final Counter wrongPassword;
    private final Counter heldBack;

    PasswordAuthentication(AccountRepository accounts, AccountService service, PasswordEncoder passwords, SignInThrottle throttle,
            MeterRegistry meters) {
        // Tagged by reason only, never by username or address: a rising count is an attack to look into.
        this.wrongPassword = failures(meters, "wrong_password");
        this.heldBack = failures(meters, "throttled");
        this.accounts = accounts;
        this.service = service;
        this.passwords = passwords;
        this.throttle = throttle;
        this.hashOfNothing = passwords.encode("no account has this password");
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName() == null ? "" : request.getName().strip().toLowerCase();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        String address = request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;

        Duration wait = throttle.waitBeforeTrying(username, address);
        if (!wait.isZero()) {
            heldBack.increment();
            throw new LockedException("Too many failed sign-in attempts. Try again in " + inWords(wait) + ".");
        }
        var credentials = accounts.credentials(username);
        boolean matches = passwords.matches(password, credentials.map(AccountRepository.Credentials::passwordHash).orElse(hashOfNothing));
        if (credentials.isEmpty() || !matches || !credentials.get().account().enabled()) {
            throttle.failed(username, address);
            wrongPassword.increment();
            throw new BadCredentialsException(WRONG);
        }
        Account account = credentials.get().account();
        if (account.role() == Role.MEMBER && !service.inGoodStanding(account.id())) {
            // Said only to whoever knows the password: the union made this member inactive.
            throw new DisabledException("This member account is no longer active on the union's roster.");
        }
        throttle.succeeded(username, address);
        var principal = new ParleyPrincipal(AccountService.viewer(account)
                .withProof(SignInProof.password(credentials.get().passwordOwnerAddress())), credentials.get().epoch());
        var authenticated = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        authenticated.setDetails(request.getDetails());
        return authenticated;
    }

    private static Counter failures(MeterRegistry meters, String reason) {
        return Counter.builder("parley.sign.in.failures").tag("reason", reason)
                .description("Password sign-ins refused (page and API): a wrong username or password, or held back by the throttle")
                .register(meters);
    }

    static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
