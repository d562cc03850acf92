package org.parley.term.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.negotiation.ContractStatus;
import org.parley.negotiation.ContractTerm;
import org.parley.negotiation.LegalClock;
import org.parley.platform.Side;
import org.parley.term.Constraint;
import org.parley.term.CustomDeadline;
import org.parley.term.Deadline;
import org.parley.term.DeadlineStatus;
import org.parley.term.Deadlines;
import org.parley.term.Extension;
import org.parley.term.ExtensionStatus;
import org.parley.term.Notice;
import org.parley.term.RenewalClause;
import org.parley.term.StrikePlan;
import org.parley.term.internal.Jurisdiction.Rule;
import org.parley.term.internal.Jurisdiction.RuleType;

/**
 * Computes the legal clock from the facts, with no database and no clock of its own, so that every
 * rule can be tested at its edges. Days are calendar days in the zone of the agreement's expiration
 * (the convention is stated in the jurisdiction's file and in docs/ARCHITECTURE.md): a notice is
 * served on the local date of its moment; "N days before expiration" ends on the day N days before the
 * last day in force; "N days after a notice" runs from the day after it through the N-th day, and an
 * action waiting for it may start at 00:00 on the next day.
 */
final class LegalClockCalculator {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm a", Locale.ENGLISH);

    private LegalClockCalculator() {
    }

    /** The agreement's end at a moment: its own, renewed by its clause, moved by accepted extensions. */
    static LegalClock.State state(ContractTerm term, RenewalClause renewal, List<Notice> notices, List<Extension> extensions,
            String renewalStoppedBy, Instant at) {
        ZonedDateTime end = renewed(term, renewal, notices, renewalStoppedBy, at);
        String because = end.equals(term.expiresAt()) ? null : "renewed by its own terms (" + renewal.clause() + ")";
        boolean extended = false;
        for (Extension e : acceptedBy(extensions, at)) {
            end = extend(end, e);
            extended = true;
            because = e.term() + " offered by " + e.offeredBy().label().toLowerCase(Locale.ROOT) + ", accepted "
                    + DAY.format(e.respondedAt().atZone(end.getZone()));
        }
        ContractStatus status = !at.isBefore(end.toInstant()) ? ContractStatus.EXPIRED
                : extended ? ContractStatus.EXTENDED : ContractStatus.IN_FORCE;
        return new LegalClock.State(status, end, because);
    }

    static List<Extension> acceptedBy(List<Extension> extensions, Instant at) {
        return extensions.stream()
                .filter(e -> e.status() == ExtensionStatus.ACCEPTED && e.respondedAt() != null && !e.respondedAt().isAfter(at))
                .sorted(Comparator.comparing(Extension::respondedAt).thenComparing(Extension::id))
                .toList();
    }

    /** Moves an end by an extension: so many days, or to the end of the day offered at the same hour. */
    static ZonedDateTime extend(ZonedDateTime end, Extension e) {
        if (e.days() != null) {
            return end.plusDays(e.days());
        }
        long days = ChronoUnit.DAYS.between(ContractTerm.lastDay(end), e.until());
        return days > 0 ? end.plusDays(days) : end;
    }

    /** The end after automatic renewals: each renewal notice day that passed without a notice renews the agreement. */
    static ZonedDateTime renewed(ContractTerm term, RenewalClause renewal, List<Notice> notices, String stoppedBy, Instant at) {
        ZonedDateTime end = term.expiresAt();
        if (renewal == null || renewal.months() <= 0) {
            return end;
        }
        LocalDate today = LocalDate.ofInstant(at, end.getZone());
        for (int i = 0; i < 100; i++) {
            LocalDate due = ContractTerm.lastDay(end).minusDays(renewal.noticeDays());
            if (!today.isAfter(due) || stopped(notices, stoppedBy, due.minusMonths(renewal.months()), due, end.getZone())) {
                return end;
            }
            end = end.plusMonths(renewal.months());
        }
        return end;
    }

