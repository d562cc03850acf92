package org.parley.proposal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.parley.platform.Side;
import org.parley.proposal.ProposalPackage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PackageRepository {

    private final JdbcClient jdbc;

    PackageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long tableId, long negotiationId, Side side, long sessionId, LocalDate passedOn, String title,
            List<ProposalPackage.Item> items, String recordedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into proposal_package (table_id, negotiation_id, side, session_id, passed_on, title, status, recorded_by,
                                              recorded_at)
                values (:table, :negotiation, :side, :session, :passedOn, :title, :status, :by, :now)
                """)
                .param("table", tableId).param("negotiation", negotiationId).param("side", side.name()).param("session", sessionId)
                .param("passedOn", passedOn).param("title", title).param("status", ProposalPackage.Status.ON_THE_TABLE.name())
                .param("by", recordedBy).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("""
                    insert into proposal_package_version (package_id, position, thread_id, version_id)
                    values (:package, :position, :thread, :version)
                    """)
                    .param("package", id).param("position", i).param("thread", items.get(i).threadId())
                    .param("version", items.get(i).versionId())
                    .update();
        }
        return id;
    }

    void decide(long id, ProposalPackage.Status status, LocalDate on) {
        jdbc.sql("update proposal_package set status = :status, decided_on = :on where id = :id")
                .param("status", status.name()).param("on", on).param("id", id).update();
    }

    /** Locks the package's row: two clicks on "accept" cannot both sign. */
    Optional<ProposalPackage> lock(long id) {
        jdbc.sql("select id from proposal_package where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    Optional<ProposalPackage> find(long id) {
        return ofWhere("p.id = :id", "id", id).stream().findFirst();
    }

    List<ProposalPackage> ofTable(long tableId) {
        return ofWhere("p.table_id = :table", "table", tableId);
    }

    private List<ProposalPackage> ofWhere(String where, String name, long value) {
        record Head(long id, long tableId, Side side, long sessionId, LocalDate passedOn, String title,
                    ProposalPackage.Status status, LocalDate decidedOn) {
        }
        List<Head> heads = jdbc.sql("""
                select p.id, p.table_id, p.side, p.session_id, p.passed_on, p.title, p.status, p.decided_on
                from proposal_package p where """ + " " + where + " order by p.id")
                .param(name, value)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("table_id"), Side.valueOf(rs.getString("side")),
                        rs.getLong("session_id"), rs.getObject("passed_on", LocalDate.class), rs.getString("title"),
                        ProposalPackage.Status.valueOf(rs.getString("status")), rs.getObject("decided_on", LocalDate.class)))
                .list();
        return heads.stream().map(h -> new ProposalPackage(h.id(), h.tableId(), h.side(), h.sessionId(), h.passedOn(), h.title(),
                h.status(), h.decidedOn(), jdbc.sql("""
                        select i.thread_id, t.title, i.version_id, v.side, v.side_number
                        from proposal_package_version i
                        join proposal_thread t on t.id = i.thread_id
                        join proposal_version v on v.id = i.version_id
                        where i.package_id = :package order by i.position
                        """)
                .param("package", h.id())
                .query((rs, n) -> new ProposalPackage.Item(rs.getLong("thread_id"), rs.getString("title"), rs.getLong("version_id"),
                        Side.valueOf(rs.getString("side")).initial() + "-" + rs.getInt("side_number")))
                .list())).toList();
    }
}
