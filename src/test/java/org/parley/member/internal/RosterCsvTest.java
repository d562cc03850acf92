package org.parley.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.member.RosterStatus;
import org.parley.platform.ParleyException;

class RosterCsvTest {

    @Test
    void headersMatchWhateverCaseAndSpellingTheUnionsExportUses() {
        for (String header : new String[] {"Member ID,Name,E-mail", "member_id,name,email", "memberId,NAME,Email Address"}) {
            var parsed = RosterCsv.parse(header + "\nA1,Ana Ruiz,ana@example.org\n");
            assertThat(parsed.problems()).as(header).isEmpty();
            assertThat(parsed.rows()).singleElement().satisfies(r -> {
                assertThat(r.memberId()).isEqualTo("A1");
                assertThat(r.name()).isEqualTo("Ana Ruiz");
                assertThat(r.email()).isEqualTo("ana@example.org");
                assertThat(r.status()).isEqualTo(RosterStatus.ACTIVE);
            });
        }
    }

    @Test
    void firstAndLastNamesMakeTheNameAndQuotedFieldsKeepTheirCommas() {
        var parsed = RosterCsv.parse("member_id,first_name,last_name,worksite\r\n7,Jo,\"Doe, Jr.\",\"Clinic \"\"North\"\"\"\r\n");
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Jo Doe, Jr.");
            assertThat(r.worksite()).isEqualTo("Clinic \"North\"");
        });
    }

    @Test
    void eachProblemIsReportedWithItsRowAndTheRowIsLeftOut() {
        var parsed = RosterCsv.parse("""
                Member ID,Name,Email,Status,Shoe size
                1,Ana,ana@example.org,active,38
                1,Ana again,ana2@example.org,active,38
                2,Ben,not-an-address,active,44
                3,Cy,cy@example.org,retired,40
                ,Dee,dee@example.org,active,39
                4,Eve,eve@example.org,Inactive,37
                """);
        assertThat(parsed.rows()).extracting(RosterCsv.Row::memberId).containsExactly("1", "4");
        assertThat(parsed.rows().get(1).status()).isEqualTo(RosterStatus.INACTIVE);
        assertThat(parsed.problems()).extracting(p -> p.row() + ": " + p.message()).containsExactly(
                "1: Unknown column 'Shoe size' is ignored.",
                "3: The member ID 1 appears more than once; only its first row is imported.",
                "4: 'not-an-address' is not an e-mail address (member 2).",
                "5: The status 'retired' of member 3 is neither active nor inactive.",
                "6: The member ID is missing.");
    }

    @Test
    void aFileWithoutAMemberIdColumnIsRefusedWithTheHeaderItHas() {
        assertThatThrownBy(() -> RosterCsv.parse("Name,Email\nAna,ana@example.org\n"))
                .isInstanceOf(ParleyException.class).hasMessageContaining("member ID column").hasMessageContaining("Name, Email");
    }

    @Test
    void aRosterOfAMillionRowsIsRefusedBeforeItIsReadIntoRows() {
        StringBuilder csv = new StringBuilder("member_id,name\n");
        for (int i = 0; i < 1_000_000; i++) {
            csv.append(i).append(",M\n");
        }
        assertThat(csv.length()).isLessThan(RosterCsv.MAX_CHARS);
        assertThatThrownBy(() -> RosterCsv.parse(csv.toString())).isInstanceOf(ParleyException.class)
                .hasMessageContaining("more than 100,000 rows");
        assertThatThrownBy(() -> RosterCsv.parse("member_id,name\n" + "x".repeat(RosterCsv.MAX_CHARS)))
                .isInstanceOf(ParleyException.class).hasMessageContaining("MB");
    }

    @Test
    void thousandsOfBadRowsAreSummarisedAfterTheFirstFewHundred() {
        StringBuilder csv = new StringBuilder("member_id,name,email\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append(i).append(",M,not-an-address\n");
        }
        var parsed = RosterCsv.parse(csv.toString());
        assertThat(parsed.problems()).hasSize(RosterCsv.MAX_LISTED_PROBLEMS + 1);
        assertThat(parsed.problems().getLast().message()).contains("4,700 more rows with problems".replace(",", ""));
    }
}