    private static boolean stopped(List<Notice> notices, String kind, LocalDate after, LocalDate through, ZoneId zone) {
        return notices.stream().filter(n -> !n.planned() && n.kind().equals(kind)).map(n -> day(n, zone))
                .anyMatch(d -> d.isAfter(after) && !d.isAfter(through));
    }

    static Deadlines compute(ClockFacts facts) {
        ContractTerm term = facts.term();
        Jurisdiction rules = facts.jurisdiction();
        LegalClock.State state = state(term, facts.renewal(), facts.notices(), facts.extensions(), rules.renewalStoppedBy(), facts.asOf());
        ZonedDateTime end = state.expiresAt();
        ZoneId zone = end.getZone();
        LocalDate lastDay = ContractTerm.lastDay(end);
        LocalDate today = LocalDate.ofInstant(facts.asOf(), zone);
        Side side = facts.side() == null ? Side.LABOR : facts.side();
        String action = rules.actions() == null ? "strike or lockout" : rules.actions().getOrDefault(side.name(), "strike or lockout");

        Work work = new Work(facts, rules, zone, lastDay, today, side, end);
        Set<String> applicableKinds = new LinkedHashSet<>();
        Set<String> allKinds = new LinkedHashSet<>();
        for (Rule rule : rules.rules()) {
            allKinds.add(rule.kind());
            if (rule.appliesTo(term.healthCareInstitution(), term.firstContract())) {
                applicableKinds.add(rule.kind());
                work.apply(rule);
            }
        }
        for (String kind : allKinds) {
            if (!applicableKinds.contains(kind)) {
                String label = rules.rules().stream().filter(r -> r.kind().equals(kind)).map(Rule::label).findFirst().orElse(kind);
                String basis = rules.rules().stream().filter(r -> r.kind().equals(kind)).map(Rule::basis).findFirst().orElse("");
                work.deadlines.add(new Deadline(kind, label, null, basis,
                        rules.notApplicable() == null ? "Does not apply here." : rules.notApplicable().getOrDefault(kind, "Does not apply here."),
                        DeadlineStatus.NOT_APPLICABLE, null, null));
            }
        }
        if (facts.renewal() != null && facts.renewal().months() > 0) {
            work.renewal(facts.renewal(), state);
        }
        for (CustomDeadline custom : facts.custom()) {
            work.custom(custom);
        }
        // the agreement's own end is a constraint on every action under a no-strike clause
        if (!term.firstContract()) {
            work.constraints.add(new Constraint("not before " + ContractTerm.phrase(end) + ", when the agreement "
                    + (state.status() == ContractStatus.EXTENDED ? "as extended " : "") + "expires: no strike or lockout while it is in force",
                    end, rules.rules().stream().filter(r -> r.orExpiration()).map(Rule::basis).findFirst().orElse("the agreement's term"), false, null));
        }
        ZonedDateTime earliest = work.constraints.stream().filter(c -> c.location() == null || work.earliestLocation(c))
                .map(Constraint::notBefore).max(Comparator.naturalOrder()).orElse(null);
        if (earliest == null || earliest.toInstant().isBefore(facts.asOf())) {
            earliest = facts.asOf().atZone(zone);
        }
        List<Deadline> sorted = new ArrayList<>(work.deadlines);
        sorted.sort(Comparator.comparing((Deadline d) -> d.status() == DeadlineStatus.NOT_APPLICABLE)
                .thenComparing(d -> d.dueBy() == null ? LocalDate.MAX : d.dueBy()));
        Long daysWithout = state.status() == ContractStatus.EXPIRED ? Math.max(1, ChronoUnit.DAYS.between(lastDay, today)) : null;
        return new Deadlines(term.negotiationId(), today, rules.code(), state.status(), daysWithout, end, ContractTerm.phrase(end),
                List.copyOf(sorted), action, earliest, List.copyOf(work.constraints), rules.counting(),
                rules.sources() == null ? List.of() : rules.sources(), Deadlines.DISCLAIMER);
    }

