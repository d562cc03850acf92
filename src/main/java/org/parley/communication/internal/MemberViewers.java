package org.parley.communication.internal;

import java.util.Optional;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.springframework.stereotype.Component;

/** The member a feed token speaks for: a members' viewer for that account, nothing more. */
@Component
class MemberViewers {

    private final FeedTokens tokens;

    MemberViewers(FeedTokens tokens) {
        this.tokens = tokens;
    }

    Optional<Viewer> byFeedToken(String token) {
        return tokens.account(token).map(account -> new Viewer(account, "feed", "Feed reader", Role.MEMBER));
    }
}
