package org.parley.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.parley.account.Viewer;
import org.parley.contract.Agreement;
import org.parley.contract.AgreementKind;
import org.parley.contract.Contracts;
import org.parley.contract.Section;
import org.parley.contract.SectionChange;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.NewNegotiation;
import org.parley.negotiation.TableKind;
import org.parley.platform.Audience;
import org.parley.platform.Side;
import org.parley.proposal.NewTentativeAgreement;
import org.parley.proposal.NewThread;
import org.parley.proposal.NewVersion;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.Proposals;
import org.parley.proposal.TentativeAgreement;
import org.parley.session.Attendee;
import org.parley.session.BargainingSession;
import org.parley.session.IntervalKind;
import org.parley.session.NewSession;
import org.parley.session.SessionStatus;
import org.parley.session.Sessions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fictional health-care negotiation with a realistic shape: about 1,100 members, a local
 * and a national table, seven months of bargaining, 40 threads, 14 TAs and a walk-back, days
 * when management caucused most of the day, observers on some days. Every date is fixed.
 */
@Component
class DemoNegotiation {

    static final String NAME = "Riverside Health Professionals 2026";
    /**
     * The demo's table keeps the machine's time zone, so that the pinned "today" is the same
     * date on the dashboard as in the console wherever the demo runs.
     */
    static final ZoneId ZONE = ZoneId.systemDefault();

    private static final String[] LABOR_TEAM = {"Dana Whitfield|Chief negotiator", "Marcus Oyelaran|RN, ICU",
            "Priya Natarajan|Pharmacist", "Tom Keller|Staff representative", "Lucia Ortega|Note-taker"};
    private static final String[] MANAGEMENT_TEAM = {"Gregory Hale|VP, labor relations", "Sandra Lin|HR director",
            "Paul Brenner|Outside counsel", "Renee Castillo|Chief nursing officer"};

    /** Local table sessions: date, last day (or "-"), ledger pattern, observers. */
    private static final String[] LOCAL_SESSIONS = {
            "2025-09-09|-|A|0", "2025-09-23|-|A|0", "2025-10-07|-|A|6", "2025-10-21|-|B|0", "2025-11-04|-|A|0",
            "2025-11-18|2025-11-19|A|12", "2025-12-09|-|A|0", "2026-01-13|-|B|0", "2026-01-27|-|A|25",
            "2026-02-10|-|C|0", "2026-02-24|-|A|8", "2026-03-03|-|B|0", "2026-03-10|-|A|40"};
    private static final String[] NATIONAL_SESSIONS = {"2025-10-15|-|A|0", "2025-12-16|-|B|0", "2026-02-18|-|A|15"};

