package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ParagraphLabelTest {

    /** The pattern the hand-written reading follows (ParagraphLabel's documentation). */
    static final Pattern LABEL = Pattern.compile("[ \\t]*(?:>[ \\t]*)*(?:\\*\\*|__)?(?:"
            + "#{1,6}\\s|[-*+•–][ \\t]"
            + "|\\((?:\\d{1,3}|[A-Za-z]{1,2}|[ivxlcdmIVXLCDM]{1,6})\\)"
            + "|(?:\\d{1,3}(?:\\.\\d{1,3})*|[A-Za-z]{1,2}|[ivxlcdmIVXLCDM]{1,6})[.)](?=\\s)"
            + "|\\d{1,3}(?:\\.\\d{1,3})+(?=\\s)"
            + "|(?i:article|section|appendix|schedule|exhibit|addendum|attachment|annex)\\b|§)");

    @Test
    void labelsOfEveryKindOpenAParagraphAndWordsDoNot() {
        for (String line : new String[] {"(a) The", "(12) The", "(iv) The", "A. The", "b) The", "iv. The", "12. The", "12.01 The",
                "12.01.3) The", "  > **Article 4", "SECTION 2", "### Wages\n", "- item", "• item", "– item", "§ 4", "Appendix A"}) {
            assertThat(opens(line)).as(line).isTrue();
        }
        for (String line : new String[] {"The employer", "Articles of", "Sections", "1234. The", "12.01", "(abc) x", "A.B", "é. x",
                "####### x", "** item", "Article_4", "12.0001 x", "exam. The"}) {
            assertThat(opens(line)).as(line).isEqualTo(LABEL.matcher(line).lookingAt()).isFalse();
        }
    }

    /** Property: on lines made of the characters labels are made of, the reading and the pattern agree. */
    @Test
    void theReadingAgreesWithThePatternOnRandomLines() {
        Random random = new Random(20261202L);
        String[] pieces = {"(", ")", ".", " ", "\t", "\n", "\r", ">", "*", "**", "_", "__", "#", "-", "+", "•", "–", "§", "1", "12", "123",
                "1234", "0", "a", "B", "ab", "iv", "XIV", "xii", "mcm", "é", "_", "article", "SECTION", "Appendix", "schedulE", "exhibit",
                "addendum", "attachment", "annex", "articles", "ſection", "K", "x", "The", " employer"};
        for (int round = 0; round < 200_000; round++) {
            StringBuilder line = new StringBuilder();
            int count = 1 + random.nextInt(7);
            for (int k = 0; k < count; k++) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = line.toString();
            assertThat(opens(text)).as("%s", text.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r"))
                    .isEqualTo(LABEL.matcher(text).lookingAt());
        }
    }

    private static boolean opens(String line) {
        char[] text = ("xx" + line + "yy").toCharArray(); // the line is a range of a longer text
        return ParagraphLabel.opens(text, 2, 2 + line.length());
    }
}
