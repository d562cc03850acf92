package org.parley.account;

import java.util.EnumSet;
import java.util.Set;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;

/**
 * Who is asking. Every facade method that reads or writes audience-scoped data takes one, and
 * {@link #canSee(Audience)} is the single rule that decides what a role may see:
 * <ul>
 *   <li>a team sees its own side's records, the table's, the members' and the public's;</li>
 *   <li>an administrator sets up negotiations and accounts and sees table, members' and public
 *       records, never one side's private records;</li>
 *   <li>a member sees the members' and the public's;</li>
 *   <li>the election committee and vote observers (scrutineers) see the members' and the public's, so
 *       they read a vote (a members' record), its record and its result; neither is a bargaining team,
 *       and nobody, whatever the role, sees a ballot linked to a person.</li>
 * </ul>
 * {@code proof} says how this request's person signed in (a link to which address, a password set by
 * whom); only casting a ballot looks at it.
 */
public record Viewer(long accountId, String username, String displayName, Role role, SignInProof proof)
        implements java.io.Serializable {

    public Viewer {
        if (proof == null) {
            proof = SignInProof.NONE;
        }
    }

    /** A viewer with no proof beyond the account (start-up tasks, feeds, viewers the application makes). */
    public Viewer(long accountId, String username, String displayName, Role role) {
        this(accountId, username, displayName, role, SignInProof.NONE);
    }

    public Viewer withProof(SignInProof how) {
        return new Viewer(accountId, username, displayName, role, how);
    }

    public boolean canSee(Audience audience) {
        return visibleAudiences().contains(audience);
    }

    public Set<Audience> visibleAudiences() {
        return switch (role) {
            case LABOR_TEAM -> EnumSet.of(Audience.LABOR, Audience.TABLE, Audience.MEMBERS, Audience.PUBLIC);
            case MANAGEMENT_TEAM -> EnumSet.of(Audience.MANAGEMENT, Audience.TABLE, Audience.PUBLIC);
            case ADMIN -> EnumSet.of(Audience.TABLE, Audience.MEMBERS, Audience.PUBLIC);
            case MEMBER, ELECTION_COMMITTEE, OBSERVER -> EnumSet.of(Audience.MEMBERS, Audience.PUBLIC);
            case FACILITATOR -> EnumSet.of(Audience.PUBLIC);
        };
    }

    /** The viewer's side, or null for anyone not on a bargaining team. */
    public Side side() {
        return role.side();
    }

    public boolean onTeam() {
        return role.side() != null;
    }

    public boolean onElectionCommittee() {
        return role == Role.ELECTION_COMMITTEE;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Refuses a viewer who may not see records of this audience. */
    public void requireSee(Audience audience) {
        if (!canSee(audience)) {
            throw ParleyException.forbidden(switch (audience) {
                case LABOR -> "Only the labor team may see this.";
                case MANAGEMENT -> "Only the management team may see this.";
                case TABLE -> "Only the bargaining teams may see this.";
                case MEMBERS -> "Only members of the unit may see this.";
                case PUBLIC -> "This is public.";
            });
        }
    }

    /** Refuses anyone but a bargaining team member: the people who record what happens at the table. */
    public void requireTeam() {
        if (!onTeam()) {
            throw ParleyException.forbidden("Only a bargaining team may record this; you are signed in as "
                    + role.label().toLowerCase() + ".");
        }
    }

    /** Refuses anyone who may not set up negotiations and tables: administrators and the teams may. */
    public void requireOrganizer() {
        if (!onTeam() && !isAdmin()) {
            throw ParleyException.forbidden("Only an administrator or a bargaining team may set this up.");
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw ParleyException.forbidden("Only an administrator may do this.");
        }
    }
}