    /**
     * Threads: title | article | E(conomic) or N | opener L or M | session indexes of the versions
     * (sides alternate from the opener) | session index of the TA or "-" | extra ("W@n" withdrawn by
     * the opener at session n; "WB@n" TA walked back by management at session n, then "C@a,b"
     * counters at sessions a and b).
     */
    private static final String[] LOCAL_THREADS = {
            "Wages|Art. 20.2|E|L|0,4,8,12|-|-",
            "Step increases|Art. 21|E|L|0,5,9|-|-",
            "Shift differentials|Art. 22|E|L|1,5,10|-|-",
            "Health insurance premiums|Art. 24|E|M|2,4,7,11|-|-",
            "Retirement contributions|Art. 25|E|L|1,6,11|-|-",
            "Paid time off accrual|Art. 13|E|L|1,7,12|-|-",
            "Call-back pay|Art. 22.4|E|L|2,8|-|-",
            "On-call pay|Art. 22.5|E|L|2|-|-",
            "Education reimbursement|Art. 27|E|L|0,3,6|6|-",
            "Uniform allowance|Art. 28|E|L|1,4|8|-",
            "Charge nurse premium|Art. 22.3|E|L|3|-|-",
            "Holiday pay|Art. 14.2|E|M|3,7|-|W@9",
            "Safe staffing ratios|Art. 30.2|N|L|0,3,7,10,12|-|-",
            "Workplace violence prevention|Art. 31|N|L|0,4,9|-|-",
            "Floating and reassignment|Art. 19|N|M|1,5,9|-|-",
            "Mandatory overtime|Art. 18.2|N|L|1,6|-|-",
            "Scheduling and self-scheduling|Art. 17.2|N|M|2,6,10|-|-",
            "Seniority|Art. 10|N|L|2,7|-|-",
            "Layoff and recall|Art. 11|N|M|3,8|-|-",
            "Grievance procedure|Art. 8.2|N|M|0,2,5|5|-",
            "Discipline and just cause|Art. 9|N|L|4,8,11|-|-",
            "Union access|Art. 4|N|L|0,1|2|-",
            "Union leave|Art. 5|N|L|0,2|3|-",
            "Bulletin boards|Art. 6|N|L|0,1|1|-",
            "Personnel files|Art. 12|N|M|1,2|2|-",
            "Bereavement leave|Art. 15|N|L|2,4|4|-",
            "Parental leave|Art. 16|N|L|3,6,9|10|-",
            "Meal and rest breaks|Art. 18.1|N|L|4,7|8|WB@10;C@11,12",
            "Health and safety committee|Art. 32|N|L|5,7|9|-",
            "Travel nurses and agency staff|Art. 3.2|N|L|5,9,12|-|-",
            "Subcontracting|Art. 3.3|N|M|6,10|-|-",
            "Duration|Art. 45|N|M|11|-|-"};
    private static final String[] NATIONAL_THREADS = {
            "Pension plan|National Art. 25|E|L|0,1,2|-|-",
            "Health plan design|National Art. 24|E|M|0,2|-|-",
            "Wage floor across the system|National Art. 20|E|L|1|-|-",
            "Tuition program|National Art. 27|E|L|0,1|1|-",
            "Joint staffing committee|National Art. 30|N|L|0,1,2|2|-",
            "Travel and agency staff standards|National Art. 3|N|L|1,2|-|-",
            "Technology and AI in patient care|National Art. 33|N|L|0,2|2|-",
            "Successorship|National Art. 40|N|M|2|-|-"};

    private final Negotiations negotiations;
    private final Contracts contracts;
    private final Sessions sessions;
    private final Proposals proposals;
    private Agreement agreement;

    DemoNegotiation(Negotiations negotiations, Contracts contracts, Sessions sessions, Proposals proposals) {
        this.negotiations = negotiations;
        this.contracts = contracts;
        this.sessions = sessions;
        this.proposals = proposals;
    }

    boolean loaded(Viewer admin) {
        return negotiations.list(admin).stream().map(Negotiation::name).anyMatch(NAME::equals);
    }

