/**
 * Telling members and the public: bargaining updates (drafted from the record, edited in
 * Markdown, published to the members' page, the public page, the Atom feed and by e-mail through a
 * durable queue), events (town halls, pickets, rallies…) with RSVPs, iCalendar files and feeds,
 * and unsubscribing. Owns the tables {@code communication_update}, {@code communication_delivery},
 * {@code communication_unsubscribe}, {@code communication_secret}, {@code communication_feedback},
 * {@code communication_feed_token}, {@code communication_event} and {@code communication_rsvp}.
 * Reads figures through the negotiation, session and proposal facades and the roster through the
 * member module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communication")
package org.parley.communication;
