package org.parley.communication.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.communication.Event;
import org.parley.negotiation.Countdown;
import org.parley.proposal.ExchangeFigures;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.TableExchanges;
import org.parley.session.DaysAtTable;
import org.parley.session.SessionStatus;
import org.parley.session.SessionSummary;

/**
 * The first draft of a bargaining update, built from the record of one table over [from, to]:
 * the day at the table, where the time went, TAs signed, proposals passed per side, the
 * countdown, upcoming events and open observer seats. Every figure comes from the figure classes
 * the dashboard uses ({@link DaysAtTable}, the ledger totals, {@link ExchangeFigures},
 * {@link Countdown}); nothing is counted differently here.
 */
record UpdateDraft(String tableName, LocalDate from, LocalDate to, List<SessionSummary> sessions, TableExchanges exchanges,
                   Countdown countdown, List<Event> upcomingEvents, List<OpenSeats> openSeats, List<String> legalClock) {

    UpdateDraft(String tableName, LocalDate from, LocalDate to, List<SessionSummary> sessions, TableExchanges exchanges,
            Countdown countdown, List<Event> upcomingEvents, List<OpenSeats> openSeats) {
        this(tableName, from, to, sessions, exchanges, countdown, upcomingEvents, openSeats, List.of());
    }

    record OpenSeats(LocalDate date, int open, int seats) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    String title() {
        return "Bargaining update: " + (from.equals(to) ? DAY.format(from) : DAY.format(from) + " to " + DAY.format(to));
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        List<SessionSummary> held = sessions.stream()
                .filter(s -> s.session().status() == SessionStatus.HELD)
                .filter(s -> !s.session().date().isBefore(from) && !s.session().date().isAfter(to))
                .toList();
        DaysAtTable days = DaysAtTable.of(sessions.stream().map(SessionSummary::session).toList());
        if (held.isEmpty()) {
            md.append("Your bargaining team did not meet management at the ").append(tableName)
                    .append(" on these dates. So far we have met on ").append(days.daysThrough(to))
                    .append(days.daysThrough(to) == 1 ? " day.\n\n" : " days.\n\n");
        }
        for (SessionSummary s : held) {
            var t = s.totals();
            Integer day = s.dayNumber();
            md.append("**").append(DAY.format(s.session().date())).append("** marked the ")
                    .append(day == null ? "" : ordinal(day) + " ").append("day at the ").append(tableName).append(". ");
            md.append("We spent ").append(duration(t.tableMinutes())).append(" at the table with management");
            if (t.scheduledMinutes() != null) {
                md.append(" out of a scheduled ").append(duration(t.scheduledMinutes())).append(" day");
            }
            md.append(". Management caucused for ").append(duration(t.managementCaucusMinutes()));
            if (t.scheduledMinutes() != null && t.managementCaucusMinutes() > 0) {
                md.append(" (").append(Math.round(t.share(t.managementCaucusMinutes()) * 100)).append("% of the day)");
            }
            md.append(", and our team caucused for ").append(duration(t.laborCaucusMinutes())).append('.');
            if (t.waitingMinutes() > 0) {
                md.append(" ").append(duration(t.waitingMinutes())).append(" went to waiting for the other side.");
            }
            md.append("\n\n");
        }

        ExchangeFigures figures = ExchangeFigures.of(exchanges.versions(), exchanges.tentativeAgreements(), from, to, to);
        Map<Long, ProposalThread> threads = exchanges.threads().stream()
                .collect(Collectors.toMap(ProposalThread::id, Function.identity()));
        List<org.parley.proposal.TentativeAgreement> inRange = exchanges.tentativeAgreements().stream()
                .filter(ta -> !ta.signedOn().isBefore(from) && !ta.signedOn().isAfter(to))
                .toList();
        // TAs from subgroups' recommendations are grouped by subgroup, as a national table's update lists them
        Map<String, List<String>> bySubgroup = new java.util.LinkedHashMap<>();
        List<String> signed = new ArrayList<>();
        for (var ta : inRange) {
            ProposalThread thread = threads.get(ta.threadId());
            String title = thread == null ? "Thread " + ta.threadId() : thread.title() + (thread.article() == null ? "" : " (" + thread.article() + ")");
            if (thread != null && thread.origin() != null) {
                bySubgroup.computeIfAbsent(thread.origin(), k -> new ArrayList<>()).add(title);
            } else {
                signed.add(title);
            }
        }
        md.append("### Tentative agreements\n\n");
        if (inRange.isEmpty()) {
            md.append("No tentative agreement was signed");
            if (figures.daysSinceLastTentativeAgreement() != null) {
                md.append("; the last one was ").append(figures.daysSinceLastTentativeAgreement()).append(" days ago");
            }
            md.append(".\n\n");
        } else {
            md.append("We signed ").append(inRange.size() == 1 ? "one tentative agreement (TA)" : inRange.size() + " tentative agreements (TAs)");
            if (!bySubgroup.isEmpty()) {
                int fromSubgroups = bySubgroup.values().stream().mapToInt(List::size).sum();
                md.append(": the bargaining team approved ").append(fromSubgroups == 1 ? "one recommendation" : fromSubgroups + " recommendations")
                        .append(" as tentative agreements from the ").append(bySubgroup.size() == 1 ? "subgroup" : bySubgroup.size() + " subgroups");
                if (!signed.isEmpty()) {
                    md.append(", and reached ").append(signed.size() == 1 ? "one more tentative agreement" : signed.size() + " more tentative agreements")
                            .append(" at the table");
                }
                md.append(".\n\n");
                for (var group : bySubgroup.entrySet()) {
                    md.append("**").append(group.getKey()).append("** (").append(count(group.getValue().size(), "TA")).append("):\n\n");
                    group.getValue().forEach(title -> md.append("- ").append(title).append('\n'));
                    md.append('\n');
                }
                if (!signed.isEmpty()) {
                    md.append("**At the table:**\n\n");
                }
            } else {
                md.append(":\n\n");
            }
            signed.forEach(title -> md.append("- ").append(title).append('\n'));
            if (!signed.isEmpty()) {
                md.append('\n');
            }
        }

        md.append("### Proposals passed\n\n");
        md.append("Labor passed ").append(count(figures.laborProposals(), "proposal")).append(" and management passed ")
                .append(count(figures.managementProposals(), "proposal"));
        if (figures.ratio() != null && figures.laborProposals() > figures.managementProposals() && figures.managementProposals() > 0) {
            md.append(": ").append(ratioPhrase(figures.ratio())).append(" as many from our side");
        }
        md.append(".\n\n");

        md.append("### ").append(countdown.phrase()).append("\n\n");
        md.append(countdown.expired() ? "We are working without a contract since " : countdown.extended()
                        ? "Our contract is extended through the end of " : "Our contract expires at the end of ")
                .append(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(countdown.expired()
                        ? countdown.expirationDate().plusDays(1) : countdown.expirationDate()))
                .append(".\n\n");
        // what happened to the term in these dates (extensions offered, refused, accepted), from the legal clock
        legalClock.forEach(sentence -> md.append(sentence).append("\n\n"));

        if (!upcomingEvents.isEmpty() || !openSeats.isEmpty()) {
            md.append("### Coming up\n\n");
            for (Event e : upcomingEvents) {
                md.append("- **").append(e.kind().label()).append(":** ").append(e.title()).append(", ")
                        .append(org.parley.platform.Times.at(e.start())).append("\n");
            }
            for (OpenSeats s : openSeats) {
                md.append("- **Observe bargaining** on ").append(DAY.format(s.date())).append(": ")
                        .append(s.open() == 0 ? "all " + s.seats() + " seats are taken; join the waitlist"
                                : count(s.open(), "seat") + " of " + s.seats() + " open")
                        .append(". Sign up on your members' page.\n");
            }
            md.append('\n');
        }
        md.append("Stay strong, and talk to your coworkers about this update.\n");
        return md.toString();
    }

    static String ordinal(int n) {
        String[] words = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth"};
        if (n < words.length) {
            return words[n];
        }
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    static String duration(long minutes) {
        if (minutes < 60) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return (hours == 1 ? "1 hour" : hours + " hours") + (rest == 0 ? "" : " " + (rest == 1 ? "1 minute" : rest + " minutes"));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String ratioPhrase(double ratio) {
        long rounded = Math.round(ratio);
        List<String> words = new ArrayList<>(List.of("", "", "twice", "three times", "four times", "five times", "six times"));
        if (Math.abs(ratio - rounded) < 0.15 && rounded < words.size() && rounded >= 2) {
            return words.get((int) rounded);
        }
        return String.format(Locale.ENGLISH, "%.1f times", ratio);
    }
}