    /** Writes the whole demo in one transaction: it is there completely or not at all. */
    @Transactional
    Negotiation load(Viewer admin, Viewer labor, Viewer management) {
        Agreement agreement = contracts.importAgreement(admin, DemoAgreement.NAME, AgreementKind.CURRENT,
                "riverside-cba-2022-2026.md", DemoAgreement.MARKDOWN.getBytes(StandardCharsets.UTF_8));
        this.agreement = agreement;
        Negotiation negotiation = negotiations.create(admin, new NewNegotiation(NAME,
                "United Health Professionals of Riverside, Local 5150", "Riverside Regional Medical Center",
                DemoAgreement.NAME, agreement.id(), LocalDate.of(2026, 4, 30), ZONE.getId(),
                List.of(new NewNegotiation.NewUnit("Registered nurses, pharmacists and therapists", 1112))));
        BargainingTable local = negotiations.addTable(admin, negotiation.id(), "Riverside local table", TableKind.LOCAL);
        BargainingTable national = negotiations.addTable(admin, negotiation.id(), "Health system national table", TableKind.NATIONAL);
        for (BargainingTable table : List.of(local, national)) {
            for (String person : LABOR_TEAM) {
                negotiations.addTeamMember(admin, table.id(), Side.LABOR, person.split("\\|")[0], person.split("\\|")[1]);
            }
            for (String person : MANAGEMENT_TEAM) {
                negotiations.addTeamMember(admin, table.id(), Side.MANAGEMENT, person.split("\\|")[0], person.split("\\|")[1]);
            }
        }
        List<BargainingSession> localDays = heldSessions(labor, local, LOCAL_SESSIONS);
        sessions.schedule(labor, local.id(), planned("2025-12-02", SessionStatus.CANCELLED));
        sessions.schedule(labor, local.id(), planned("2026-03-17", SessionStatus.PLANNED));
        sessions.schedule(labor, local.id(), planned("2026-03-24", SessionStatus.PLANNED));
        sessions.schedule(labor, local.id(), planned("2026-04-07", SessionStatus.PLANNED));
        List<BargainingSession> nationalDays = heldSessions(labor, national, NATIONAL_SESSIONS);
        sessions.schedule(labor, national.id(), planned("2026-04-15", SessionStatus.PLANNED));

        threads(labor, management, local, localDays, LOCAL_THREADS);
        threads(labor, management, national, nationalDays, NATIONAL_THREADS);
        notes(labor, management, localDays.get(7));
        return negotiation;
    }

    private List<BargainingSession> heldSessions(Viewer labor, BargainingTable table, String[] specs) {
        List<BargainingSession> held = new ArrayList<>();
        for (String spec : specs) {
            String[] f = spec.split("\\|");
            LocalDate date = LocalDate.parse(f[0]);
            LocalDate endDate = f[1].equals("-") ? null : LocalDate.parse(f[1]);
            List<Attendee> attendees = new ArrayList<>();
            for (String person : LABOR_TEAM) {
                attendees.add(new Attendee(Side.LABOR, person.split("\\|")[0]));
            }
            for (String person : MANAGEMENT_TEAM) {
                attendees.add(new Attendee(Side.MANAGEMENT, person.split("\\|")[0]));
            }
            BargainingSession session = sessions.schedule(labor, table.id(), new NewSession(date, endDate, LocalTime.of(9, 0),
                    LocalTime.of(17, 0), table.kind() == TableKind.LOCAL ? "Riverside Regional Medical Center, Conference Room B" : null,
                    table.kind() == TableKind.NATIONAL ? "https://meet.example.org/uhpr-national" : null,
                    SessionStatus.PLANNED, Integer.parseInt(f[3]), attendees));
            for (LocalDate day = date; !day.isAfter(session.lastDate()); day = day.plusDays(1)) {
                ledger(labor, session.id(), day, f[2]);
            }
            held.add(sessions.get(labor, session.id()));
        }
        return held;
    }

    private static NewSession planned(String date, SessionStatus status) {
        return new NewSession(LocalDate.parse(date), null, LocalTime.of(9, 0), LocalTime.of(17, 0),
                "Riverside Regional Medical Center, Conference Room B", null, status, 0, List.of());
    }

    /**
     * A: an ordinary day. B: management caucused almost five of the eight hours. C: the parties
     * met for less than an hour.
     */
    private void ledger(Viewer labor, long sessionId, LocalDate day, String pattern) {
        String[] steps = switch (pattern) {
            case "B" -> new String[] {"09:00 TABLE", "09:40 MANAGEMENT_CAUCUS", "12:00 BREAK", "12:30 MANAGEMENT_CAUCUS",
                    "14:45 WAITING_FOR_MANAGEMENT", "15:20 TABLE", "16:00 END"};
            case "C" -> new String[] {"10:00 TABLE", "10:45 MANAGEMENT_CAUCUS", "13:00 WAITING_FOR_MANAGEMENT", "13:40 END"};
            default -> new String[] {"09:00 TABLE", "10:30 LABOR_CAUCUS", "11:15 TABLE", "12:00 BREAK",
                    "12:45 MANAGEMENT_CAUCUS", "14:30 WAITING_FOR_MANAGEMENT", "14:50 TABLE", "16:00 LABOR_CAUCUS",
                    "16:30 TABLE", "17:00 END"};
        };
        for (String step : steps) {
            String[] parts = step.split(" ");
            Instant at = day.atTime(LocalTime.parse(parts[0])).atZone(ZONE).toInstant();
            sessions.startInterval(labor, sessionId, IntervalKind.valueOf(parts[1]), at);
        }
    }

