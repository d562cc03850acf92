package org.parley.account.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.platform.ParleySettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A new deployment without the demo has no account to sign in with: the first start creates the
 * administrator {@code admin}, with PARLEY_ADMIN_PASSWORD or a generated password it prints once.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private final AccountRepository repository;
    private final Accounts accounts;
    private final ParleySettings settings;
    private final String password;

    FirstAdministrator(AccountRepository repository, Accounts accounts, ParleySettings settings,
            @Value("${PARLEY_ADMIN_PASSWORD:}") String password) {
        this.repository = repository;
        this.accounts = accounts;
        this.settings = settings;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.demoEnabled() || !repository.all().isEmpty()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String chosen = generated ? Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) : password;
        accounts.createOrReset("admin", "Administrator", Role.ADMIN, chosen);
        System.out.println();
        System.out.println("  First start: created the administrator 'admin'" + (generated
                ? " with the password " + chosen + " (shown once; change it after signing in)" : " with PARLEY_ADMIN_PASSWORD"));
    }
}
