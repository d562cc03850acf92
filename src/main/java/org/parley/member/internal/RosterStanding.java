package org.parley.member.internal;

import org.parley.account.MemberStanding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member account stays usable while it is active on at least one roster it is on; a member made inactive
 * on every roster (a re-import without them) may no longer sign in with a password, get a token, or read a
 * private feed. An account on no roster yet (an administrator's link to come) is left to its enabled flag.
 */
@Component
class RosterStanding implements MemberStanding {

    private final JdbcClient jdbc;

    RosterStanding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean inGoodStanding(long accountId) {
        return jdbc.sql("""
                select count(*) as entries, coalesce(sum(case when status = 'ACTIVE' then 1 else 0 end), 0) as active
                from member_roster where account_id = :account
                """)
                .param("account", accountId)
                .query((rs, n) -> rs.getInt("entries") == 0 || rs.getInt("active") > 0)
                .single();
    }
}
