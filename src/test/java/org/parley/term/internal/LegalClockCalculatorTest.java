package org.parley.term.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parley.negotiation.ContractStatus;
import org.parley.negotiation.ContractTerm;
import org.parley.platform.Audience;
import org.parley.platform.Side;
import org.parley.term.CustomDeadline;
import org.parley.term.Deadline;
import org.parley.term.DeadlineStatus;
import org.parley.term.Deadlines;
import org.parley.term.Extension;
import org.parley.term.ExtensionStatus;
import org.parley.term.Notice;
import org.parley.term.RenewalClause;

/** Every rule of the shipped US NLRA file at its edges, computed without a database. */
class LegalClockCalculatorTest {

    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    static final LocalDate EXPIRATION = LocalDate.of(2026, 9, 30);
    static final Jurisdiction NLRA = Jurisdictions.read(LegalClockCalculatorTest.class.getResourceAsStream("/legal-clock/US_NLRA.json"), "US_NLRA.json");

    /** A negotiation's facts, built up by each test. */
    static final class Case {
        LocalTime hour;
        boolean healthCare;
        boolean first;
        RenewalClause renewal;
        final List<Notice> notices = new ArrayList<>();
        final List<Extension> extensions = new ArrayList<>();
        final List<CustomDeadline> custom = new ArrayList<>();
        Side side = Side.LABOR;

        Case healthCare() {
            healthCare = true;
            return this;
        }

        Case first() {
            first = true;
            return this;
        }

        Case served(String kind, String localDate) {
            return served(kind, LocalDate.parse(localDate).atTime(10, 0).atZone(PACIFIC).toInstant(), null, null);
        }

        Case served(String kind, Instant at, String location, ZonedDateTime actionStartsAt) {
            notices.add(new Notice(notices.size() + 1, 1, kind, null, Side.LABOR, "them", at, "hand", location, actionStartsAt,
                    false, Audience.TABLE, "Lena", at));
            return this;
        }

        Case accepted(Integer days, LocalDate until, String acceptedOn) {
            Instant at = LocalDate.parse(acceptedOn).atTime(12, 0).atZone(PACIFIC).toInstant();
            extensions.add(new Extension(extensions.size() + 1, 1, Side.LABOR, days, until, null, at.minusSeconds(3600), "Lena",
                    ExtensionStatus.ACCEPTED, Side.MANAGEMENT, at, "Lena", null));
            return this;
        }

        ContractTerm term() {
            return new ContractTerm(1, EXPIRATION, hour, PACIFIC, "US_NLRA", healthCare, first);
        }

        Deadlines on(String localDate) {
            return at(LocalDate.parse(localDate).atTime(9, 0).atZone(PACIFIC).toInstant());
        }

        Deadlines at(Instant at) {
            return LegalClockCalculator.compute(new ClockFacts(term(), NLRA, renewal, extensions, notices, custom, side, at));
        }
    }

    static Deadline deadline(Deadlines d, String kind) {
        return d.deadlines().stream().filter(x -> x.kind().equals(kind)).findFirst().orElseThrow();
    }

    static ZonedDateTime startOf(String date) {
        return LocalDate.parse(date).atStartOfDay(PACIFIC);
    }

    @Nested
    class NoticeToModify {