    /**
     * What must still be done for an action at {@code target} at {@code locations}: every notice still to
     * serve with its last day, and every reason the target cannot be kept.
     */
    static StrikePlan plan(ClockFacts facts, ZonedDateTime target, List<String> locations) {
        Deadlines d = compute(facts);
        ZoneId zone = d.expiresAt().getZone();
        ZonedDateTime at = target.withZoneSameInstant(zone);
        LocalDate today = d.asOf();
        Side side = facts.side() == null ? Side.LABOR : facts.side();
        List<StrikePlan.Step> steps = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        for (Deadline x : d.deadlines()) {
            if (x.location() == null && x.dueBy() != null && x.customId() == null
                    && (x.status() == DeadlineStatus.UPCOMING || x.status() == DeadlineStatus.MET)
                    && facts.jurisdiction().rules().stream().anyMatch(r -> r.kind().equals(x.kind()) && r.notice() != null
                    && r.type() != RuleType.NOT_SERVE_BEFORE && r.type() != RuleType.NOTICE_BEFORE_ACTION)) {
                steps.add(new StrikePlan.Step(x.label(), x.dueBy(), x.basis(), x.status() == DeadlineStatus.MET));
            }
        }
        for (Constraint c : d.constraints()) {
            if (c.location() == null && c.notBefore().isAfter(at)) {
                blockers.add(c.reason() + " (" + c.basis() + ")");
            }
        }
        Optional<Rule> perLocation = facts.jurisdiction().rules().stream()
                .filter(r -> r.type() == RuleType.NOTICE_BEFORE_ACTION && r.perLocation())
                .filter(r -> r.appliesTo(facts.term().healthCareInstitution(), facts.term().firstContract()))
                .filter(r -> r.actionBy() == null || r.actionBy().equals(side.name()))
                .findFirst();
        if (perLocation.isPresent()) {
            Rule rule = perLocation.get();
            String label = facts.jurisdiction().noticeLabel(rule.notice());
            LocalDate lastService = at.toLocalDate().minusDays(rule.days() + 1L);
            LocalDate firstService = facts.jurisdiction().rules().stream()
                    .filter(r -> r.type() == RuleType.NOT_SERVE_BEFORE && rule.notice().equals(r.notice()))
                    .filter(r -> r.appliesTo(facts.term().healthCareInstitution(), facts.term().firstContract()))
                    .flatMap(r -> d.deadlines().stream().filter(x -> x.kind().equals(r.kind())))
                    .map(Deadline::dueBy).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            for (String location : locations) {
                Optional<Notice> served = facts.notices().stream()
                        .filter(n -> !n.planned() && n.kind().equals(rule.notice()) && n.location() != null && n.location().equalsIgnoreCase(location.strip()))
                        .max(Comparator.comparing(Notice::servedAt));
                if (served.isPresent() && served.get().actionStartsAt() != null && served.get().actionStartsAt().toInstant().equals(at.toInstant())) {
                    LocalDate on = day(served.get(), zone);
                    boolean inTime = !on.isAfter(lastService);
                    steps.add(new StrikePlan.Step(label + " at " + location + ": served " + day(on) + ", stating " + MOMENT.format(at),
                            lastService, rule.basis(), true));
                    if (!inTime) {
                        blockers.add("at " + location + ": the notice served " + day(on) + " gives fewer than " + days(rule.days())
                                + " before " + MOMENT.format(at) + " (" + rule.basis() + ")");
                    }
                    continue;
                }
                String why = served.map(n -> " (the one served " + day(day(n, zone)) + " states "
                        + (n.actionStartsAt() == null ? "no start" : MOMENT.format(n.actionStartsAt().withZoneSameInstant(zone)))
                        + "; a different start needs a new notice)").orElse("");
                steps.add(new StrikePlan.Step(label + " at " + location + ", stating " + MOMENT.format(at) + why, lastService, rule.basis(), false));
                if (lastService.isBefore(today)) {
                    blockers.add("at " + location + ": the " + label + " had to be served by " + day(lastService) + " (" + rule.basis() + ")");
                } else if (firstService != null && lastService.isBefore(firstService)) {
                    blockers.add("at " + location + ": the " + label + " may not be given before " + day(firstService)
                            + ", too late for this start (" + rule.basis() + ")");
                }
            }
        }
        return new StrikePlan(at, List.copyOf(locations), d.action(), blockers.isEmpty(), List.copyOf(steps), List.copyOf(blockers),
                Deadlines.DISCLAIMER);
    }

