package org.parley.contract.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.parley.contract.AgreementKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploads waiting in the preview, one per token, readable only by the account that uploaded them. */
@Repository
class ImportDraftRepository {

    record Stored(String token, long accountId, String name, AgreementKind kind, String filename, byte[] content,
                  String corrections) {
    }

    private final JdbcClient jdbc;

    ImportDraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Stored draft, Instant now) {
        jdbc.sql("delete from contract_import_draft where created_at < :before")
                .param("before", OffsetDateTime.ofInstant(now.minusSeconds(24 * 3600), ZoneOffset.UTC)).update();
        jdbc.sql("""
                insert into contract_import_draft (token, account_id, name, kind, filename, content, corrections, created_at)
                values (:token, :account, :name, :kind, :filename, :content, :corrections, :now)
                """)
                .param("token", draft.token()).param("account", draft.accountId()).param("name", draft.name())
                .param("kind", draft.kind().name()).param("filename", draft.filename()).param("content", draft.content())
                .param("corrections", draft.corrections()).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    Optional<Stored> find(String token, long accountId) {
        return jdbc.sql("""
                select token, account_id, name, kind, filename, content, corrections
                from contract_import_draft where token = :token and account_id = :account
                """)
                .param("token", token).param("account", accountId)
                .query((rs, n) -> new Stored(rs.getString("token"), rs.getLong("account_id"), rs.getString("name"),
                        AgreementKind.valueOf(rs.getString("kind")), rs.getString("filename"), rs.getBytes("content"),
                        rs.getString("corrections")))
                .optional();
    }

    void correct(String token, String corrections) {
        jdbc.sql("update contract_import_draft set corrections = :corrections where token = :token")
                .param("corrections", corrections).param("token", token).update();
    }

    void delete(String token) {
        jdbc.sql("delete from contract_import_draft where token = :token").param("token", token).update();
    }
}
