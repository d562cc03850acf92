package org.parley.term.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.parley.account.Accounts;
import org.parley.account.Viewer;
import org.parley.platform.Links;
import org.parley.platform.ParleyException;
import org.parley.platform.SecretToken;
import org.parley.term.Deadline;
import org.parley.term.DeadlineStatus;
import org.parley.term.Deadlines;
import org.parley.term.Notice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's private calendar of legal deadlines: calendar apps cannot sign in, so the address
 * carries a token that stands for one team account (stored as a hash; a new one revokes the old).
 * The feed holds what that account may see — the table's deadlines, its own side's deadlines and
 * planned notices — and never the other side's.
 */
@Component
class DeadlineCalendar {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final TermService terms;
    private final Links links;
    private final Clock clock;

    DeadlineCalendar(JdbcClient jdbc, Accounts accounts, TermService terms, Links links, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.terms = terms;
        this.links = links;
        this.clock = clock;
    }

    /** A new address for a team account; every earlier one stops working. */
    @Transactional
    String renew(Viewer viewer, long negotiationId) {
        TermPermissions.requireTeam(viewer);
        revoke(viewer);
        String token = SecretToken.random();
        jdbc.sql("insert into term_calendar_token (account_id, username, token_hash, created_at) values (:account, :username, :hash, :now)")
                .param("account", viewer.accountId()).param("username", viewer.username()).param("hash", SecretToken.hash(token))
                .param("now", TermRepository.utc(clock.instant())).update();
        return links.absolute("/legal-clock/" + negotiationId + ".ics?token=" + token);
    }

    @Transactional
    void revoke(Viewer viewer) {
        jdbc.sql("update term_calendar_token set revoked_at = :now where account_id = :account and revoked_at is null")
                .param("now", TermRepository.utc(clock.instant())).param("account", viewer.accountId()).update();
    }

    boolean has(Viewer viewer) {
        return jdbc.sql("select count(*) from term_calendar_token where account_id = :account and revoked_at is null")
                .param("account", viewer.accountId()).query(Integer.class).single() > 0;
    }

    /** The team member a live token stands for; an unknown, revoked or non-team token answers "not found". */
    Viewer viewerOf(String token) {
        record Holder(long accountId, String username) {
        }
        Optional<Holder> holder = token == null || token.isBlank() ? Optional.empty()
                : jdbc.sql("select account_id, username from term_calendar_token where token_hash = :hash and revoked_at is null")
                        .param("hash", SecretToken.hash(token.strip()))
                        .query((rs, n) -> new Holder(rs.getLong("account_id"), rs.getString("username"))).optional();
        // the account must still be enabled, the same one, and still on a team (a role changed since revokes the feed)
        return holder.flatMap(h -> accounts.viewerOf(h.username()).filter(v -> v.accountId() == h.accountId()))
                .filter(Viewer::onTeam)
                .orElseThrow(() -> ParleyException.notFound("This calendar address is not valid any more; get a new one on the legal clock page."));
    }

    /** The iCalendar text: one all-day event per dated deadline still to meet, and each planned notice of the viewer's side. */
    @Transactional(readOnly = true)
    String calendar(Viewer viewer, long negotiationId) {
        Deadlines clockNow = terms.deadlines(viewer, negotiationId, clock.instant(), null);
        List<Notice> planned = terms.notices(viewer, negotiationId).stream().filter(Notice::planned).toList();
        Calendar calendar = new Calendar().withProdId("-//Parley//Legal clock//EN").withDefaults().getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", "Legal deadlines"));
        String page = links.absolute("/negotiations/" + negotiationId + "/legal-clock");
        int n = 0;
        for (Deadline d : clockNow.deadlines()) {
            if (d.dueBy() == null || d.status() == DeadlineStatus.NOT_APPLICABLE) {
                continue;
            }
            n++;
            VEvent event = new VEvent(d.dueBy(), (d.status() == DeadlineStatus.MET ? "Met: " : "Deadline: ") + d.label()
                    + (d.location() == null ? "" : " (" + d.location() + ")"));
            event.add(new Uid("deadline-" + negotiationId + "-" + d.kind() + "-" + (d.customId() != null ? d.customId() : d.location() != null ? d.location().hashCode() : n) + "@parley"));
            event.add(new DtStamp(clock.instant()));
            event.add(new Description(d.explanation() + "\n\nBasis: " + d.basis() + "\n" + clockNow.disclaimer() + "\n" + page));
            event.add(new Url(java.net.URI.create(page)));
            calendar.add(event);
        }
        for (Notice p : planned) {
            LocalDate day = LocalDate.ofInstant(p.servedAt(), clockNow.expiresAt().getZone());
            VEvent event = new VEvent(day, "Planned: serve " + terms.label(p) + (p.location() == null ? "" : " at " + p.location()));
            event.add(new Uid("planned-notice-" + p.id() + "@parley"));
            event.add(new DtStamp(clock.instant()));
            event.add(new Description("On " + p.recipients() + ". " + clockNow.disclaimer() + "\n" + page));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("The calendar could not be written", e);
        }
        return out.toString();
    }
}
