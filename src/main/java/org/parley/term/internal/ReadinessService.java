package org.parley.term.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.communication.Event;
import org.parley.communication.Events;
import org.parley.member.Observers;
import org.parley.member.Petition;
import org.parley.member.PetitionKind;
import org.parley.member.Petitions;
import org.parley.member.Roster;
import org.parley.member.RosterMember;
import org.parley.member.ObserverStatus;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.session.BargainingSession;
import org.parley.session.SessionStatus;
import org.parley.session.Sessions;
import org.parley.term.NewPicketShift;
import org.parley.term.Notice;
import org.parley.term.PicketShift;
import org.parley.term.Readiness;
import org.parley.term.StrikeReadiness;
import org.parley.vote.Vote;
import org.parley.vote.VoteKind;
import org.parley.vote.VoteResult;
import org.parley.vote.VoteStatus;
import org.parley.vote.Votes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strike readiness, assembled from other modules' public interfaces (the roster, pledges, observers,
 * events, votes — counts only, never who voted how) and this module's shifts and notices.
 */
@Service
class ReadinessService implements StrikeReadiness {

    static final String NO_WORKSITE = "(no worksite)";

    private final ReadinessRepository repository;
    private final Negotiations negotiations;
    private final Roster roster;
    private final Petitions petitions;
    private final Observers observers;
    private final Sessions sessions;
    private final Events events;
    private final Votes votes;
    private final TermService terms;
    private final AuditTrail audit;
    private final Clock clock;