    /** The local date a notice was served on, in the zone of the agreement's expiration. */
    static LocalDate day(Notice n, ZoneId zone) {
        return LocalDate.ofInstant(n.servedAt(), zone);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    /** The computation of one answer: the rules add deadlines and constraints to it. */
    private static final class Work {

        final ClockFacts facts;
        final Jurisdiction rules;
        final ZoneId zone;
        final LocalDate lastDay;
        final LocalDate today;
        final Side side;
        final ZonedDateTime end;
        final List<Deadline> deadlines = new ArrayList<>();
        final List<Constraint> constraints = new ArrayList<>();
        /** Per rule kind, the last day a notice of that kind is due, for rules that count from it before it is served. */
        final Map<String, LocalDate> dueByNotice = new LinkedHashMap<>();
        /** Per notice kind, the first day it may be given (NOT_SERVE_BEFORE). */
        final Map<String, LocalDate> notBeforeByNotice = new LinkedHashMap<>();
        /** The per-location constraint kept for the overall earliest start: the earliest location's. */
        Constraint earliestLocationConstraint;

        Work(ClockFacts facts, Jurisdiction rules, ZoneId zone, LocalDate lastDay, LocalDate today, Side side, ZonedDateTime end) {
            this.facts = facts;
            this.rules = rules;
            this.zone = zone;
            this.lastDay = lastDay;
            this.today = today;
            this.side = side;
            this.end = end;
        }

        boolean earliestLocation(Constraint c) {
            return c == earliestLocationConstraint;
        }

        Optional<Notice> first(String kind) {
            return facts.notices().stream().filter(n -> !n.planned() && n.kind().equals(kind))
                    .min(Comparator.comparing(Notice::servedAt));
        }

        boolean constrains(Rule rule) {
            return rule.actionBy() == null || rule.actionBy().equals(side.name());
        }

        ZonedDateTime startOf(LocalDate date) {
            return date.atStartOfDay(zone);
        }

        void apply(Rule rule) {
            switch (rule.type()) {
                case SERVE_BEFORE_EXPIRATION -> serveBeforeExpiration(rule);
                case SERVE_AFTER_NOTICE -> serveAfterNotice(rule);
                case WAIT_AFTER_NOTICE -> waitAfterNotice(rule);
                case NOT_SERVE_BEFORE -> notServeBefore(rule);
                case NOTICE_BEFORE_ACTION -> {
                    if (rule.perLocation()) {
                        noticeBeforeActionPerLocation(rule);
                    } else {
                        noticeBeforeAction(rule);
                    }
                }
            }
        }

        void serveBeforeExpiration(Rule rule) {
            LocalDate due = lastDay.minusDays(rule.days());
            dueByNotice.put(rule.notice(), due);
            String how = rule.label() + ". The agreement's last day in force is " + day(lastDay) + "; " + days(rule.days())
                    + " before it is " + day(due) + ", the last day to serve. ";
            served(rule, due, how);
        }

        void serveAfterNotice(Rule rule) {
            Optional<Notice> after = first(rule.after());
            LocalDate base = after.map(n -> day(n, zone)).orElse(dueByNotice.get(rule.after()));
            String afterLabel = rules.noticeLabel(rule.after());
            if (base == null) {
                deadlines.add(new Deadline(rule.kind(), rule.label(), null, rule.basis(), rule.label() + ". Due "
                        + days(rule.days()) + " after the " + afterLabel + ", which is not served yet.", DeadlineStatus.UPCOMING, null, null));
                return;
            }
            LocalDate due = base.plusDays(rule.days());
            dueByNotice.put(rule.notice(), due);
            String how = rule.label() + ". " + days(rule.days()) + " after the " + afterLabel
                    + (after.isPresent() ? " served " + day(base) : ", if it is served on its last day (" + day(base) + ")")
                    + " is " + day(due) + ", the last day to serve. ";
            served(rule, due, how);
        }

        /** Status of a notice due by {@code due}, from the first one served. */
        void served(Rule rule, LocalDate due, String how) {
            Optional<Notice> notice = first(rule.notice());
            DeadlineStatus status;
            String what;
            if (notice.isPresent()) {
                LocalDate on = day(notice.get(), zone);
                long late = ChronoUnit.DAYS.between(due, on);
                status = late <= 0 ? DeadlineStatus.MET : DeadlineStatus.MISSED;
                what = "Served " + day(on) + " by " + notice.get().servedBy().label().toLowerCase(Locale.ROOT)
                        + (late <= 0 ? (late == 0 ? ", on the last day: on time." : ", on time.") : ", " + days(late) + " late.");
            } else if (today.isAfter(due)) {
                status = DeadlineStatus.MISSED;
                what = "Not served, and the last day has passed.";
            } else {
                status = DeadlineStatus.UPCOMING;
                long left = ChronoUnit.DAYS.between(today, due);
                what = "Not served yet: " + (left == 0 ? "today is the last day." : days(left) + " left.");
            }
            deadlines.add(new Deadline(rule.kind(), rule.label(), due, rule.basis(), how + what, status, null, null));
        }

        void waitAfterNotice(Rule rule) {
            Optional<Notice> after = first(rule.after());
            String afterLabel = rules.noticeLabel(rule.after());
            boolean assumed = after.isEmpty();
            LocalDate from = after.map(n -> day(n, zone)).orElse(today);
            LocalDate periodEnd = from.plusDays(rule.days());
            LocalDate lastWaitDay = rule.orExpiration() && lastDay.isAfter(periodEnd) ? lastDay : periodEnd;
            ZonedDateTime notBefore = startOf(periodEnd.plusDays(1));
            String reason = "not before " + day(periodEnd.plusDays(1)) + ": the " + days(rule.days()) + " after the " + afterLabel
                    + (assumed ? " (not served yet; if served today, " + day(from) + ")" : " served " + day(from))
                    + " run through " + day(periodEnd);
            if (constrains(rule)) {
                constraints.add(new Constraint(reason, notBefore, rule.basis(), assumed, null));
            }
            DeadlineStatus status = assumed ? DeadlineStatus.UPCOMING : today.isAfter(lastWaitDay) ? DeadlineStatus.MET : DeadlineStatus.UPCOMING;
            String explanation = rule.label() + ". " + Character.toUpperCase(reason.charAt(0)) + reason.substring(1)
                    + (rule.orExpiration() ? "; the agreement's last day in force is " + day(lastDay) + ", so the period ends "
                    + day(lastWaitDay) + (lastWaitDay.equals(lastDay) && !lastDay.equals(periodEnd) ? " (expiration is later)" : "") : "")
                    + ". The days begin the day after the notice; the action may begin at 00:00 on the day after the last one.";
            deadlines.add(new Deadline(rule.kind(), rule.label(), assumed ? null : lastWaitDay, rule.basis(), explanation, status, null, null));
        }

        void notServeBefore(Rule rule) {
            Optional<Notice> after = first(rule.after());
            String afterLabel = rules.noticeLabel(rule.after());
            LocalDate from = after.map(n -> day(n, zone)).orElse(today);
            LocalDate allowed = from.plusDays(rule.days() + 1L);
            notBeforeByNotice.put(rule.notice(), allowed);
            Optional<Notice> early = facts.notices().stream().filter(n -> !n.planned() && n.kind().equals(rule.notice()))
                    .filter(n -> day(n, zone).isBefore(allowed)).findFirst();
            DeadlineStatus status = early.isPresent() ? DeadlineStatus.MISSED
                    : after.isPresent() && !today.isBefore(allowed) ? DeadlineStatus.MET : DeadlineStatus.UPCOMING;
            String explanation = rule.label() + ". " + days(rule.days()) + " after the " + afterLabel
                    + (after.isPresent() ? " served " + day(from) : " (not served yet; if served today, " + day(from) + ")")
                    + " run through " + day(allowed.minusDays(1)) + ": the " + rules.noticeLabel(rule.notice()) + " may be given from "
                    + day(allowed) + "." + early.map(n -> " One was served " + day(day(n, zone)) + ", too early: serve it again.").orElse("");
            deadlines.add(new Deadline(rule.kind(), rule.label(), allowed, rule.basis(), explanation, status, null, null));
        }

        void noticeBeforeAction(Rule rule) {
            Optional<Notice> notice = first(rule.notice());
            LocalDate from = notice.map(n -> day(n, zone)).orElse(today);
            LocalDate periodEnd = from.plusDays(rule.days());
            String label = rules.noticeLabel(rule.notice());
            String reason = "not before " + day(periodEnd.plusDays(1)) + ": " + days(rule.days()) + " after the " + label
                    + (notice.isPresent() ? " served " + day(from) : " (not served yet; if served today, " + day(from) + ")")
                    + ", through " + day(periodEnd);
            if (constrains(rule)) {
                constraints.add(new Constraint(reason, startOf(periodEnd.plusDays(1)), rule.basis(), notice.isEmpty(), null));
            }
            deadlines.add(new Deadline(rule.kind(), rule.label(), notice.isPresent() ? from : null, rule.basis(),
                    rule.label() + ". " + (notice.isPresent() ? "Served " + day(from) + "; " : "Not served yet; ")
                            + Character.toLowerCase(reason.charAt(0)) + reason.substring(1) + ".",
                    notice.isPresent() ? DeadlineStatus.MET : DeadlineStatus.UPCOMING, null, null));
        }

        /** § 8(g)-like: per location, the notice must precede the action by the days and state its start. */
        void noticeBeforeActionPerLocation(Rule rule) {
            String label = rules.noticeLabel(rule.notice());
            Map<String, Notice> byLocation = new LinkedHashMap<>();
            facts.notices().stream().filter(n -> !n.planned() && n.kind().equals(rule.notice()))
                    .sorted(Comparator.comparing(Notice::servedAt))
                    .forEach(n -> byLocation.putIfAbsent(n.location() == null ? "" : n.location(), n));
            LocalDate firstAllowed = notBeforeByNotice.getOrDefault(rule.notice(), today);
            LocalDate serviceIfToday = today.isBefore(firstAllowed) ? firstAllowed : today;
            List<Constraint> located = new ArrayList<>();
            for (Notice n : byLocation.values()) {
                LocalDate on = day(n, zone);
                ZonedDateTime earliest = startOf(on.plusDays(rule.days() + 1L));
                ZonedDateTime start = n.actionStartsAt() == null ? earliest
                        : n.actionStartsAt().isBefore(earliest) ? earliest : n.actionStartsAt().withZoneSameInstant(zone);
                boolean tooShort = n.actionStartsAt() != null && n.actionStartsAt().isBefore(earliest);
                boolean tooEarly = on.isBefore(firstAllowed) && notBeforeByNotice.containsKey(rule.notice());
                String where = n.location() == null ? "(no location given)" : n.location();
                String reason = "at " + where + ", not before " + MOMENT.format(start) + ": the " + label + " served " + day(on)
                        + (n.actionStartsAt() != null ? " states " + MOMENT.format(n.actionStartsAt().withZoneSameInstant(zone)) : " states no start")
                        + "; " + days(rule.days()) + " after it run through " + day(on.plusDays(rule.days()));
                Constraint c = new Constraint(reason, start, rule.basis(), false, n.location());
                located.add(c);
                if (constrains(rule)) {
                    constraints.add(c);
                }
                DeadlineStatus status = tooShort || tooEarly || n.actionStartsAt() == null ? DeadlineStatus.MISSED : DeadlineStatus.MET;
                String explanation = rule.label() + ". At " + where + ": served " + day(on) + ", action stated for "
                        + (n.actionStartsAt() == null ? "no date and time (the notice must state them)" : MOMENT.format(n.actionStartsAt().withZoneSameInstant(zone)))
                        + ". " + (tooShort ? "That gives fewer than " + days(rule.days()) + ": the action may not start before " + MOMENT.format(earliest) + "."
                        : tooEarly ? "It was served before it could be given (" + day(firstAllowed) + ")."
                        : "The " + days(rule.days()) + " after it run through " + day(on.plusDays(rule.days())) + ".");
                LocalDate lastService = n.actionStartsAt() == null ? on
                        : n.actionStartsAt().withZoneSameInstant(zone).toLocalDate().minusDays(rule.days() + 1L);
                deadlines.add(new Deadline(rule.kind(), rule.label(), lastService, rule.basis(), explanation, status, n.location(), null));
            }
            // with no notice served yet at a location, the earliest start assumes one served today (or when it may first be given)
            ZonedDateTime ifServedNow = startOf(serviceIfToday.plusDays(rule.days() + 1L));
            Constraint assumed = new Constraint("at any location without a notice yet, not before " + day(ifServedNow.toLocalDate())
                    + ": " + days(rule.days()) + " after a " + label + " served " + day(serviceIfToday) + (serviceIfToday.equals(today) ? " (today)" : "")
                    + ", stating the date and time", ifServedNow, rule.basis(), true, "");
            if (constrains(rule)) {
                constraints.add(assumed);
                located.add(assumed);
                earliestLocationConstraint = located.stream().min(Comparator.comparing(Constraint::notBefore)).orElse(assumed);
            }
            if (byLocation.isEmpty()) {
                deadlines.add(new Deadline(rule.kind(), rule.label(), null, rule.basis(), rule.label() + ". None served yet: serve one at each "
                        + "location at least " + days(rule.days()) + " before the action, stating its date and time; served today ("
                        + day(serviceIfToday) + "), the action could start " + day(ifServedNow.toLocalDate()) + " at the earliest.",
                        DeadlineStatus.UPCOMING, null, null));
            }
        }

        void renewal(RenewalClause renewal, LegalClock.State state) {
            ZonedDateTime own = LegalClockCalculator.renewed(facts.term(), renewal, facts.notices(), rules.renewalStoppedBy(), facts.asOf());
            LocalDate due = ContractTerm.lastDay(own).minusDays(renewal.noticeDays());
            String stoppedBy = rules.noticeLabel(rules.renewalStoppedBy());
            boolean stopped = stopped(facts.notices(), rules.renewalStoppedBy(), due.minusMonths(renewal.months()), due, zone);
            DeadlineStatus status = stopped ? DeadlineStatus.MET : today.isAfter(due) ? DeadlineStatus.MISSED : DeadlineStatus.UPCOMING;
            String renewed = own.equals(facts.term().expiresAt()) ? ""
                    : " The agreement as written ended " + ContractTerm.phrase(facts.term().expiresAt())
                    + "; no notice came in time, so it renewed itself and now ends " + ContractTerm.phrase(own) + ".";
            deadlines.add(new Deadline("RENEWAL_NOTICE", "Notice to stop the automatic renewal (" + renewal.clause() + ")", due, renewal.clause(),
                    "The agreement renews for " + renewal.months() + " months unless a " + stoppedBy + " is served at least "
                            + days(renewal.noticeDays()) + " before its last day in force (" + day(ContractTerm.lastDay(own)) + "): by "
                            + day(due) + "." + (stopped ? " A timely notice was served: it will not renew." : "") + renewed,
                    status, null, null));
        }

        void custom(CustomDeadline custom) {
            LocalDate due = custom.date() != null ? custom.date() : lastDay.minusDays(custom.daysBeforeExpiration());
            DeadlineStatus status = custom.doneOn() != null ? (custom.doneOn().isAfter(due) ? DeadlineStatus.MISSED : DeadlineStatus.MET)
                    : today.isAfter(due) ? DeadlineStatus.MISSED : DeadlineStatus.UPCOMING;
            String how = custom.date() != null ? "On " + day(due) + "."
                    : days(custom.daysBeforeExpiration()) + " before the agreement's last day in force (" + day(lastDay) + "): " + day(due) + ".";
            deadlines.add(new Deadline(custom.kind(), custom.label(), due, custom.basis() == null ? "set by the team" : custom.basis(),
                    custom.label() + ". " + how + (custom.doneOn() != null ? " Done " + day(custom.doneOn()) + "." : ""),
                    status, null, custom.id()));
        }
    }
}