    private void threads(Viewer labor, Viewer management, BargainingTable table, List<BargainingSession> days, String[] specs) {
        for (String spec : specs) {
            String[] f = spec.split("\\|");
            Side opener = f[3].equals("L") ? Side.LABOR : Side.MANAGEMENT;
            ProposalThread thread = proposals.openThread(labor, table.id(), new NewThread(f[0], f[1], f[2].equals("E")));
            Side side = opener;
            ProposalVersion last = null;
            for (String index : f[4].split(",")) {
                last = pass(side == Side.LABOR ? labor : management, thread, side, days.get(Integer.parseInt(index)));
                side = side.other();
            }
            if (!f[5].equals("-")) {
                LocalDate signed = days.get(Integer.parseInt(f[5])).date();
                TentativeAgreement ta = proposals.signTentativeAgreement(labor, thread.id(),
                        new NewTentativeAgreement(last.id(), signed, "DW", "GH"));
                if (f[6].startsWith("WB@")) {
                    String[] extra = f[6].split(";");
                    LocalDate walkedBack = days.get(Integer.parseInt(extra[0].substring(3))).date();
                    proposals.walkBack(management, ta.id(), Side.MANAGEMENT,
                            "Finance had not costed the relief staff the rest-break language requires.", walkedBack);
                    Side counterSide = Side.MANAGEMENT;
                    for (String index : extra[1].substring(2).split(",")) {
                        pass(counterSide == Side.LABOR ? labor : management, thread, counterSide, days.get(Integer.parseInt(index)));
                        counterSide = counterSide.other();
                    }
                }
            } else if (f[6].startsWith("W@")) {
                proposals.withdraw(management, thread.id(), opener, days.get(Integer.parseInt(f[6].substring(2))).date());
            }
        }
    }

    /** A version: section changes to the agreement at the local table, language alone at the national one. */
    private ProposalVersion pass(Viewer by, ProposalThread thread, Side side, BargainingSession session) {
        int round = proposals.thread(by, thread.id()).versions().size() + 1;
        String summary = Language.summary(thread.title(), side, round);
        String number = thread.article().replaceFirst("^Art\\.\\s*", "");
        Section section = thread.article().startsWith("Art.") ? agreement.section(number.contains(".") ? number : number + ".1")
                .orElse(null) : null;
        if (section == null) {
            return proposals.passVersion(by, thread.id(), new NewVersion(side, session.id(),
                    Language.of(thread.title(), thread.article(), side, round), summary, session.date()));
        }
        return proposals.passVersion(by, thread.id(), new NewVersion(side, session.id(), null, summary, session.date(),
                List.of(SectionChange.replace(section.number(), Language.sectionText(thread.title(), side, round, section.text())))));
    }

    private void notes(Viewer labor, Viewer management, BargainingSession session) {
        sessions.addNote(labor, session.id(), Audience.LABOR,
                "Caucus: management is stalling on staffing. Hold firm on ratios; plan an info picket before the next session.");
        sessions.addNote(management, session.id(), Audience.MANAGEMENT,
                "Caucus: the budget office will not approve ratios richer than 1:5 in med-surg; offer a recruitment bonus instead.");
        sessions.addNote(labor, session.id(), Audience.TABLE,
                "Both parties agreed to exchange staffing and vacancy data before the next session.");
    }
}
