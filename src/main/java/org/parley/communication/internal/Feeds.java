package org.parley.communication.internal;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.parley.communication.Event;
import org.parley.communication.Update;
import org.parley.platform.Links;
import org.parley.session.ObserverSession;
import org.springframework.stereotype.Component;

/**
 * Writes the Atom feed of updates (Rome) and iCalendar files of events and sessions (ical4j),
 * with a VTIMEZONE for every zone used so that calendar apps show the right local time.
 * Neither ever carries an event's passcode.
 */
@Component
class Feeds {

    private final Links links;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    Feeds(Links links) {
        this.links = links;
    }

    String atom(String title, String selfPath, List<Update> updates, java.util.function.Function<Update, String> html,
            java.util.function.Function<Update, String> path) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(links.absolute(selfPath));
        feed.setLink(links.absolute(selfPath));
        feed.setPublishedDate(Date.from(updates.isEmpty() ? Instant.EPOCH : updates.get(0).publishedAt()));
        feed.setAuthor("Parley");
        List<SyndEntry> entries = new ArrayList<>();
        for (Update u : updates) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(u.title());
            entry.setUri("tag:parley,update:" + u.id());
            entry.setLink(links.absolute(path.apply(u)));
            entry.setPublishedDate(Date.from(u.publishedAt()));
            entry.setUpdatedDate(Date.from(u.publishedAt()));
            entry.setAuthor(u.publishedBy());
            SyndContentImpl content = new SyndContentImpl();
            content.setType("html");
            content.setValue(html.apply(u));
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    /** A calendar of events and observer sessions; {@code eventPath} gives each event's page. */
    String calendar(String name, List<Event> events, java.util.function.Function<Event, String> eventPath,
            List<ObserverSession> sessions, String sessionTitle) {
        Calendar calendar = new Calendar()
                .withProdId("-//Parley//Bargaining calendar//EN")
                .withDefaults()
                .getFluentTarget();
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        List<String> zonesAdded = new ArrayList<>();
        for (Event e : events) {
            VEvent vevent = new VEvent(e.start(), e.end() != null ? e.end() : e.start().plusHours(1),
                    e.kind().label() + ": " + e.title());
            vevent.add(new Uid("event-" + e.id() + "@parley"));
            vevent.add(new DtStamp(e.startsAt()));
            String where = e.location() != null ? e.location() : e.virtualLink();
            if (where != null) {
                vevent.add(new Location(where));
            }
            String text = (e.description() == null ? "" : e.description() + "\n\n")
                    + (e.virtualLink() != null ? "Join online: " + e.virtualLink() + "\n" : "")
                    + "Details: " + links.absolute(eventPath.apply(e));
            vevent.add(new Description(text));
            vevent.add(new Url(java.net.URI.create(links.absolute(eventPath.apply(e)))));
            calendar.add(vevent);
            addZone(calendar, zonesAdded, e.timeZone());
        }
        for (ObserverSession s : sessions) {
            ZoneId zone = s.timeZone();
            var start = s.date().atTime(s.plannedStart() != null ? s.plannedStart() : java.time.LocalTime.of(9, 0)).atZone(zone);
            var end = s.lastDate().atTime(s.plannedEnd() != null ? s.plannedEnd() : java.time.LocalTime.of(17, 0)).atZone(zone);
            if (!end.isAfter(start)) {
                end = end.plusDays(1);
            }
            VEvent vevent = new VEvent(start, end, sessionTitle);
            vevent.add(new Uid("session-" + s.id() + "@parley"));
            vevent.add(new DtStamp(start.toInstant()));
            String where = s.location() != null ? s.location() : s.virtualLink();
            if (where != null) {
                vevent.add(new Location(where));
            }
            if (s.virtualLink() != null) {
                vevent.add(new Description("Join online: " + s.virtualLink()));
            }
            calendar.add(vevent);
            addZone(calendar, zonesAdded, zone);
        }
        var out = new java.io.StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The calendar could not be written", e);
        }
        return out.toString();
    }

    private void addZone(Calendar calendar, List<String> added, ZoneId zone) {
        if (!added.contains(zone.getId())) {
            net.fortuna.ical4j.model.TimeZone timeZone = zones.getTimeZone(zone.getId());
            if (timeZone != null) {
                VTimeZone vtimezone = timeZone.getVTimeZone();
                calendar.add(vtimezone);
            }
            added.add(zone.getId());
        }
    }

    static String when(Event e) {
        return org.parley.platform.Times.dayAndTime(e.start())
                + (e.end() == null ? "" : "–" + org.parley.platform.Times.time(e.end()))
                + " " + org.parley.platform.Times.zoneName(e.timeZone());
    }
}
