package org.parley.communication.internal;

import java.util.Optional;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.springframework.stereotype.Component;

/** The member a feed token speaks for: a members' viewer for that account, nothing more. */
@Component
class MemberViewers {

    private final FeedTokens tokens;
    private final Accounts accounts;

    MemberViewers(FeedTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** Nothing once the account was disabled or the member made inactive: revoked access ends for feeds too. */
    Optional<Viewer> byFeedToken(String token) {
        return tokens.account(token).filter(accounts::hasAccess).map(account -> new Viewer(account, "feed", "Feed reader", Role.MEMBER));
    }
}
