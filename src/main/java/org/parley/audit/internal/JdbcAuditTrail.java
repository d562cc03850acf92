package org.parley.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.audit.AuditEntry;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.platform.Audience;
import org.parley.platform.OpaqueId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditTrail implements AuditTrail {

    private static final int MAX_DETAILS = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        String details = record.details();
        if (details != null && details.length() > MAX_DETAILS) {
            details = details.substring(0, MAX_DETAILS - 1) + "…";
        }
        String shortened = details;
        OpaqueId.insert(publicId -> jdbc.sql("""
                insert into audit_entry (public_id, occurred_at, actor_account_id, actor_username, actor_name, negotiation_id,
                                         table_id, audience, subject_type, subject_id, action, details)
                values (:publicId, :at, :actorId, :username, :name, :negotiation, :table, :audience, :subjectType, :subjectId,
                        :action, :details)
                """)
                .param("publicId", publicId)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actorId", record.actor().accountId())
                .param("username", record.actor().username())
                .param("name", record.actor().displayName())
                .param("negotiation", record.negotiationId())
                .param("table", record.tableId())
                .param("audience", record.audience().name())
                .param("subjectType", record.subjectType())
                .param("subjectId", record.subjectId())
                .param("action", record.action())
                .param("details", shortened)
                .update());
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> ofNegotiation(Viewer viewer, long negotiationId, int limit) {
        return jdbc.sql(SELECT + """
                where negotiation_id = :negotiation and audience in (:audiences)
                order by audit_entry.id desc
                limit :limit
                """)
                .param("negotiation", negotiationId)
                .param("audiences", audiences(viewer))
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> ofSubject(Viewer viewer, String subjectType, long subjectId) {
        return jdbc.sql(SELECT + """
                where subject_type = :type and subject_id = :id and audience in (:audiences)
                order by audit_entry.id
                """)
                .param("type", subjectType)
                .param("id", subjectId)
                .param("audiences", audiences(viewer))
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The entries' sequential key stays in the table, for order; "order by id" would mean the random public id shown as "id" (PostgreSQL reads an output column's name first). */
    private static final String SELECT = """
            select public_id as id, occurred_at, actor_name, actor_username, negotiation_id, table_id, audience, subject_type,
                   subject_id, action, details
            from audit_entry
            """;

    /** Members see no trail: it records the bargaining teams' work. */
    private static List<String> audiences(Viewer viewer) {
        List<String> visible = viewer.visibleAudiences().stream()
                .filter(a -> a == Audience.LABOR || a == Audience.MANAGEMENT || a == Audience.TABLE)
                .map(Enum::name)
                .toList();
        return visible.isEmpty() ? List.of("-") : visible;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_name"), rs.getString("actor_username"), rs.getObject("negotiation_id", Long.class),
                rs.getObject("table_id", Long.class), Audience.valueOf(rs.getString("audience")), rs.getString("subject_type"),
                rs.getLong("subject_id"), rs.getString("action"), rs.getString("details"));
    }
}