        @Test
        void servedExactlyOnTheLastDayIsOnTime() {
            Deadlines d = new Case().served("MODIFICATION_8D1", "2026-08-01").on("2026-08-10");
            Deadline notice = deadline(d, "MODIFICATION_8D1");
            assertThat(notice.dueBy()).isEqualTo(LocalDate.of(2026, 8, 1));
            assertThat(notice.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(notice.basis()).isEqualTo("29 U.S.C. § 158(d)(1)");
            assertThat(notice.explanation()).contains("on the last day: on time");
        }

        @Test
        void servedOneDayLateIsMissed() {
            Deadline notice = deadline(new Case().served("MODIFICATION_8D1", "2026-08-02").on("2026-08-10"), "MODIFICATION_8D1");
            assertThat(notice.status()).isEqualTo(DeadlineStatus.MISSED);
            assertThat(notice.explanation()).contains("1 day late");
        }

        @Test
        void notServedIsUpcomingThroughTheLastDayAndMissedAfter() {
            assertThat(deadline(new Case().on("2026-08-01"), "MODIFICATION_8D1").status()).isEqualTo(DeadlineStatus.UPCOMING);
            assertThat(deadline(new Case().on("2026-08-01"), "MODIFICATION_8D1").explanation()).contains("today is the last day");
            assertThat(deadline(new Case().on("2026-08-02"), "MODIFICATION_8D1").status()).isEqualTo(DeadlineStatus.MISSED);
        }

        @Test
        void aHealthCareInstitutionNeedsNinetyDays() {
            Deadline onTime = deadline(new Case().healthCare().served("MODIFICATION_8D1", "2026-07-02").on("2026-07-10"), "MODIFICATION_8D1");
            assertThat(onTime.dueBy()).isEqualTo(LocalDate.of(2026, 7, 2));
            assertThat(onTime.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(onTime.basis()).contains("(d)(A)");
            assertThat(deadline(new Case().healthCare().served("MODIFICATION_8D1", "2026-07-03").on("2026-07-10"), "MODIFICATION_8D1").status())
                    .isEqualTo(DeadlineStatus.MISSED);
        }
    }

    @Nested
    class NoticeToFmcs {

        @Test
        void isDueThirtyDaysAfterTheNoticeToModify() {
            Case c = new Case().served("MODIFICATION_8D1", "2026-07-15");
            Deadline fmcs = deadline(c.served("FMCS_8D3", "2026-08-14").on("2026-08-20"), "FMCS_8D3");
            assertThat(fmcs.dueBy()).isEqualTo(LocalDate.of(2026, 8, 14));
            assertThat(fmcs.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(fmcs.basis()).isEqualTo("29 U.S.C. § 158(d)(3)");
            Case late = new Case().served("MODIFICATION_8D1", "2026-07-15").served("FMCS_8D3", "2026-08-15");
            assertThat(deadline(late.on("2026-08-20"), "FMCS_8D3").status()).isEqualTo(DeadlineStatus.MISSED);
        }

        @Test
        void beforeTheNoticeToModifyItCountsFromThatNoticesLastDay() {
            Deadline fmcs = deadline(new Case().on("2026-06-01"), "FMCS_8D3");
            assertThat(fmcs.dueBy()).isEqualTo(LocalDate.of(2026, 8, 31));
            assertThat(fmcs.status()).isEqualTo(DeadlineStatus.UPCOMING);
        }

        @Test
        void atAHealthCareInstitutionItIsSixtyDaysBeforeExpiration() {
            Deadline fmcs = deadline(new Case().healthCare().served("MODIFICATION_8D1", "2026-06-01").on("2026-06-02"), "FMCS_8D3");
            assertThat(fmcs.dueBy()).isEqualTo(LocalDate.of(2026, 8, 1));
            assertThat(fmcs.basis()).contains("(d)(A)");
        }

        @Test
        void aLateNoticeToFmcsPushesTheEarliestStrikeThirtyDaysOn() {
            Deadlines d = new Case().served("MODIFICATION_8D1", "2026-07-01").served("FMCS_8D3", "2026-09-20").on("2026-09-25");
            assertThat(d.earliestLawfulStrikeStart()).isEqualTo(startOf("2026-10-21"));
            assertThat(d.constraints()).anySatisfy(c -> assertThat(c.reason()).startsWith("not before 21 October 2026"));
        }
    }

    @Nested
    class EarliestLawfulStrike {

        @Test
        void withTimelyNoticesItIsTheMomentTheAgreementExpires() {
            Deadlines d = new Case().served("MODIFICATION_8D1", "2026-07-01").served("FMCS_8D3", "2026-07-20").on("2026-08-01");
            assertThat(d.earliestLawfulStrikeStart()).isEqualTo(startOf("2026-10-01"));
            assertThat(d.action()).isEqualTo("strike");
            assertThat(deadline(d, "STRIKE_8G").status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        }

        @Test
        void aLateNoticeToModifyPushesTheStrikeDatePastExpiration() {
            Deadlines d = new Case().healthCare().served("MODIFICATION_8D1", "2026-08-04").served("FMCS_8D3", "2026-08-05")
                    .served("STRIKE_8G", LocalDate.of(2026, 10, 1).atTime(9, 0).atZone(PACIFIC).toInstant(), "Main hospital",
                            LocalDateTime.of(2026, 11, 5, 6, 0).atZone(PACIFIC))
                    .on("2026-10-02");
            assertThat(d.constraints()).anySatisfy(c -> {
                assertThat(c.reason()).startsWith("not before 3 November 2026: the 90 days after the");
                assertThat(c.reason()).contains("served 4 August 2026 run through 2 November 2026");
                assertThat(c.basis()).contains("§ 158(d)(4)");
            });
            Deadline period = deadline(d, "NO_STRIKE_8D4");
            assertThat(period.dueBy()).isEqualTo(LocalDate.of(2026, 11, 2));
            // the § 8(d)(4) period binds past the expiration; a location without a notice yet could be ready by 13 October
            assertThat(d.earliestLawfulStrikeStart()).isEqualTo(startOf("2026-11-03"));
        }

        @Test
        void aLockoutIsNotHeldByTheStrikeNotice() {
            Case c = new Case().healthCare().served("MODIFICATION_8D1", "2026-06-01").served("FMCS_8D3", "2026-06-02");
            c.side = Side.MANAGEMENT;
            Deadlines d = c.on("2026-09-29");
            assertThat(d.action()).isEqualTo("lockout");
            assertThat(d.earliestLawfulStrikeStart()).isEqualTo(startOf("2026-10-01"));
            c.side = Side.LABOR;
            // the union has served no 8(g) notice: served today (29 September), the strike could start 10 October
            assertThat(c.on("2026-09-29").earliestLawfulStrikeStart()).isEqualTo(startOf("2026-10-10"));
        }
    }

    @Nested
    class StrikeNoticeAtAHealthCareInstitution {

        Case served(LocalDateTime starts) {
            return new Case().healthCare().served("MODIFICATION_8D1", "2026-06-01").served("FMCS_8D3", "2026-06-02")
                    .served("STRIKE_8G", LocalDate.of(2026, 10, 1).atTime(15, 0).atZone(PACIFIC).toInstant(), "North clinic",
                            starts.atZone(PACIFIC));
        }

        @Test
        void tenFullDaysAfterTheNoticeIsOnTime() {
            Deadlines d = served(LocalDateTime.of(2026, 10, 12, 6, 0)).on("2026-10-02");
            Deadline notice = d.deadlines().stream().filter(x -> "North clinic".equals(x.location())).findFirst().orElseThrow();
            assertThat(notice.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(notice.dueBy()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(d.earliestLawfulStrikeStart()).isEqualTo(LocalDateTime.of(2026, 10, 12, 6, 0).atZone(PACIFIC));
        }

        @Test
        void aNoticeStatingAStartOneDayTooSoonIsMissedAndTheStartMovesToTheFirstLawfulMoment() {
            Deadlines d = served(LocalDateTime.of(2026, 10, 11, 6, 0)).on("2026-10-02");
            Deadline notice = d.deadlines().stream().filter(x -> "North clinic".equals(x.location())).findFirst().orElseThrow();
            assertThat(notice.status()).isEqualTo(DeadlineStatus.MISSED);
            assertThat(notice.explanation()).contains("fewer than 10 days");
            assertThat(d.constraints()).anySatisfy(c -> {
                assertThat(c.location()).isEqualTo("North clinic");
                assertThat(c.notBefore()).isEqualTo(startOf("2026-10-12"));
            });
        }
    }

    @Nested
    class FirstContract {

        @Test
        void outsideHealthCareNoStatutoryNoticeApplies() {
            Deadlines d = new Case().first().on("2026-05-01");
            assertThat(d.deadlines()).filteredOn(x -> !x.kind().equals("CUSTOM"))
                    .allSatisfy(x -> assertThat(x.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE));
            assertThat(d.earliestLawfulStrikeStart()).isEqualTo(LocalDate.of(2026, 5, 1).atTime(9, 0).atZone(PACIFIC));
        }

        @Test
        void inHealthCareTheStrikeNoticeWaitsThirtyDaysAfterTheNoticeToFmcs() {
            Deadlines d = new Case().first().healthCare().served("FMCS_8D3", "2026-03-01").on("2026-03-05");
            assertThat(deadline(d, "MODIFICATION_8D1").status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
            Deadline wait = deadline(d, "STRIKE_8G_NOT_BEFORE");
            // the 30 days after 1 March run through 31 March: the 8(g) notice may be given from 1 April
            assertThat(wait.dueBy()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(wait.basis()).contains("(d)(B)");
            // and the 10 days after an 8(g) notice served 1 April run through 11 April
            assertThat(d.earliestLawfulStrikeStart()).isEqualTo(startOf("2026-04-12"));
        }

        @Test
        void aStrikeNoticeServedBeforeThoseThirtyDaysIsMissed() {
            Deadlines d = new Case().first().healthCare().served("FMCS_8D3", "2026-03-01")
                    .served("STRIKE_8G", LocalDate.of(2026, 3, 20).atTime(9, 0).atZone(PACIFIC).toInstant(), "Clinic",
                            LocalDateTime.of(2026, 4, 1, 6, 0).atZone(PACIFIC))
                    .on("2026-03-21");
            assertThat(deadline(d, "STRIKE_8G_NOT_BEFORE").status()).isEqualTo(DeadlineStatus.MISSED);
        }
    }

    @Nested
    class Extensions {

        @Test
        void anAcceptedExtensionMovesEveryDate() {
            Case c = new Case();
            c.custom.add(new CustomDeadline(7, 1, "CUSTOM", "Final offers exchanged", null, 14, "Ground rule 9", Audience.TABLE, null));
            Deadlines before = c.on("2026-07-01");
            c.accepted(30, null, "2026-07-01");
            Deadlines after = c.on("2026-07-02");
            assertThat(after.status()).isEqualTo(ContractStatus.EXTENDED);
            assertThat(after.expiresAt()).isEqualTo(startOf("2026-10-31"));
            for (String kind : List.of("MODIFICATION_8D1", "FMCS_8D3", "CUSTOM")) {
                assertThat(deadline(after, kind).dueBy()).as(kind).isEqualTo(deadline(before, kind).dueBy().plusDays(30));
            }
            assertThat(after.earliestLawfulStrikeStart()).isEqualTo(startOf("2026-10-31"));
        }

        @Test
        void anExtensionUntilADateKeepsTheHour() {
            Case c = new Case();
            c.hour = LocalTime.of(23, 59);
            c.accepted(null, LocalDate.of(2026, 10, 15), "2026-09-28");
            Deadlines d = c.on("2026-09-29");
            assertThat(d.expiresAt()).isEqualTo(LocalDateTime.of(2026, 10, 15, 23, 59).atZone(PACIFIC));
            assertThat(d.expiration()).isEqualTo("11:59 p.m. on 15 October 2026 (America/Los_Angeles)");
        }

        @Test
        void anExtensionCountsOnlyFromWhenItWasAccepted() {
            Case c = new Case().accepted(30, null, "2026-10-05");
            assertThat(c.on("2026-10-02").status()).isEqualTo(ContractStatus.EXPIRED);
            assertThat(c.on("2026-10-02").daysWithoutContract()).isEqualTo(2);
            assertThat(c.on("2026-10-06").status()).isEqualTo(ContractStatus.EXTENDED);
        }
    }

    @Nested
    class TimeZonesAndTheHour {

        @Test
        void anAgreementEndingAt1159PmIsInForceAMinuteBefore() {
            Case c = new Case().served("MODIFICATION_8D1", "2026-07-01").served("FMCS_8D3", "2026-07-02");
            c.hour = LocalTime.of(23, 59);
            ZonedDateTime end = LocalDateTime.of(2026, 9, 30, 23, 59).atZone(PACIFIC);
            assertThat(c.at(end.minusMinutes(1).toInstant()).status()).isEqualTo(ContractStatus.IN_FORCE);
            assertThat(c.at(end.toInstant()).status()).isEqualTo(ContractStatus.EXPIRED);
            assertThat(c.at(end.toInstant()).earliestLawfulStrikeStart()).isEqualTo(end);
        }

        @Test
        void aNoticeIsServedOnTheDayOfTheAgreementsZoneNotUtc() {
            // 10 p.m. on 1 August in California is already 2 August in UTC: still on time
            Instant evening = LocalDateTime.of(2026, 8, 1, 22, 0).atZone(PACIFIC).toInstant();
            Deadlines d = new Case().served("MODIFICATION_8D1", evening, null, null).on("2026-08-05");
            assertThat(evening.toString()).startsWith("2026-08-02");
            assertThat(deadline(d, "MODIFICATION_8D1").status()).isEqualTo(DeadlineStatus.MET);
        }

        @Test
        void midnightMeansTheEndOfTheExpirationDate() {
            Case c = new Case();
            assertThat(c.on("2026-09-30").status()).isEqualTo(ContractStatus.IN_FORCE);
            Deadlines next = c.at(startOf("2026-10-01").toInstant());
            assertThat(next.status()).isEqualTo(ContractStatus.EXPIRED);
            assertThat(next.daysWithoutContract()).isEqualTo(1);
            assertThat(next.expiration()).isEqualTo("midnight at the end of 30 September 2026 (America/Los_Angeles)");
        }
    }

    @Nested
    class AutomaticRenewal {

        @Test
        void withoutATimelyNoticeTheAgreementRenewsItself() {
            Case c = new Case();
            c.renewal = new RenewalClause(12, 60, "Article 40");
            assertThat(c.on("2026-08-01").expiresAt()).isEqualTo(startOf("2026-10-01"));
            Deadlines renewed = c.on("2026-08-02");
            assertThat(renewed.expiresAt()).isEqualTo(startOf("2027-10-01"));
            assertThat(renewed.status()).isEqualTo(ContractStatus.IN_FORCE);
            assertThat(deadline(renewed, "RENEWAL_NOTICE").explanation()).contains("renewed itself");
        }

        @Test
        void aTimelyNoticeToModifyStopsTheRenewal() {
            Case c = new Case().served("MODIFICATION_8D1", "2026-08-01");
            c.renewal = new RenewalClause(12, 60, "Article 40");
            Deadlines d = c.on("2026-10-02");
            assertThat(d.status()).isEqualTo(ContractStatus.EXPIRED);
            assertThat(deadline(d, "RENEWAL_NOTICE").status()).isEqualTo(DeadlineStatus.MET);
        }
    }

    @Test
    void withoutANoticeToModifyTheStrikeWaitsSixtyDaysAfterOneIsServedEvenPastExpiration() {
        Deadlines d = new Case().on("2026-09-30");
        assertThat(d.earliestLawfulStrikeStart()).isEqualTo(startOf("2026-11-30"));
        assertThat(d.constraints()).anySatisfy(c -> {
            assertThat(c.assumed()).isTrue();
            assertThat(c.reason()).contains("not served yet; if served today, 30 September 2026");
        });
    }

    @Test
    void customDeadlinesAreMetMissedOrUpcoming() {
        Case c = new Case();
        c.custom.add(new CustomDeadline(1, 1, "CUSTOM", "Final offers", null, 14, null, Audience.TABLE, LocalDate.of(2026, 9, 16)));
        c.custom.add(new CustomDeadline(2, 1, "REOPENER", "Wage reopener", LocalDate.of(2026, 9, 1), null, "Article 12", Audience.TABLE, null));
        Deadlines d = c.on("2026-09-10");
        assertThat(deadline(d, "CUSTOM").dueBy()).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(deadline(d, "CUSTOM").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(deadline(d, "REOPENER").status()).isEqualTo(DeadlineStatus.MISSED);
    }

    @Test
    void everyComputedDeadlineCitesItsBasisAndSaysToConfirmWithCounsel() {
        Deadlines d = new Case().healthCare().on("2026-05-01");
        assertThat(d.deadlines()).allSatisfy(x -> assertThat(x.basis()).isNotBlank());
        assertThat(d.disclaimer()).contains("counsel");
        assertThat(d.counting()).contains("Calendar days");
    }
}
