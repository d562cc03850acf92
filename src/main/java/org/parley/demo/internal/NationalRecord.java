package org.parley.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.io.PrintStream;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.member.Roster;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.NewNegotiation;
import org.parley.negotiation.TableKind;
import org.parley.platform.Side;
import org.parley.proposal.NewJointAgreement;
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

/**
 * A national-size record, for the benchmark and for trying Parley at the size the issue speaks of: a
 * national and a local table, each with {@link Size#sessionsPerTable} sessions over the eighteen months
 * before today (most held, with a time ledger; a few cancelled; a few planned), {@link Size#threadsPerTable}
 * threads with one to seven versions each (about four on average, sides alternating), a fifth of them
 * tentatively agreed (a few walked back, a few withdrawn), subgroup recommendations approved as TAs at the
 * national table, and a roster of {@link Size#members} members. Everything goes through the modules'
 * facades, exactly as the teams would record it, so the record is consistent with every rule (numbering,
 * audit, events). Random but repeatable: the same size gives the same record.
 */
@Component
public class NationalRecord {

    public static final String NAME = "National health system bargaining";
    public static final String[] SUBGROUPS = {"Staffing subgroup", "Benefits subgroup", "Scheduling subgroup"};
    private static final String[] SUBJECTS = {"Wages", "Step increases", "Shift differentials", "Health insurance",
            "Retirement", "Paid time off", "Call-back pay", "On-call pay", "Education", "Uniforms", "Holiday pay",
            "Staffing ratios", "Workplace violence", "Floating", "Overtime", "Scheduling", "Seniority", "Layoff and recall",
            "Grievance procedure", "Discipline", "Union access", "Union leave", "Personnel files", "Bereavement leave",
            "Parental leave", "Meal and rest breaks", "Health and safety", "Agency staff", "Subcontracting", "Duration"};

    /** How big the record is; {@link #NATIONAL} is the size of the issue (2 tables, 300 sessions, 1,500 threads, 300 TAs). */
    public record Size(int sessionsPerTable, int threadsPerTable, int agreementsPerTable, int members) {
        public static final Size NATIONAL = new Size(150, 750, 150, 50_000);

        public Size withMembers(int count) {
            return new Size(sessionsPerTable, threadsPerTable, agreementsPerTable, count);
        }
    }

    /** What was made: the negotiation and its tables, and the counts to print. */
    public record Made(Negotiation negotiation, List<BargainingTable> tables, int sessions, int threads, int versions, int agreements,
                int members) {
    }

    private final Accounts accounts;
    private final Negotiations negotiations;
    private final Sessions sessions;
    private final Proposals proposals;
    private final Roster roster;
    private final Clock clock;

    NationalRecord(Accounts accounts, Negotiations negotiations, Sessions sessions, Proposals proposals, Roster roster, Clock clock) {
        this.accounts = accounts;
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.proposals = proposals;
        this.roster = roster;
        this.clock = clock;
    }

    /**
     * The command: makes the accounts {@code national-admin}, {@code national-labor} and {@code national-management}
     * (password from {@code PARLEY_NATIONAL_PASSWORD}, else generated and printed), writes the record and prints what it made.
     */
    public int run(int members, PrintStream out) {
        String configured = System.getenv("PARLEY_NATIONAL_PASSWORD");
        String password = configured == null || configured.isBlank() ? generatedPassword() : configured;
        Viewer admin = accounts.createOrReset("national-admin", "National administrator", Role.ADMIN, password);
        if (negotiations.list(admin).stream().anyMatch(n -> n.name().equals(NAME))) {
            out.println("This database already holds \"" + NAME + "\"; nothing was written (use a fresh database).");
            return 1;
        }
        Viewer labor = accounts.createOrReset("national-labor", "National labor team", Role.LABOR_TEAM, password);
        Viewer management = accounts.createOrReset("national-management", "National management team", Role.MANAGEMENT_TEAM, password);
        long start = System.nanoTime();
        Made made = generate(admin, labor, management, Size.NATIONAL.withMembers(members));
        out.printf("\"%s\" (negotiation %d): %d tables, %,d sessions, %,d threads, %,d versions, %,d TAs, %,d members on the roster,"
                + " written in %.0f s.%n", NAME, made.negotiation().id(), made.tables().size(), made.sessions(), made.threads(),
                made.versions(), made.agreements(), made.members(), (System.nanoTime() - start) / 1e9);
        out.println("Sign in as national-admin, national-labor or national-management with the password: " + password);
        return 0;
    }

