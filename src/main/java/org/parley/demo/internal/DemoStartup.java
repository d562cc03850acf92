package org.parley.demo.internal;

import java.security.SecureRandom;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.platform.ParleySettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start with the demo on: (re)sets the six demo accounts' password, loads the demo
 * negotiation if it is not there yet, and prints how to sign in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoStartup implements ApplicationRunner {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final ParleySettings settings;
    private final Accounts accounts;
    private final DemoNegotiation demo;
    private final DemoMembers members;
    private final DemoVotes votes;
    private final DemoLegalClock legalClock;

    DemoStartup(ParleySettings settings, Accounts accounts, DemoNegotiation demo, DemoMembers members, DemoVotes votes,
            DemoLegalClock legalClock) {
        this.legalClock = legalClock;
        this.settings = settings;
        this.accounts = accounts;
        this.demo = demo;
        this.members = members;
        this.votes = votes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demoEnabled()) {
            return;
        }
        String configured = settings.demo() == null ? null : settings.demo().password();
        String password = configured == null || configured.isBlank() ? generated() : configured;
        Viewer admin = accounts.createOrReset("admin", "Avery Admin", Role.ADMIN, password);
        Viewer labor = accounts.createOrReset("labor", "Lucia Ortega", Role.LABOR_TEAM, password);
        Viewer management = accounts.createOrReset("management", "Renee Castillo", Role.MANAGEMENT_TEAM, password);
        accounts.createOrReset("member", "Jordan Reyes", Role.MEMBER, password);
        Viewer committee = accounts.createOrReset("committee", "Carmen Ibarra", Role.ELECTION_COMMITTEE, password);
        accounts.createOrReset("observer", "Oliver Grant", Role.OBSERVER, password);
        boolean loadedNow = false;
        if (!demo.loaded(admin)) {
            var negotiation = demo.load(admin, labor, management);
            members.load(admin, labor, negotiation);
            votes.load(committee, negotiation);
            legalClock.load(labor, management, negotiation);
            loadedNow = true;
        }
        System.out.println();
        System.out.println("  Demo negotiation: \"" + DemoNegotiation.NAME + "\"" + (loadedNow ? " (loaded now)" : ""));
        System.out.println("  Sign in as admin, labor, management, member, committee (election committee) or observer"
                + " (vote observer) with the password: " + password);
        if (configured == null || configured.isBlank()) {
            System.out.println("  (generated at this start; set PARLEY_DEMO_PASSWORD to choose it)");
        }
        if (settings.today() == null && settings.pinnedToday() != null) {
            System.out.println("  The demo pins today to " + settings.pinnedToday() + "; set PARLEY_TODAY to change it.");
        }
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return password.toString();
    }
}
