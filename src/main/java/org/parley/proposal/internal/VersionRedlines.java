package org.parley.proposal.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.contract.Agreement;
import org.parley.contract.Redline;
import org.parley.contract.Section;
import org.parley.contract.SectionChange;
import org.parley.platform.ParleyException;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.VersionRedline;
import org.parley.proposal.VersionRedline.Against;
import org.parley.proposal.VersionRedline.SectionRedline;

/** Computes redlines of versions; never stored, so they can never disagree with the language. */
final class VersionRedlines {

    private VersionRedlines() {
    }

    static VersionRedline against(ProposalVersion version, ProposalVersion previous, Agreement base, Against against) {
        if (against == Against.PREVIOUS) {
            if (previous == null) {
                throw ParleyException.conflict(version.label() + " is the thread's opening proposal: there is no previous version "
                        + "to compare it with. Compare it with the agreement instead.");
            }
            return previous(version, previous, base);
        }
        if (version.changes().isEmpty()) {
            return new VersionRedline(version.id(), against, base == null ? "nothing" : base.name(),
                    List.of(new SectionRedline(null, null, null, List.of(), Redline.between("", version.language()))));
        }
        if (base == null) {
            throw ParleyException.conflict("The negotiation has no base agreement to compare with.");
        }
        List<SectionRedline> sections = new ArrayList<>();
        for (SectionChange change : version.changes()) {
            Section before = base.section(change.section()).orElse(null);
            String after = change.textAfter(before);
            sections.add(new SectionRedline(change.section(), title(change, before), change.op(),
                    Redline.between(heading(change.section(), before == null ? null : before.title(), before != null),
                            heading(change.op() == SectionChange.Op.RENUMBER ? change.newNumber() : change.section(),
                                    title(change, before), after != null)),
                    Redline.between(before == null ? "" : before.text(), after == null ? "" : after)));
        }
        return new VersionRedline(version.id(), against, base.name(), sections);
    }

    /** What moved between the previous version and this one, section by section, or language against language. */
    private static VersionRedline previous(ProposalVersion version, ProposalVersion previous, Agreement base) {
        String comparedWith = previous.label();
        if (version.changes().isEmpty() && previous.changes().isEmpty() || base == null) {
            return new VersionRedline(version.id(), Against.PREVIOUS, comparedWith,
                    List.of(new SectionRedline(null, null, null, List.of(), Redline.between(previous.language(), version.language()))));
        }
        Map<String, SectionChange> mine = byNumber(version.changes());
        Map<String, SectionChange> theirs = byNumber(previous.changes());
        Set<String> sections = new LinkedHashSet<>(theirs.keySet());
        sections.addAll(mine.keySet());
        List<SectionRedline> result = new ArrayList<>();
        for (String number : sections) {
            Section original = base.section(number).orElse(null);
            SectionChange now = mine.get(number);
            SectionChange before = theirs.get(number);
            String beforeText = before == null ? text(original) : orEmpty(before.textAfter(original));
            String nowText = now == null ? text(original) : orEmpty(now.textAfter(original));
            result.add(new SectionRedline(number, now != null ? title(now, original) : original == null ? "" : original.title(),
                    now == null ? null : now.op(), List.of(), Redline.between(beforeText, nowText)));
        }
        return new VersionRedline(version.id(), Against.PREVIOUS, comparedWith, result);
    }

    private static Map<String, SectionChange> byNumber(List<SectionChange> changes) {
        return changes.stream().collect(Collectors.toMap(SectionChange::section, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static String title(SectionChange change, Section before) {
        if (change.title() != null && !change.title().isBlank()) {
            return change.title();
        }
        return before == null ? "" : before.title();
    }

    private static String heading(String number, String title, boolean exists) {
        if (!exists) {
            return "";
        }
        return number + (title == null || title.isBlank() ? "" : " " + title);
    }

    private static String text(Section section) {
        return section == null ? "" : section.text();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
