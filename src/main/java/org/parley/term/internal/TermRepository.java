package org.parley.term.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.platform.Audience;
import org.parley.platform.OpaqueId;
import org.parley.platform.Side;
import org.parley.term.CustomDeadline;
import org.parley.term.Extension;
import org.parley.term.ExtensionStatus;
import org.parley.term.Notice;
import org.parley.term.RenewalClause;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The legal clock's records. Every query of audience-scoped rows takes the viewer's audiences. */
@Repository
class TermRepository {

    private final JdbcClient jdbc;

    TermRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> names(Set<Audience> audiences) {
        return audiences.stream().map(Enum::name).toList();
    }

    // --- renewal ---

    Optional<RenewalClause> renewal(long negotiationId) {
        return jdbc.sql("select months, notice_days, clause from term_renewal where negotiation_id = :id").param("id", negotiationId)
                .query((rs, n) -> new RenewalClause(rs.getInt("months"), rs.getInt("notice_days"), rs.getString("clause"))).optional();
    }

    void saveRenewal(long negotiationId, RenewalClause clause) {
        jdbc.sql("delete from term_renewal where negotiation_id = :id").param("id", negotiationId).update();
        if (clause != null) {
            jdbc.sql("insert into term_renewal (negotiation_id, months, notice_days, clause) values (:id, :months, :days, :clause)")
                    .param("id", negotiationId).param("months", clause.months()).param("days", clause.noticeDays())
                    .param("clause", clause.clause()).update();
        }
    }

    // --- extensions (table records) ---

    private static final String SELECT_EXTENSION = """
            select id, negotiation_id, offered_by, days, until_date, conditions, offered_at, recorded_by, status, responded_by,
                   responded_at, response_recorded_by, counter_of
            from term_extension
            """;

