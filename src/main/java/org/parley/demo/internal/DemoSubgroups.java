package org.parley.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.TableKind;
import org.parley.platform.Side;
import org.parley.session.BargainingSession;
import org.parley.session.Sessions;
import org.parley.subgroup.IbbIssue;
import org.parley.subgroup.InterestSide;
import org.parley.subgroup.NewRecommendation;
import org.parley.subgroup.NewSubgroup;
import org.parley.subgroup.Participant;
import org.parley.subgroup.Rating;
import org.parley.subgroup.Recommendation;
import org.parley.subgroup.Recommendations;
import org.parley.subgroup.Stance;
import org.parley.subgroup.Subgroup;
import org.parley.subgroup.Subgroups;
import org.parley.subgroup.Workspaces;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's national table works by subgroups, as large national tables do: three subgroups, each led
 * by co-leads from both sides with a neutral facilitator, take up an issue, state interests, weigh
 * options against criteria and reach consensus; at the February check-in the full table approves their
 * recommendations as TAs in one act, and one waits for the next check-in. Every person is fictional.
 */
@Component
class DemoSubgroups {

    /** name | charge (;) | issue | statement | interests L;M;S | criteria (;) | recommendations (title=text;…), the last one left reported */
    private static final String[] SUBGROUPS = {
            "AI and technology|Use of AI in patient care;New technology and staffing|AI tools arrive on units without staff input"
                    + "|Nurses learn of new AI tools the day they go live, with no say in how they are used.|Clinical judgment stays with licensed staff"
                    + ";New tools are adopted quickly and safely;Patients are safe and trust the care they get|Keeps clinical judgment with staff;Can start this year"
                    + "|Joint AI and technology taskforce=Establish a joint labor and management taskforce on AI and technology."
                    + ";Notice before new technology=Give the unit's staff 60 days' notice and training before a new clinical technology goes live."
                    + ";Review of AI pilots=Review every AI pilot jointly at six months.",
            "Partnership effectiveness|Unit-based teams;Partnership training|Unit-based teams stall after their launch"
                    + "|Unit-based teams meet less often after the first year and lose their sponsors.|Teams have time to meet"
                    + ";Teams show results leaders can see;Front-line staff own the improvement work|Fits the scheduling rules;Measurable within a year"
                    + "|Protected time for unit-based teams=Schedule two protected hours a month for each unit-based team."
                    + ";Joint partnership training=Train co-leads of unit-based teams together, labor and management in the same room.",
            "Staffing and patient care|Staffing committees;Backfill and travelers|Staffing committees lack data"
                    + "|Staffing committees meet without the census and vacancy figures they need to plan.|Committees can plan ahead"
                    + ";Staffing plans are defensible to regulators;Patients get safe staffing|Uses data the employer already has;Works on every unit"
                    + "|Staffing committee toolkits=Create toolkits and educational materials to support staffing committees."
                    + ";Monthly staffing data=Give each staffing committee the unit's census, vacancies and traveler use every month."
                    + ";Backfill for committee time=Backfill members' shifts when they attend a staffing committee."};

    /**
     * Fictional people per subgroup, username | name | side: two labor co-leads, the management co-lead,
     * a labor member (a subject-matter expert) and a management member; "-" is an account the demo has.
     */
    private static final String[][] PEOPLE = {
            {"tmensah|Theo Mensah|L", "aporter|Alicia Porter|L", "hbrooks|Helen Brooks|M", "jkwon|Jae Kwon|L", "vsaito|Victor Saito|M"},
            {"labor|-|L", "nadler|Nina Adler|L", "management|-|M", "bcho|Bea Cho|L", "rfarah|Rami Farah|M"},
            {"ksantos|Kim Santos|L", "pgill|Priya Gill|L", "mdiaz|Maria Diaz|M", "enwosu|Emeka Nwosu|L", "fwalsh|Fiona Walsh|M"}};

    private final Accounts accounts;
    private final Negotiations negotiations;
    private final Sessions sessions;
    private final Subgroups subgroups;
    private final Workspaces workspaces;
    private final Recommendations recommendations;

    DemoSubgroups(Accounts accounts, Negotiations negotiations, Sessions sessions, Subgroups subgroups, Workspaces workspaces,
            Recommendations recommendations) {
        this.accounts = accounts;
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.subgroups = subgroups;
        this.workspaces = workspaces;
        this.recommendations = recommendations;
    }

    /** Creates (or resets) the subgroups' people; their password is the demo's. */
    Map<String, Viewer> people(String password, Viewer labor, Viewer management) {
        Map<String, Viewer> people = new java.util.HashMap<>(Map.of("labor", labor, "management", management));
        for (String[] group : PEOPLE) {
            for (String person : group) {
                String[] f = person.split("\\|");
                if (!f[1].equals("-")) {
                    people.put(f[0], accounts.createOrReset(f[0], f[1], f[2].equals("L") ? Role.LABOR_TEAM : Role.MANAGEMENT_TEAM, password));
                }
            }
        }
        people.put("facilitator", accounts.createOrReset("facilitator", "Sam Okafor", Role.FACILITATOR, password));
        return people;
    }

