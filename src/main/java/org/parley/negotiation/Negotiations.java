package org.parley.negotiation;

import java.time.Instant;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.platform.Side;

/**
 * Setting up negotiations and tables. Anyone signed in may read a negotiation's name and
 * countdown (members read them in every update); tables and teams are for the bargaining teams
 * and administrators.
 */
public interface Negotiations {

    Negotiation create(Viewer by, NewNegotiation negotiation);

    Negotiation update(Viewer by, long negotiationId, NegotiationChanges changes);

    List<Negotiation> list(Viewer viewer);

    Negotiation get(Viewer viewer, long negotiationId);

    /**
     * A negotiation's name, parties, units and expiration date for public pages and feeds, with no
     * one signed in: they head every public update, so they are public by nature.
     */
    Negotiation publicView(long negotiationId);

    /** The agreement's term as written (expiration hour and zone, jurisdiction, health care, first contract). Public. */
    ContractTerm term(long negotiationId);

    /**
     * The countdown and status at a moment, with accepted extensions and automatic renewals applied
     * when a {@link LegalClock} is present. Public, like the expiration date.
     */
    Countdown countdown(long negotiationId, Instant at);

    BargainingTable addTable(Viewer by, long negotiationId, String name, TableKind kind);

    List<BargainingTable> tables(Viewer viewer, long negotiationId);

    /**
     * A table's name for members: which table an observer seat is at. Names are what the team's
     * updates tell members anyway; nothing else of the table is shown to them.
     */
    String tableName(Viewer viewer, long tableId);

    /** A table, refused unless the viewer may see table records. */
    BargainingTable table(Viewer viewer, long tableId);

    TeamMember addTeamMember(Viewer by, long tableId, Side side, String name, String title);

    void removeTeamMember(Viewer by, long tableId, long teamMemberId);

    List<TeamMember> team(Viewer viewer, long tableId);
}