    long insertExtension(long negotiationId, Side offeredBy, Integer days, LocalDate until, String conditions, Instant offeredAt,
            String recordedBy, Long counterOf) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into term_extension (negotiation_id, offered_by, days, until_date, conditions, offered_at, recorded_by, status, counter_of)
                values (:negotiation, :side, :days, :until, :conditions, :at, :by, 'OFFERED', :counter)
                """)
                .param("negotiation", negotiationId).param("side", offeredBy.name()).param("days", days).param("until", until)
                .param("conditions", conditions).param("at", utc(offeredAt)).param("by", recordedBy).param("counter", counterOf)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Answers an offer still open; false when it was already answered (a second click changes nothing). */
    boolean answerExtension(long id, ExtensionStatus status, Side respondedBy, Instant at, String recordedBy) {
        return jdbc.sql("""
                update term_extension set status = :status, responded_by = :side, responded_at = :at, response_recorded_by = :by
                where id = :id and status = 'OFFERED'
                """)
                .param("status", status.name()).param("side", respondedBy.name()).param("at", utc(at)).param("by", recordedBy)
                .param("id", id).update() == 1;
    }

    Optional<Extension> extension(long id) {
        return jdbc.sql(SELECT_EXTENSION + " where id = :id").param("id", id).query((rs, n) -> extension(rs)).optional();
    }

    List<Extension> extensions(long negotiationId) {
        return jdbc.sql(SELECT_EXTENSION + " where negotiation_id = :id order by offered_at, id").param("id", negotiationId)
                .query((rs, n) -> extension(rs)).list();
    }

    private static Extension extension(ResultSet rs) throws SQLException {
        String respondedBy = rs.getString("responded_by");
        return new Extension(rs.getLong("id"), rs.getLong("negotiation_id"), Side.valueOf(rs.getString("offered_by")),
                rs.getObject("days", Integer.class), rs.getObject("until_date", LocalDate.class), rs.getString("conditions"),
                instant(rs, "offered_at"), rs.getString("recorded_by"), ExtensionStatus.valueOf(rs.getString("status")),
                respondedBy == null ? null : Side.valueOf(respondedBy), instant(rs, "responded_at"), rs.getString("response_recorded_by"),
                rs.getObject("counter_of", Long.class));
    }

    // --- notices ---

    private static final String SELECT_NOTICE = """
            select id, negotiation_id, kind, title, served_by, recipients, served_at, method, location, action_starts_at, planned,
                   audience, recorded_by, recorded_at
            from term_notice
            """;

    long insertNotice(long negotiationId, String kind, String title, Side servedBy, String recipients, Instant servedAt, String method,
            String location, Instant actionStartsAt, boolean planned, Audience audience, String recordedBy, Instant recordedAt) {
        // A random id (OpaqueId): a side's planned notices must leave no countable gaps in the ids the other side sees.
        return OpaqueId.insert(id -> {
            jdbc.sql("""
                    insert into term_notice (id, negotiation_id, kind, title, served_by, recipients, served_at, method, location,
                                             action_starts_at, planned, audience, recorded_by, recorded_at)
                    values (:id, :negotiation, :kind, :title, :servedBy, :recipients, :servedAt, :method, :location, :action, :planned,
                            :audience, :by, :at)
                    """)
                    .param("id", id).param("negotiation", negotiationId).param("kind", kind).param("title", title)
                    .param("servedBy", servedBy.name()).param("recipients", recipients).param("servedAt", utc(servedAt))
                    .param("method", method).param("location", location).param("action", utc(actionStartsAt)).param("planned", planned)
                    .param("audience", audience.name()).param("by", recordedBy).param("at", utc(recordedAt))
                    .update();
            return id;
        });
    }

    /** Marks a planned notice served: it becomes the table's. False when it was not planned any more. */
    boolean markServed(long id, Instant servedAt) {
        return jdbc.sql("update term_notice set planned = false, audience = 'TABLE', served_at = :at where id = :id and planned = true")
                .param("at", utc(servedAt)).param("id", id).update() == 1;
    }

    int deletePlanned(long id) {
        return jdbc.sql("delete from term_notice where id = :id and planned = true").param("id", id).update();
    }

    Optional<Notice> notice(long id, Set<Audience> visible, ZoneId zone) {
        return jdbc.sql(SELECT_NOTICE + " where id = :id and audience in (:audiences)").param("id", id).param("audiences", names(visible))
                .query((rs, n) -> notice(rs, zone)).optional();
    }

    Optional<Long> noticeNegotiation(long id) {
        return jdbc.sql("select negotiation_id from term_notice where id = :id").param("id", id).query(Long.class).optional();
    }

    List<Notice> notices(long negotiationId, Set<Audience> visible, ZoneId zone) {
        return jdbc.sql(SELECT_NOTICE + " where negotiation_id = :id and audience in (:audiences) order by served_at, id")
                .param("id", negotiationId).param("audiences", names(visible)).query((rs, n) -> notice(rs, zone)).list();
    }

    private static Notice notice(ResultSet rs, ZoneId zone) throws SQLException {
        Instant action = instant(rs, "action_starts_at");
        return new Notice(rs.getLong("id"), rs.getLong("negotiation_id"), rs.getString("kind"), rs.getString("title"),
                Side.valueOf(rs.getString("served_by")), rs.getString("recipients"), instant(rs, "served_at"), rs.getString("method"),
                rs.getString("location"), action == null ? null : action.atZone(zone), rs.getBoolean("planned"),
                Audience.valueOf(rs.getString("audience")), rs.getString("recorded_by"), instant(rs, "recorded_at"));
    }

    // --- team-defined deadlines ---

    long insertDeadline(long negotiationId, String kind, String label, LocalDate date, Integer daysBefore, String basis, Audience audience) {
        // a random id, as for notices: a side's own deadlines leave no gaps the other side could count
        return OpaqueId.insert(id -> {
            jdbc.sql("""
                    insert into term_deadline (id, negotiation_id, kind, label, due_date, days_before_expiration, basis, audience)
                    values (:id, :negotiation, :kind, :label, :date, :days, :basis, :audience)
                    """)
                    .param("id", id).param("negotiation", negotiationId).param("kind", kind).param("label", label).param("date", date)
                    .param("days", daysBefore).param("basis", basis).param("audience", audience.name()).update();
            return id;
        });
    }

    List<CustomDeadline> deadlines(long negotiationId, Set<Audience> visible) {
        return jdbc.sql("""
                select id, negotiation_id, kind, label, due_date, days_before_expiration, basis, audience, done_on from term_deadline
                where negotiation_id = :id and audience in (:audiences) order by id
                """).param("id", negotiationId).param("audiences", names(visible)).query((rs, n) -> deadline(rs)).list();
    }

    Optional<CustomDeadline> deadline(long id, Set<Audience> visible) {
        return jdbc.sql("""
                select id, negotiation_id, kind, label, due_date, days_before_expiration, basis, audience, done_on from term_deadline
                where id = :id and audience in (:audiences)
                """).param("id", id).param("audiences", names(visible)).query((rs, n) -> deadline(rs)).optional();
    }

    void markDone(long id, LocalDate on) {
        jdbc.sql("update term_deadline set done_on = :on where id = :id").param("on", on).param("id", id).update();
    }

    void deleteDeadline(long id) {
        jdbc.sql("delete from term_deadline where id = :id").param("id", id).update();
    }

    private static CustomDeadline deadline(ResultSet rs) throws SQLException {
        return new CustomDeadline(rs.getLong("id"), rs.getLong("negotiation_id"), rs.getString("kind"), rs.getString("label"),
                rs.getObject("due_date", LocalDate.class), rs.getObject("days_before_expiration", Integer.class), rs.getString("basis"),
                Audience.valueOf(rs.getString("audience")), rs.getObject("done_on", LocalDate.class));
    }

    // --- reminders ---

    void addRecipient(long negotiationId, Side side, String email) {
        jdbc.sql("""
                insert into term_reminder_recipient (negotiation_id, side, email)
                select :negotiation, :side, :email where not exists (
                    select 1 from term_reminder_recipient where negotiation_id = :negotiation and side = :side and email = :email)
                """).param("negotiation", negotiationId).param("side", side.name()).param("email", email).update();
    }

    void removeRecipient(long negotiationId, Side side, String email) {
        jdbc.sql("delete from term_reminder_recipient where negotiation_id = :negotiation and side = :side and email = :email")
                .param("negotiation", negotiationId).param("side", side.name()).param("email", email).update();
    }

    List<String> recipients(long negotiationId, Side side) {
        return jdbc.sql("select email from term_reminder_recipient where negotiation_id = :negotiation and side = :side order by email")
                .param("negotiation", negotiationId).param("side", side.name()).query(String.class).list();
    }

    record RecipientRow(long negotiationId, Side side, String email) {
    }

    List<RecipientRow> allRecipients() {
        return jdbc.sql("select negotiation_id, side, email from term_reminder_recipient order by negotiation_id, side, email")
                .query((rs, n) -> new RecipientRow(rs.getLong("negotiation_id"), Side.valueOf(rs.getString("side")), rs.getString("email")))
                .list();
    }
}