    private static String generatedPassword() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append("abcdefghjkmnpqrstuvwxyz23456789".charAt(random.nextInt(31)));
        }
        return password.toString();
    }

    public Made generate(Viewer admin, Viewer labor, Viewer management, Size size) {
        ZoneId zone = ZoneId.of("America/Chicago");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Negotiation negotiation = negotiations.create(admin, new NewNegotiation(NAME, "National Federation of Health Professionals",
                "National Health System", null, null, today.plusDays(45), zone.getId(),
                List.of(new NewNegotiation.NewUnit("Health professionals, national unit", size.members()))));
        List<BargainingTable> tables = List.of(
                negotiations.addTable(admin, negotiation.id(), "National table", TableKind.NATIONAL),
                negotiations.addTable(admin, negotiation.id(), "Central region local table", TableKind.LOCAL));
        Random random = new Random(2026);
        int sessionCount = 0;
        int threadCount = 0;
        int versionCount = 0;
        int agreementCount = 0;
        for (BargainingTable table : tables) {
            negotiations.addTeamMember(admin, table.id(), Side.LABOR, "Alex Moreno", "Chief negotiator");
            negotiations.addTeamMember(admin, table.id(), Side.MANAGEMENT, "Jamie Brooks", "Labor relations director");
            List<BargainingSession> held = sessions(labor, table, size.sessionsPerTable(), today, zone, random);
            sessionCount += size.sessionsPerTable();
            int joint = table.kind() == TableKind.NATIONAL ? size.agreementsPerTable() / 5 : 0;
            int agreed = 0;
            for (int t = 0; t < size.threadsPerTable() - joint; t++) {
                String subject = SUBJECTS[t % SUBJECTS.length];
                int article = 1 + t % 60;
                ProposalThread thread = proposals.openThread(labor, table.id(), new NewThread(subject + " (" + (t + 1) + ")",
                        "Art. " + article + "." + (1 + t / 60 % 9), subject.matches("Wages|Step.*|Shift.*|Health.*|Retirement|Paid.*|Call.*|On-call.*")));
                Side side = random.nextInt(3) == 0 ? Side.MANAGEMENT : Side.LABOR;
                ProposalVersion last = null;
                for (int session : sessionIndexes(random, held.size(), 1 + random.nextInt(7))) {
                    BargainingSession at = held.get(session);
                    last = proposals.passVersion(side == Side.LABOR ? labor : management, thread.id(), new NewVersion(side, at.id(),
                            Language.of(thread.title(), thread.article(), side, versionCount % 5 + 1),
                            Language.summary(subject, side, versionCount % 5 + 1), at.date()));
                    versionCount++;
                    side = side.other();
                }
                if (agreed < size.agreementsPerTable() - joint && t % 4 == 1) {
                    TentativeAgreement ta = proposals.signTentativeAgreement(labor, thread.id(),
                            new NewTentativeAgreement(last.id(), last.passedOn(), "AM", "JB"));
                    agreed++;
                    if (agreed % 25 == 5) {
                        proposals.walkBack(management, ta.id(), Side.MANAGEMENT, "The cost of this language was not known when it was signed.",
                                last.passedOn());
                    }
                } else if (t % 20 == 3) {
                    proposals.withdraw(labor, thread.id(), last.side(), last.passedOn());
                }
            }
            if (joint > 0) {
                BargainingSession checkIn = held.get(held.size() - 1);
                List<NewJointAgreement> items = new ArrayList<>();
                for (int j = 0; j < joint; j++) {
                    String subject = SUBJECTS[j % SUBJECTS.length];
                    items.add(new NewJointAgreement(subject + " recommendation " + (j + 1), SUBGROUPS[j % SUBGROUPS.length],
                            "The parties agree to a joint review of " + subject.toLowerCase() + " (recommendation " + (j + 1) + ").",
                            List.of(), false, checkIn.id()));
                }
                proposals.approveJointAgreements(labor, table.id(), items, checkIn.date(), "AM", "JB");
                versionCount += joint;
                agreed += joint;
            }
            threadCount += size.threadsPerTable();
            agreementCount += agreed;
        }
        roster(labor, negotiation, size.members());
        return new Made(negotiation, tables, sessionCount, threadCount, versionCount, agreementCount, size.members());
    }

    /**
     * The table's sessions every third or fourth day up to last week: five cancelled, ten planned after today,
     * the others held with a day's ledger. Returns the held ones, oldest first.
     */
    private List<BargainingSession> sessions(Viewer labor, BargainingTable table, int count, LocalDate today, ZoneId zone,
            Random random) {
        int planned = Math.min(10, count / 10);
        int cancelled = Math.min(5, count / 20);
        int past = count - planned;
        List<BargainingSession> held = new ArrayList<>();
        List<Attendee> attendees = List.of(new Attendee(Side.LABOR, "Alex Moreno"), new Attendee(Side.MANAGEMENT, "Jamie Brooks"));
        LocalDate day = today.minusDays(7L + past * 7L / 2);
        for (int s = 0; s < count; s++) {
            boolean isPast = s < past;
            SessionStatus status = isPast && s % (past / Math.max(1, cancelled)) == past / Math.max(1, cancelled) - 1 && cancelled > 0
                    ? SessionStatus.CANCELLED : SessionStatus.PLANNED;
            BargainingSession session = sessions.schedule(labor, table.id(), new NewSession(day, null, LocalTime.of(9, 0),
                    LocalTime.of(17, 0), table.kind() == TableKind.LOCAL ? "Central region office, room 4" : null,
                    table.kind() == TableKind.NATIONAL ? "https://meet.example.org/national" : null, status,
                    isPast ? random.nextInt(20) : 0, isPast ? attendees : List.of()));
            if (isPast && status != SessionStatus.CANCELLED) {
                int caucus = 30 + random.nextInt(240);
                for (String step : new String[] {"09:00 TABLE", "10:30 LABOR_CAUCUS", "11:15 TABLE",
                        LocalTime.of(12, 0) + " MANAGEMENT_CAUCUS", LocalTime.of(12, 0).plusMinutes(caucus) + " WAITING_FOR_MANAGEMENT",
                        LocalTime.of(12, 20).plusMinutes(caucus) + " TABLE", LocalTime.of(13, 0).plusMinutes(caucus) + " END"}) {
                    String[] parts = step.split(" ");
                    sessions.startInterval(labor, session.id(), IntervalKind.valueOf(parts[1]),
                            day.atTime(LocalTime.parse(parts[0])).atZone(zone).toInstant());
                }
                held.add(session);
            }
            day = isPast && s + 1 == past ? today.plusDays(3) : day.plusDays(s % 2 == 0 ? 3 : 4);
        }
        return held;
    }

    /** {@code count} distinct session indexes, in order, clustered as a thread is: moves a few sessions apart. */
    private static List<Integer> sessionIndexes(Random random, int sessions, int count) {
        int start = random.nextInt(Math.max(1, sessions - count * 3));
        TreeSet<Integer> picked = new TreeSet<>();
        int at = start;
        for (int i = 0; i < count && at < sessions; i++) {
            picked.add(at);
            at += 1 + random.nextInt(3);
        }
        return List.copyOf(picked);
    }

    private void roster(Viewer labor, Negotiation negotiation, int members) {
        StringBuilder csv = new StringBuilder("Member ID,First Name,Last Name,Email,Classification,Worksite,Status\n");
        for (int i = 0; i < members; i++) {
            csv.append("NF-").append(100000 + i).append(",Member,").append(i).append(",member").append(i)
                    .append("@national.example.org,").append(i % 3 == 0 ? "Registered nurse" : "Therapist").append(",Site ")
                    .append(i % 40).append(',').append(i % 50 == 49 ? "inactive" : "active").append('\n');
        }
        roster.importCsv(labor, negotiation.id(), csv.toString(), false);
    }
}
