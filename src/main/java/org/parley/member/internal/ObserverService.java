package org.parley.member.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.member.ObserverSignUp;
import org.parley.member.ObserverStatus;
import org.parley.member.Observers;
import org.parley.member.Roster;
import org.parley.member.RosterMember;
import org.parley.platform.Audience;
import org.parley.platform.OutgoingMail;
import org.parley.platform.ParleyException;
import org.parley.platform.Postbox;
import org.parley.session.ObserverSession;
import org.parley.session.SessionObservers;
import org.parley.session.SessionStatus;
import org.parley.session.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ObserverService implements Observers, SessionObservers {

    private static final Logger log = LoggerFactory.getLogger(ObserverService.class);

    private final ObserverRepository repository;
    private final Roster roster;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Postbox postbox;
    private final Clock clock;

    ObserverService(ObserverRepository repository, Roster roster, Sessions sessions, AuditTrail audit, Postbox postbox,
            Clock clock) {
        this.repository = repository;
        this.roster = roster;
        this.sessions = sessions;
        this.audit = audit;
        this.postbox = postbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ObserverSignUp signUp(Viewer by, long sessionId, String memberId) {
        ObserverSession session = sessions.forObservers(by, sessionId);
        RosterMember member = who(by, session.negotiationId(), memberId);
        if (session.status() == SessionStatus.CANCELLED) {
            throw ParleyException.conflict("This session was cancelled.");
        }
        if (session.lastDate().isBefore(LocalDate.now(clock.withZone(session.timeZone())))) {
            throw ParleyException.conflict("This session is over; sign up for an upcoming one.");
        }
        if (session.observerSeats() == 0) {
            throw ParleyException.conflict("This session does not offer observer seats.");
        }
        Optional<ObserverRepository.Row> existing = repository.find(sessionId, member.id());
        if (existing.isPresent() && existing.get().cancelledAt() == null) {
            return signUpOf(sessionId, member.id(), session.observerSeats()).orElseThrow();
        }
        if (existing.isPresent()) {
            repository.reactivate(existing.get().id(), clock.instant());
        } else {
            repository.insert(sessionId, session.negotiationId(), member.id(), clock.instant());
        }
        ObserverSignUp signUp = signUpOf(sessionId, member.id(), session.observerSeats()).orElseThrow();
        audit.record(new AuditRecord(by, session.negotiationId(), session.tableId(), Audience.LABOR, "session", sessionId,
                "signed up to observe", member.name() + " (" + member.memberId() + "): " + signUp.status().label().toLowerCase()));
        confirm(member.name(), member.email(), session, signUp.status());
        return signUp;
    }

    @Override
    @Transactional
    public ObserverSignUp cancel(Viewer by, long sessionId, String memberId) {
        ObserverSession session = sessions.forObservers(by, sessionId);
        RosterMember member = who(by, session.negotiationId(), memberId);
        ObserverRepository.Row row = repository.find(sessionId, member.id()).filter(r -> r.cancelledAt() == null)
                .orElseThrow(() -> ParleyException.notFound(member.name() + " is not signed up to observe this session."));
        List<Long> seatedBefore = seated(sessionId, session.observerSeats());
        repository.cancel(row.id(), clock.instant());
        audit.record(new AuditRecord(by, session.negotiationId(), session.tableId(), Audience.LABOR, "session", sessionId,
                "cancelled observing", member.name() + " (" + member.memberId() + ")"));
        List<ObserverRepository.Row> active = repository.active(sessionId);
        for (ObserverRepository.Row moved : active.subList(0, Math.min(session.observerSeats(), active.size()))) {
            if (!seatedBefore.contains(moved.rosterId())) {
                confirm(moved.name(), moved.email(), session, ObserverStatus.SEATED);
            }
        }
        return new ObserverSignUp(row.id(), sessionId, member.id(), member.name(), ObserverStatus.CANCELLED, 0, row.signedUpAt());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ObserverSignUp> ofSession(Viewer viewer, long sessionId) {
        // Observers are the union's members: who they are, and who waits, is the union's record.
        if (!UnionSide.is(viewer)) {
            throw ParleyException.forbidden("Who observes is the union's record; the teams see how many seats are taken"
                    + " (GET /api/sessions/" + sessionId + "/observer-seats).");
        }
        ObserverSession session = sessions.forObservers(viewer, sessionId);
        return signUps(sessionId, session.observerSeats());
    }

    @Override
    @Transactional(readOnly = true)
    public int seatsTaken(Viewer viewer, long sessionId) {
        ObserverSession session = sessions.forObservers(viewer, sessionId);
        return Math.min(session.observerSeats(), repository.active(sessionId).size());
    }

    @Override
    @Transactional(readOnly = true)
    public Seating seating(Viewer viewer, long sessionId) {
        if (!UnionSide.is(viewer)) {
            return new Seating(seatsTaken(viewer, sessionId), List.of());
        }
        List<ObserverSignUp> signUps = ofSession(viewer, sessionId);
        return new Seating((int) signUps.stream().filter(s -> s.status() == ObserverStatus.SEATED).count(), signUps.stream()
                .map(s -> new Observer(s.name(), s.status() == ObserverStatus.WAITLISTED
                        ? "Waitlisted (" + s.waitlistPosition() + ")" : s.status().label())).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ObserverSignUp> mine(Viewer viewer, long sessionId) {
        ObserverSession session = sessions.forObservers(viewer, sessionId);
        return roster.self(viewer, session.negotiationId())
                .flatMap(member -> signUpOf(sessionId, member.id(), session.observerSeats()));
    }

    @Override
    @Transactional(readOnly = true)
    public int openSeats(Viewer viewer, long sessionId) {
        ObserverSession session = sessions.forObservers(viewer, sessionId);
        return Math.max(0, session.observerSeats() - repository.active(sessionId).size());
    }

    private RosterMember who(Viewer by, long negotiationId, String memberId) {
        if (by.role() == Role.MEMBER) {
            RosterMember self = roster.self(by, negotiationId)
                    .orElseThrow(() -> ParleyException.forbidden("You are not on this unit's roster."));
            if (memberId != null && !memberId.isBlank() && !memberId.strip().equals(self.memberId())) {
                throw ParleyException.forbidden("A member signs up only themselves.");
            }
            return self;
        }
        UnionSide.require(by);
        RosterMember member = roster.byMemberId(by, negotiationId, memberId);
        if (!member.active()) {
            throw ParleyException.conflict(member.name() + " is inactive on the roster.");
        }
        return member;
    }

    private List<Long> seated(long sessionId, int seats) {
        List<ObserverRepository.Row> active = repository.active(sessionId);
        return active.subList(0, Math.min(seats, active.size())).stream().map(ObserverRepository.Row::rosterId).toList();
    }

    private List<ObserverSignUp> signUps(long sessionId, int seats) {
        List<ObserverSignUp> result = new ArrayList<>();
        List<ObserverRepository.Row> active = repository.active(sessionId);
        for (int i = 0; i < active.size(); i++) {
            ObserverRepository.Row r = active.get(i);
            boolean seated = i < seats;
            result.add(new ObserverSignUp(r.id(), sessionId, r.rosterId(), r.name(),
                    seated ? ObserverStatus.SEATED : ObserverStatus.WAITLISTED, seated ? 0 : i - seats + 1, r.signedUpAt()));
        }
        return result;
    }

    private Optional<ObserverSignUp> signUpOf(long sessionId, long rosterId, int seats) {
        return signUps(sessionId, seats).stream().filter(s -> s.rosterId() == rosterId).findFirst();
    }

    private void confirm(String name, String address, ObserverSession session, ObserverStatus status) {
        if (address == null) {
            return;
        }
        String when = org.parley.platform.Times.day(session.date()) + (session.plannedStart() == null ? "" : ", from " + session.plannedStart()
                + (session.plannedEnd() == null ? "" : " to " + session.plannedEnd())) + " " + org.parley.platform.Times.zoneName(session.timeZone());
        String where = (session.location() == null ? "" : "Place: " + session.location() + "\n")
                + (session.virtualLink() == null ? "" : "Link: " + session.virtualLink() + "\n");
        String text = status == ObserverStatus.SEATED
                ? "Hello %s,\n\nYou have a seat to observe the bargaining session on %s.\n\n%s\nObservers watch quietly; the bargaining team will brief you before the session starts.\nIf you cannot come, cancel on your members' page so that someone on the waitlist gets your seat.\n"
                        .formatted(name, when, where.isEmpty() ? "The team will send you the place.\n" : where)
                : "Hello %s,\n\nThe observer seats for the bargaining session on %s are taken; you are on the waitlist.\nWe will e-mail you if a seat opens.\n"
                        .formatted(name, when);
        String subject = status == ObserverStatus.SEATED ? "You are observing bargaining on " + org.parley.platform.Times.day(session.date())
                : "You are on the waitlist to observe bargaining on " + org.parley.platform.Times.day(session.date());
        AfterCommit.run(() -> {
            try {
                postbox.send(OutgoingMail.plain(address, name, subject, text));
            } catch (Postbox.MailFailure e) {
                log.warn("The observer confirmation could not be sent: {}", e.getMessage());
            }
        });
    }
}
