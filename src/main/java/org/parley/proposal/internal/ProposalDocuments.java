package org.parley.proposal.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.contract.AppliedChanges;
import org.parley.contract.AppliedChanges.ResultSection;
import org.parley.contract.LegalDocument;
import org.parley.contract.LegalDocument.Field;
import org.parley.contract.LegalDocument.Part;
import org.parley.contract.Redline;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.StatusSheetRow;
import org.parley.proposal.TentativeContract;
import org.parley.proposal.ThreadDetail;
import org.parley.proposal.VersionRedline;
import org.parley.session.SessionSummary;

/** The documents of the proposal module, described once for both DOCX and PDF (public for the benchmark in bench/). */
public final class ProposalDocuments {


    private ProposalDocuments() {
    }

    /** A version as it is passed across the table: header, redlined language, lines to initial a TA. */
    static LegalDocument version(String negotiationName, String tableName, ThreadDetail detail, ProposalVersion version,
            VersionRedline redline, SessionSummary session) {
        ProposalVersion counterTo = detail.counterTo(version);
        List<Field> header = new ArrayList<>();
        header.add(new Field("Side", version.sideLabel()));
        header.add(new Field("Proposal", version.label() + (version.number() == 1 ? " (opening proposal)" : "")));
        header.add(new Field("Subject", detail.thread().title()));
        header.add(new Field("Article", detail.thread().article() == null ? "—" : detail.thread().article()));
        header.add(new Field("Date", org.parley.platform.Times.day(version.passedOn())));
        header.add(new Field("Session", session == null ? "—" : (session.dayNumber() == null ? "" : "Day " + session.dayNumber()
                + " at the table, ") + org.parley.platform.Times.day(session.session().date()) + (session.session().location() == null ? ""
                : ", " + session.session().location())));
        header.add(new Field("Counter to", counterTo == null ? "—" : counterTo.label() + " of " + org.parley.platform.Times.day(counterTo.passedOn())));
        header.add(new Field("Table", negotiationName + " · " + tableName));
        List<Part> parts = new ArrayList<>();
        if (version.summary() != null) {
            parts.add(new LegalDocument.Text(version.summary()));
        }
        if (version.changes().isEmpty()) {
            parts.add(new LegalDocument.Heading("Proposed language", 1));
            parts.add(new LegalDocument.Text(version.language()));
        } else {
            parts.add(new LegalDocument.Heading("Changes to " + redline.comparedWith()
                    + " (insertions underlined, deletions struck through)", 1));
            for (VersionRedline.SectionRedline section : redline.sections()) {
                parts.add(new LegalDocument.Heading(sectionHeading(section), 2));
                parts.add(new LegalDocument.Redlined(section.runs()));
            }
        }
        return new LegalDocument(version.sideLabel() + " proposal " + version.label() + ": " + detail.thread().title(),
                header, parts, true);
    }

    private static String sectionHeading(VersionRedline.SectionRedline section) {
        String number = "Section " + section.section() + (section.title() == null || section.title().isBlank() ? "" : " " + section.title());
        if (section.op() == null) {
            return number;
        }
        return number + switch (section.op()) {
            case REPLACE -> " (amended)";
            case ADD -> " (new)";
            case DELETE -> " (deleted)";
            case RENUMBER -> " (renumbered: " + Redline.newText(section.headingRuns()).split(" ")[0] + ")";
        };
    }

    public static LegalDocument tentativeContract(TentativeContract contract, boolean redlined) {
        List<Field> header = List.of(
                new Field("Negotiation", contract.negotiationName()),
                new Field("Base agreement", contract.base().name()),
                new Field("As of", org.parley.platform.Times.day(contract.asOf())),
                new Field("Tentative agreements", contract.standing() + " standing" + (contract.walkedBack() == 0 ? ""
                        : ", " + contract.walkedBack() + " walked back and left out")),
                new Field("This copy", redlined ? "Redlined against the base agreement: insertions underlined, deletions struck through"
                        : "Clean text"));
        List<Part> parts = new ArrayList<>();
        List<ResultSection> changed = contract.result().changed();
        parts.add(new LegalDocument.Heading("Changed sections", 1));
        if (changed.isEmpty()) {
            parts.add(new LegalDocument.Text("No standing tentative agreement changes the text of the base agreement yet."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ResultSection s : changed) {
                rows.add(List.of(s.number(), change(s), s.source().threadTitle() + " (" + s.source().versionLabel() + ")",
                        org.parley.platform.Times.day(s.source().signedOn())));
            }
            parts.add(new LegalDocument.Grid(List.of("Section", "Change", "Tentative agreement", "Signed"), rows));
        }
        if (!contract.result().conflicts().isEmpty()) {
            parts.add(new LegalDocument.Heading("Conflicts to resolve (not applied)", 1));
            for (AppliedChanges.Conflict conflict : contract.result().conflicts()) {
                StringBuilder text = new StringBuilder("Section " + conflict.section() + " is changed differently by:");
                for (AppliedChanges.AgreedChange change : conflict.changes()) {
                    text.append("\n\n").append(change.source().threadTitle()).append(" (").append(change.source().versionLabel())
                            .append(", TA of ").append(org.parley.platform.Times.day(change.source().signedOn())).append("): ")
                            .append(change.change().op().name().toLowerCase(Locale.ROOT))
                            .append(change.change().text() == null ? "" : " — " + change.change().text());
                }
                parts.add(new LegalDocument.Text(text.toString()));
            }
        }
        if (!contract.withoutSectionChanges().isEmpty()) {
            parts.add(new LegalDocument.Heading("Tentative agreements stated in language only", 1));
            parts.add(new LegalDocument.Text(String.join("\n", contract.withoutSectionChanges().stream()
                    .map(s -> s.threadTitle() + " (" + s.versionLabel() + ", TA of " + org.parley.platform.Times.day(s.signedOn()) + ")").toList())));
        }
        parts.add(new LegalDocument.Heading("The agreement", 1));
        String article = null;
        for (ResultSection s : contract.result().sections()) {
            if (!redlined && s.status() == AppliedChanges.SectionStatus.DELETED) {
                continue;
            }
            if (!s.articleNumber().equals(article)) {
                article = s.articleNumber();
                parts.add(new LegalDocument.Heading(articleHeading(s), 1));
            }
            boolean preamble = s.number().equals(s.articleNumber()) && (s.title() == null || s.title().isBlank());
            if (!preamble) {
                parts.add(new LegalDocument.Heading(s.number() + (s.title() == null || s.title().isBlank() ? "" : " " + s.title())
                        + (redlined && s.status() != AppliedChanges.SectionStatus.UNCHANGED ? " [" + change(s) + "]" : ""), 2));
            }
            parts.add(redlined ? new LegalDocument.Redlined(Redline.between(s.baseText(), s.text()))
                    : new LegalDocument.Text(s.text()));
        }
        return new LegalDocument("Tentative agreement: " + contract.negotiationName(), header, parts, false);
    }

    private static String articleHeading(ResultSection s) {
        String label = s.articleNumber().matches("[0-9IVXLCDM]+[A-Z]?") ? "Article " + s.articleNumber() : s.articleNumber();
        return label.isBlank() ? s.articleTitle() : label + (s.articleTitle() == null || s.articleTitle().isBlank() ? "" : " – " + s.articleTitle());
    }

    static String change(ResultSection s) {
        return switch (s.status()) {
            case REPLACED -> "amended";
            case ADDED -> "new";
            case DELETED -> "deleted";
            case RENUMBERED -> "renumbered from " + s.baseNumber();
            case UNCHANGED -> "unchanged";
        };
    }
}