    @Transactional
    void load(Viewer labor, Viewer management, Negotiation negotiation, Map<String, Viewer> people) {
        BargainingTable national = negotiations.tables(labor, negotiation.id()).stream().filter(t -> t.kind() == TableKind.NATIONAL)
                .findFirst().orElseThrow();
        List<BargainingSession> held = sessions.ofTable(labor, national.id()).stream().map(s -> s.session())
                .filter(s -> s.status() == org.parley.session.SessionStatus.HELD).toList();
        BargainingSession meeting = held.get(held.size() - 2);
        BargainingSession checkIn = held.get(held.size() - 1);
        List<Long> toApprove = new ArrayList<>();
        for (int g = 0; g < SUBGROUPS.length; g++) {
            String[] f = SUBGROUPS[g].split("\\|");
            List<Viewer> group = java.util.Arrays.stream(PEOPLE[g]).map(p -> people.get(p.split("\\|")[0])).toList();
            Subgroup subgroup = subgroups.charter(labor, national.id(), new NewSubgroup(f[0], List.of(f[1].split(";")),
                    Map.of(Side.LABOR, List.of(group.get(0).accountId(), group.get(1).accountId()), Side.MANAGEMENT, List.of(group.get(2).accountId())),
                    Map.of(Side.LABOR, List.of(group.get(3).accountId()), Side.MANAGEMENT, List.of(group.get(4).accountId())),
                    List.of(people.get("facilitator").accountId()), false));
            subgroups.addMeeting(labor, subgroup.id(), meeting.id());
            Viewer coLead = group.get(0);
            IbbIssue issue = workspaces.addIssue(people.get("facilitator"), subgroup.id(), f[2], f[3]);
            String[] interests = f[4].split(";");
            workspaces.addInterest(coLead, issue.id(), InterestSide.LABOR, interests[0]);
            workspaces.addInterest(group.get(2), issue.id(), InterestSide.MANAGEMENT, interests[1]);
            workspaces.addInterest(people.get("facilitator"), issue.id(), InterestSide.SHARED, interests[2]);
            List<IbbIssue.Criterion> criteria = new ArrayList<>();
            for (String criterion : f[5].split(";")) {
                criteria.add(workspaces.addCriterion(people.get("facilitator"), issue.id(), criterion));
            }
            String[] recs = f[6].split(";");
            Subgroup chartered = subgroups.get(labor, subgroup.id());
            for (int r = 0; r < recs.length; r++) {
                String title = recs[r].split("=")[0];
                String text = recs[r].split("=")[1];
                IbbIssue.Option option = workspaces.addOption(coLead, issue.id(), text);
                for (IbbIssue.Criterion criterion : criteria) {
                    workspaces.assess(people.get("facilitator"), option.id(), criterion.id(), r == 1 ? Rating.PARTLY : Rating.MEETS, null);
                }
                workspaces.startConsensusCheck(coLead, option.id(), null);
                for (Participant p : chartered.deciders()) {
                    Stance stance = p.role() == org.parley.subgroup.ParticipantRole.CO_LEAD ? Stance.SUPPORT
                            : r == 1 ? Stance.STAND_ASIDE : Stance.CAN_LIVE_WITH;
                    workspaces.stateStance(coLead, option.id(), p.accountId(), stance, null);
                }
                Recommendation recommendation = recommendations.draft(labor, subgroup.id(), new NewRecommendation(option.id(), title, text,
                        List.of(), false));
                recommendations.report(labor, recommendation.id(), checkIn.id());
                boolean last = g == SUBGROUPS.length - 1 && r == recs.length - 1;
                if (!last) {
                    toApprove.add(recommendation.id());
                }
            }
            // an option still being discussed: not everyone has been heard yet
            IbbIssue.Option open = workspaces.addOption(group.get(2), issue.id(), "Pilot the idea on two units first");
            workspaces.startConsensusCheck(coLead, open.id(), null);
            workspaces.stateStance(coLead, open.id(), coLead.accountId(), Stance.SUPPORT, null);
            workspaces.addNote(coLead, subgroup.id(), "issue", issue.id(), "Caucus: we can accept a pilot only with a date to go system-wide.");
            workspaces.addNote(group.get(2), subgroup.id(), "issue", issue.id(), "Caucus: finance wants the pilot costed before we agree.");
            subgroups.changeStatus(labor, subgroup.id(), org.parley.subgroup.SubgroupStatus.REPORTED);
        }
        recommendations.approve(management, national.id(), toApprove, LocalDate.of(2026, 2, 18), "DW", "GH");
    }
}
