package org.parley.demo.internal;

import java.time.LocalDate;
import org.parley.account.Viewer;
import org.parley.communication.EventKind;
import org.parley.communication.Events;
import org.parley.communication.NewEvent;
import org.parley.communication.NewUpdate;
import org.parley.communication.Updates;
import org.parley.member.NewPetition;
import org.parley.member.PetitionKind;
import org.parley.member.Petitions;
import org.parley.member.Roster;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.TableKind;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.session.SessionChanges;
import org.parley.session.SessionStatus;
import org.parley.session.Sessions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' side of the demo: a small fictional roster (the demo account {@code member} is
 * Jordan Reyes on it), observer seats at the next session, a published update drafted from the
 * record, a members-only town hall, a public rally and a strike pledge.
 */
@Component
class DemoMembers {

    private static final String[] FIRST = {"Jordan", "Amara", "Luis", "Mei", "Tomasz", "Grace", "Ravi", "Sofia", "Kwame",
            "Hannah", "Diego", "Aiyana", "Noah", "Priya", "Samir", "Elena", "Marcus", "Yuki", "Fatima", "Owen"};
    private static final String[] LAST = {"Reyes", "Okafor", "Hernandez", "Chen", "Nowak", "Kim", "Patel", "Rossi",
            "Mensah", "Fischer"};
    private static final String[] JOBS = {"Registered nurse", "Pharmacist", "Respiratory therapist", "Physical therapist",
            "Clinical social worker"};
    private static final String[] SITES = {"Riverside Main", "Eastside Clinic", "North Valley Clinic"};

    private final Negotiations negotiations;
    private final Sessions sessions;
    private final Roster roster;
    private final Updates updates;
    private final Events events;
    private final Petitions petitions;

    DemoMembers(Negotiations negotiations, Sessions sessions, Roster roster, Updates updates, Events events, Petitions petitions) {
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.roster = roster;
        this.updates = updates;
        this.events = events;
        this.petitions = petitions;
    }

    @Transactional
    void load(Viewer admin, Viewer labor, Negotiation negotiation) {
        StringBuilder csv = new StringBuilder("Member ID,First Name,Last Name,Email,Mobile,Classification,Worksite,Unit,Status\n");
        for (int i = 0; i < 40; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i * 7 + i / FIRST.length) % LAST.length];
            csv.append(String.format("RHP-%04d,%s,%s,%s.%s%d@members.example.org,555-01%02d,%s,%s,Professionals,%s%n", 1001 + i,
                    first, last, first.toLowerCase(), last.toLowerCase(), i, i, JOBS[i % JOBS.length], SITES[i % SITES.length],
                    i == 39 ? "inactive" : "active"));
        }
        roster.importCsv(labor, negotiation.id(), csv.toString(), false);
        roster.linkAccount(admin, negotiation.id(), "RHP-1001", "member");

        BargainingTable local = negotiations.tables(admin, negotiation.id()).stream()
                .filter(t -> t.kind() == TableKind.LOCAL).findFirst().orElseThrow();
        sessions.ofTable(labor, local.id()).stream()
                .map(s -> s.session())
                .filter(s -> s.status() == SessionStatus.PLANNED && s.date().isAfter(LocalDate.of(2026, 3, 17)))
                .limit(2)
                .forEach(s -> sessions.update(labor, s.id(), new SessionChanges(null, null, null, null, null, null, null,
                        null, null, 6)));

        events.create(labor, new NewEvent(negotiation.id(), EventKind.TOWN_HALL, "Bargaining town hall: where we stand",
                "2026-03-19T18:00", "2026-03-19T19:00", null, null, "https://meet.example.org/j/5150", "RED5150",
                "Your bargaining team reports on the local table and answers your questions.", Audience.MEMBERS));
        events.create(labor, new NewEvent(negotiation.id(), EventKind.RALLY, "Rally for safe staffing",
                "2026-03-26T16:30", "2026-03-26T18:00", null, "Riverside Main, front entrance", null, null,
                "Wear red and bring a coworker.", Audience.PUBLIC));
        petitions.create(labor, new NewPetition(negotiation.id(), PetitionKind.PLEDGE, "Strike pledge",
                "If management refuses to bargain a fair contract, I pledge to stand with my coworkers and strike when called.",
                900, Audience.MEMBERS, LocalDate.of(2026, 4, 30)));

        LocalDate day = LocalDate.of(2026, 3, 10);
        String markdown = updates.draft(labor, local.id(), day, day);
        var update = updates.create(labor, new NewUpdate(negotiation.id(), local.id(), "Bargaining update: 10 March", markdown,
                Audience.MEMBERS));
        updates.publish(labor, update.id());
    }


}
