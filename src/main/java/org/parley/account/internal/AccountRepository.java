package org.parley.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.parley.account.Account;
import org.parley.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    /** An account row with its password hash, for sign-in only. */
    record Credentials(Account account, String passwordHash, int epoch) {
    }

    /** What every signed-in request is checked against. */
    record Standing(boolean enabled, Role role, int epoch) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String displayName, Role role, String passwordHash, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into account (username, display_name, password_hash, role, enabled, created_at)
                values (:username, :displayName, :hash, :role, true, :now)
                """)
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("role", role.name())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                select id, username, display_name, role, enabled, password_hash, access_epoch
                from account where username = :username
                """)
                .param("username", username)
                .query((rs, n) -> new Credentials(account(rs), rs.getString("password_hash"), rs.getInt("access_epoch")))
                .optional();
    }

    Optional<Account> find(long id) {
        return jdbc.sql("select id, username, display_name, role, enabled from account where id = :id")
                .param("id", id)
                .query((rs, n) -> account(rs))
                .optional();
    }

    List<Account> all() {
        return jdbc.sql("select id, username, display_name, role, enabled from account order by role, username")
                .query((rs, n) -> account(rs))
                .list();
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.sql("update account set password_hash = :hash where id = :id")
                .param("hash", passwordHash).param("id", id).update();
    }

    void updateEnabled(long id, boolean enabled) {
        jdbc.sql("update account set enabled = :enabled where id = :id")
                .param("enabled", enabled).param("id", id).update();
    }

    Optional<Standing> standing(long id) {
        return jdbc.sql("select enabled, role, access_epoch from account where id = :id")
                .param("id", id)
                .query((rs, n) -> new Standing(rs.getBoolean("enabled"), Role.valueOf(rs.getString("role")), rs.getInt("access_epoch")))
                .optional();
    }

    /** Makes every principal signed in before now stale, and deletes the account's API tokens. */
    void endAccess(long id) {
        jdbc.sql("update account set access_epoch = access_epoch + 1 where id = :id").param("id", id).update();
        jdbc.sql("delete from account_token where account_id = :id").param("id", id).update();
    }

    void updateProfile(long id, String displayName, Role role) {
        jdbc.sql("update account set display_name = :displayName, role = :role where id = :id")
                .param("displayName", displayName).param("role", role.name()).param("id", id).update();
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"));
    }
}