    ReadinessService(ReadinessRepository repository, Negotiations negotiations, Roster roster, Petitions petitions, Observers observers,
            Sessions sessions, Events events, Votes votes, TermService terms, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.negotiations = negotiations;
        this.roster = roster;
        this.petitions = petitions;
        this.observers = observers;
        this.sessions = sessions;
        this.events = events;
        this.votes = votes;
        this.terms = terms;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Readiness readiness(Viewer viewer, long negotiationId) {
        TermPermissions.requireLabor(viewer);
        ZoneId zone = negotiations.term(negotiationId).zone();
        List<RosterMember> active = roster.everyone(viewer, negotiationId).stream().filter(RosterMember::active).toList();
        // the signers list names people by e-mail address (and name), not by member ID: match them to the roster so
        Map<String, RosterMember> byEmail = new HashMap<>();
        Map<String, RosterMember> byName = new HashMap<>();
        active.forEach(m -> {
            if (m.email() != null) {
                byEmail.putIfAbsent(m.email().strip().toLowerCase(Locale.ROOT), m);
            }
            byName.putIfAbsent(m.name().strip().toLowerCase(Locale.ROOT), m);
        });

        Optional<Petition> pledge = petitions.ofNegotiation(viewer, negotiationId).stream().filter(p -> p.kind() == PetitionKind.PLEDGE)
                .max(Comparator.comparing(Petition::id));
        Set<Long> pledged = new HashSet<>();
        pledge.ifPresent(p -> petitions.signers(viewer, p.id()).stream().filter(s -> s.counted())
                .map(s -> s.email() != null && byEmail.containsKey(s.email().strip().toLowerCase(Locale.ROOT))
                        ? byEmail.get(s.email().strip().toLowerCase(Locale.ROOT))
                        : s.name() == null ? null : byName.get(s.name().strip().toLowerCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull).forEach(m -> pledged.add(m.id())));

        Set<Long> observed = new HashSet<>();
        for (BargainingSession s : sessions.ofNegotiation(viewer, negotiationId)) {
            if (s.status() == SessionStatus.HELD) {
                observers.ofSession(viewer, s.id()).stream().filter(o -> o.status() == ObserverStatus.SEATED).forEach(o -> observed.add(o.rosterId()));
            }
        }

        List<PicketShift> shifts = shifts(viewer, negotiationId);
        List<Notice> strikeNotices = terms.notices(viewer, negotiationId).stream().filter(n -> n.location() != null).toList();

        List<Readiness.Row> worksites = rows(active, m -> m.worksite() == null || m.worksite().isBlank() ? NO_WORKSITE : m.worksite().strip(),
                pledged, observed, shifts, strikeNotices, zone, true);
        List<Readiness.Row> units = rows(active, m -> m.unit() == null || m.unit().isBlank() ? "(no unit)" : m.unit().strip(),
                pledged, observed, shifts, strikeNotices, zone, false);

        Readiness.StrikeVote strikeVote = votes.ofNegotiation(viewer, negotiationId).stream().filter(v -> v.kind() == VoteKind.STRIKE_AUTHORIZATION)
                .max(Comparator.comparing(Vote::opensAt)).map(v -> strikeVote(viewer, v)).orElse(null);

        List<Readiness.EventTurnout> turnout = new ArrayList<>();
        for (Event e : events.ofNegotiation(viewer, negotiationId, false)) {
            turnout.add(new Readiness.EventTurnout(e.id(), e.title(), org.parley.platform.Times.day(e.start()), events.rsvps(viewer, e.id()).going()));
        }
        return new Readiness(negotiationId, active.size(), worksites, units,
                pledge.map(p -> new Readiness.Pledge(p.id(), p.title(), p.goal(), p.signatures())).orElse(null), strikeVote,
                turnout, shifts, strikeNotices);
    }

    private Readiness.StrikeVote strikeVote(Viewer viewer, Vote v) {
        if (v.status() != VoteStatus.TALLIED) {
            return new Readiness.StrikeVote(v.id(), v.title(), v.status().name().toLowerCase(Locale.ROOT), false, (long) v.eligible(), null, null, null, null);
        }
        VoteResult result = votes.result(viewer, v.id());
        BigDecimal yes = result.questions().isEmpty() ? null
                : result.questions().get(0).percentages().values().stream().findFirst().orElse(null);
        return new Readiness.StrikeVote(v.id(), v.title(), "counted", true, result.eligible(), result.cast(), result.turnout(), yes, result.reason());
    }

    private static List<Readiness.Row> rows(List<RosterMember> active, Function<RosterMember, String> place, Set<Long> pledged,
            Set<Long> observed, List<PicketShift> shifts, List<Notice> notices, ZoneId zone, boolean byLocation) {
        Map<String, int[]> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (RosterMember m : active) {
            int[] c = counts.computeIfAbsent(place.apply(m), k -> new int[3]);
            c[0]++;
            c[1] += pledged.contains(m.id()) ? 1 : 0;
            c[2] += observed.contains(m.id()) ? 1 : 0;
        }
        if (byLocation) {
            shifts.forEach(s -> counts.computeIfAbsent(s.location(), k -> new int[3]));
            notices.forEach(n -> counts.computeIfAbsent(n.location(), k -> new int[3]));
        }
        List<Readiness.Row> rows = new ArrayList<>();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        for (var entry : counts.entrySet()) {
            String name = entry.getKey();
            List<PicketShift> here = byLocation ? shifts.stream().filter(s -> s.location().equalsIgnoreCase(name)).toList() : List.of();
            List<String> noticesHere = byLocation ? notices.stream().filter(n -> n.location().equalsIgnoreCase(name))
                    .map(n -> (n.planned() ? "planned " : "served ") + day.format(n.servedAt().atZone(zone))
                            + (n.actionStartsAt() != null ? ", action " + day.format(n.actionStartsAt()) : "")).toList() : List.of();
            rows.add(new Readiness.Row(name, entry.getValue()[0], entry.getValue()[1], entry.getValue()[2], here.size(),
                    here.stream().mapToInt(PicketShift::signedUp).sum(), here.stream().mapToInt(PicketShift::slots).sum(),
                    here.stream().map(PicketShift::captain).filter(java.util.Objects::nonNull).distinct().toList(), noticesHere));
        }
        return rows;
    }

    // --- picket shifts ---

    @Override
    @Transactional
    public PicketShift addShift(Viewer by, long negotiationId, NewPicketShift request) {
        TermPermissions.requireLabor(by);
        ZoneId zone = negotiations.term(negotiationId).zone();
        String location = ParleyException.requireText(request.location(), "The shift's location");
        Instant starts = ParleyException.require(Moments.instant(request.startsAt(), zone, "startsAt", "start"), "startsAt", "When the shift starts");
        Instant ends = ParleyException.require(Moments.instant(request.endsAt(), zone, "endsAt", "end"), "endsAt", "When the shift ends");
        if (!ends.isAfter(starts)) {
            throw ParleyException.invalid("A shift ends after it starts.");
        }
        int slots = request.slots() == null ? 10 : request.slots();
        if (slots < 1 || slots > 10000) {
            throw ParleyException.invalid("A shift has 1 to 10,000 places.");
        }
        long id = repository.insertShift(negotiationId, location, starts, ends, TermService.blankToNull(request.captain()), slots,
                TermService.blankToNull(request.note()));
        audit.record(new AuditRecord(by, negotiationId, null, Audience.LABOR, "picket-shift", id, "added a picket shift",
                location + ", " + starts.atZone(zone).toLocalDateTime() + ", " + slots + " places"));
        return shifts(by, negotiationId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PicketShift> shifts(Viewer viewer, long negotiationId) {
        boolean labor = viewer.side() == Side.LABOR;
        Optional<RosterMember> self = Optional.empty();
        if (!labor) {
            if (viewer.role() != Role.MEMBER) {
                throw ParleyException.forbidden("Picket shifts are for the labor team and the unit's members.");
            }
            self = roster.self(viewer, negotiationId);
            if (self.isEmpty()) {
                throw ParleyException.forbidden("You are not on this negotiation's roster.");
            }
        }
        ZoneId zone = negotiations.term(negotiationId).zone();
        Map<Long, List<Long>> signUps = repository.signUps(negotiationId);
        Map<Long, String> names = labor ? names(viewer, negotiationId) : Map.of();
        Long me = self.map(RosterMember::id).orElse(null);
        List<PicketShift> shifts = new ArrayList<>();
        for (ReadinessRepository.ShiftRow s : repository.shifts(negotiationId)) {
            List<Long> who = signUps.getOrDefault(s.id(), List.of());
            shifts.add(new PicketShift(s.id(), s.negotiationId(), s.location(), s.startsAt().atZone(zone), s.endsAt().atZone(zone), s.captain(),
                    s.slots(), who.size(), s.note(), me != null && who.contains(me),
                    labor ? who.stream().map(id -> names.getOrDefault(id, "member " + id)).toList() : List.of()));
        }
        return shifts;
    }

    private Map<Long, String> names(Viewer viewer, long negotiationId) {
        Map<Long, String> names = new LinkedHashMap<>();
        roster.everyone(viewer, negotiationId).forEach(m -> names.put(m.id(), m.name()));
        return names;
    }

    @Override
    @Transactional
    public PicketShift signUp(Viewer by, long shiftId) {
        return change(by, shiftId, true);
    }

    @Override
    @Transactional
    public PicketShift cancel(Viewer by, long shiftId) {
        return change(by, shiftId, false);
    }

    @Override
    @Transactional
    public PicketShift signUpMember(Viewer by, long shiftId, String memberId) {
        TermPermissions.requireLabor(by);
        ReadinessRepository.ShiftRow shift = repository.lockShift(shiftId)
                .orElseThrow(() -> ParleyException.notFound("There is no picket shift " + shiftId + "."));
        RosterMember member = roster.byMemberId(by, shift.negotiationId(), ParleyException.requireText(memberId, "The member ID"));
        join(shift, member);
        audit.record(new AuditRecord(by, shift.negotiationId(), null, Audience.LABOR, "picket-shift", shiftId, "signed a member up for a picket shift",
                member.name() + ", " + shift.location()));
        return shifts(by, shift.negotiationId()).stream().filter(s -> s.id() == shiftId).findFirst().orElseThrow();
    }

    private void join(ReadinessRepository.ShiftRow shift, RosterMember member) {
        if (repository.signUps(shift.negotiationId()).getOrDefault(shift.id(), List.of()).contains(member.id())) {
            return;
        }
        if (!shift.endsAt().isAfter(clock.instant())) {
            throw ParleyException.conflict("This shift is over.");
        }
        if (repository.countSignUps(shift.id()) >= shift.slots()) {
            throw ParleyException.conflict("This shift is full; choose another one.");
        }
        repository.signUp(shift.id(), member.id(), clock.instant());
    }

    private PicketShift change(Viewer by, long shiftId, boolean join) {
        if (by.role() != Role.MEMBER) {
            throw ParleyException.forbidden("Members sign themselves up for picket shifts.");
        }
        ReadinessRepository.ShiftRow shift = repository.lockShift(shiftId)
                .orElseThrow(() -> ParleyException.notFound("There is no picket shift " + shiftId + "."));
        RosterMember self = roster.self(by, shift.negotiationId())
                .orElseThrow(() -> ParleyException.notFound("There is no picket shift " + shiftId + "."));
        if (join) {
            join(shift, self);
        } else {
            repository.cancel(shiftId, self.id());
        }
        return shifts(by, shift.negotiationId()).stream().filter(s -> s.id() == shiftId).findFirst().orElseThrow();
    }
}
