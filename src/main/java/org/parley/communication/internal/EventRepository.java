package org.parley.communication.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parley.communication.Event;
import org.parley.communication.EventKind;
import org.parley.communication.Rsvps;
import org.parley.platform.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class EventRepository {

    private static final String SELECT = """
            select id, negotiation_id, kind, title, starts_at, ends_at, time_zone, location, virtual_link, passcode,
                   description, audience
            from communication_event
            """;

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Event e, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into communication_event (negotiation_id, kind, title, starts_at, ends_at, time_zone, location,
                                                 virtual_link, passcode, description, audience, created_by, created_at)
                values (:negotiation, :kind, :title, :starts, :ends, :zone, :location, :link, :passcode, :description,
                        :audience, :by, :now)
                """)
                .param("negotiation", e.negotiationId()).param("kind", e.kind().name()).param("title", e.title())
                .param("starts", UpdateRepository.utc(e.startsAt())).param("ends", UpdateRepository.utc(e.endsAt()))
                .param("zone", e.timeZone().getId()).param("location", e.location()).param("link", e.virtualLink())
                .param("passcode", e.passcode()).param("description", e.description()).param("audience", e.audience().name())
                .param("by", by).param("now", UpdateRepository.utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Event> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> event(rs)).optional();
    }

    /** Events of the given audiences, soonest first; those ending (or starting) after {@code after} when given. */
    List<Event> ofNegotiation(long negotiationId, Collection<Audience> audiences, Instant after) {
        return jdbc.sql(SELECT + """
                 where negotiation_id = :negotiation and audience in (:audiences)
                   and coalesce(ends_at, starts_at) >= :after
                 order by starts_at, id
                """)
                .param("negotiation", negotiationId)
                .param("audiences", audiences.isEmpty() ? List.of("-") : audiences.stream().map(Enum::name).toList())
                .param("after", UpdateRepository.utc(after == null ? Instant.EPOCH : after))
                .query((rs, n) -> event(rs)).list();
    }

    void rsvp(long eventId, long accountId, String name, boolean going, Instant now) {
        int changed = jdbc.sql("update communication_rsvp set going = :going, name = :name, responded_at = :now where event_id = :event and account_id = :account")
                .param("going", going).param("name", name).param("now", UpdateRepository.utc(now))
                .param("event", eventId).param("account", accountId).update();
        if (changed == 0) {
            jdbc.sql("insert into communication_rsvp (event_id, account_id, name, going, responded_at) values (:event, :account, :name, :going, :now)")
                    .param("going", going).param("name", name).param("now", UpdateRepository.utc(now))
                    .param("event", eventId).param("account", accountId).update();
        }
    }

    Optional<Rsvps.Person> rsvpOf(long eventId, long accountId) {
        return jdbc.sql("select name, going, responded_at from communication_rsvp where event_id = :event and account_id = :account")
                .param("event", eventId).param("account", accountId)
                .query((rs, n) -> person(rs)).optional();
    }

    List<Rsvps.Person> rsvps(long eventId) {
        return jdbc.sql("select name, going, responded_at from communication_rsvp where event_id = :event order by going desc, name")
                .param("event", eventId).query((rs, n) -> person(rs)).list();
    }

    private static Rsvps.Person person(ResultSet rs) throws SQLException {
        return new Rsvps.Person(rs.getString("name"), rs.getBoolean("going"), UpdateRepository.instant(rs, "responded_at"));
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getLong("id"), rs.getLong("negotiation_id"), EventKind.valueOf(rs.getString("kind")),
                rs.getString("title"), UpdateRepository.instant(rs, "starts_at"), UpdateRepository.instant(rs, "ends_at"),
                ZoneId.of(rs.getString("time_zone")), rs.getString("location"), rs.getString("virtual_link"),
                rs.getString("passcode"), rs.getString("description"), Audience.valueOf(rs.getString("audience")));
    }
}
