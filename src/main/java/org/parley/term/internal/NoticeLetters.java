package org.parley.term.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.contract.LegalDocument;
import org.parley.negotiation.ContractTerm;
import org.parley.negotiation.Negotiation;
import org.parley.platform.Side;
import org.parley.term.Notice;

/**
 * A notice as a letter: the jurisdiction's template for its kind with the parties, the expiration
 * (extensions applied at the day of service), the location and the stated start filled in from the
 * record, written as DOCX or PDF by {@code contract.ContractDocuments}. The template is data, like the rules.
 */
final class NoticeLetters {

    private NoticeLetters() {
    }

    static LegalDocument letter(Notice notice, Negotiation negotiation, Jurisdiction rules, ZonedDateTime expiresAt) {
        String union = negotiation.unionName() != null ? negotiation.unionName() : "The Union";
        String employer = negotiation.employerName() != null ? negotiation.employerName() : "The Employer";
        String servedByName = notice.servedBy() == Side.LABOR ? union : employer;
        String servedOnName = notice.servedBy() == Side.LABOR ? employer : union;
        var type = rules.notice(notice.kind());
        String title = notice.title() != null ? notice.title() : type.map(Jurisdiction.NoticeType::label).orElse(notice.kind());
        String template = type.map(Jurisdiction.NoticeType::letter).orElse(
                "{servedByName} gives notice to {servedOnName} concerning the collective bargaining agreement that expires at {expiration}.");
        String body = template.replace("{servedByName}", servedByName).replace("{servedOnName}", servedOnName)
                .replace("{expiration}", ContractTerm.phrase(expiresAt))
                .replace("{location}", notice.location() == null ? "(location)" : notice.location())
                .replace("{actionStartsAt}", notice.actionStartsAt() == null ? "(date and time)"
                        : LegalClockCalculator.MOMENT.format(notice.actionStartsAt()) + " (" + notice.actionStartsAt().getZone().getId() + ")");
        LocalDate served = LocalDate.ofInstant(notice.servedAt(), expiresAt.getZone());
        List<LegalDocument.Field> header = new ArrayList<>();
        header.add(new LegalDocument.Field("Date", LegalClockCalculator.day(served)));
        header.add(new LegalDocument.Field("From", servedByName));
        header.add(new LegalDocument.Field("To", notice.recipients()));
        if (notice.method() != null) {
            header.add(new LegalDocument.Field("Served by", notice.method()));
        }
        if (notice.location() != null) {
            header.add(new LegalDocument.Field("Location", notice.location()));
        }
        header.add(new LegalDocument.Field("Agreement", negotiation.baseAgreementName() != null ? negotiation.baseAgreementName() : negotiation.name()));
        List<LegalDocument.Part> parts = new ArrayList<>();
        parts.add(new LegalDocument.Text(body));
        parts.add(new LegalDocument.Text("\n\nFor " + servedByName + ":\n\n______________________________\nName and title\n\n"
                + "Copy: " + (type.map(Jurisdiction.NoticeType::servedOn).orElse(servedOnName))));
        parts.add(new LegalDocument.Text("\n\n" + (notice.planned() ? "DRAFT — not yet served. " : "")
                + "Prepared with Parley from the negotiation's record (" + rules.name().toLowerCase(Locale.ROOT).replace("united states", "United States")
                + "). The dates are a calculation to confirm with counsel before serving."));
        return new LegalDocument(title, header, parts, false);
    }
}
