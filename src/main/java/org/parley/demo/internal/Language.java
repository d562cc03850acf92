package org.parley.demo.internal;

import org.parley.platform.Side;

/** Plausible contract language for the demo's proposals; each round moves the numbers a little. */
final class Language {

    private Language() {
    }

    static String of(String title, String article, Side side, int round) {
        int step = side == Side.LABOR ? 8 - round : 2 + round;
        return switch (title) {
            case "Wages" -> article + ". Wages. Effective the first full pay period after ratification, all wage rates "
                    + "in Appendix A shall increase by " + step + ".0%. On the first and second anniversaries of ratification, "
                    + "all wage rates shall increase by a further " + Math.max(2, step - 2) + ".0%.";
            case "Safe staffing ratios" -> article + ". Staffing. The Employer shall staff each medical-surgical unit at "
                    + "no more than " + (side == Side.LABOR ? 4 : 4 + round) + " patients per registered nurse on every shift. "
                    + "Charge nurses shall not carry a patient assignment.";
            case "Paid time off accrual" -> article + ". Paid time off. Employees shall accrue paid time off at the rate of "
                    + (side == Side.LABOR ? 8 - round / 2.0 : 5 + round / 2.0) + " hours per month of service, up to a maximum "
                    + "balance of 320 hours.";
            case "Meal and rest breaks" -> article + ". Meal and rest periods. Employees shall receive an uninterrupted "
                    + "thirty (30) minute meal period and two fifteen (15) minute rest periods per eight-hour shift. The "
                    + "Employer shall provide relief coverage" + (side == Side.LABOR ? " by a designated break nurse." : " where practicable.");
            default -> article + ". " + title + ". " + (side == Side.LABOR ? "The Union proposes" : "The Employer proposes")
                    + " to amend this article as follows (round " + round + "): the parties shall meet and confer within "
                    + (side == Side.LABOR ? 10 + round : 30 - round) + " days of a written request, and the terms of this "
                    + "article shall apply to all bargaining unit employees regardless of shift or worksite.";
        };
    }

    /** A section's text as a side proposes it in a round: numbers move a little each time, the rest stays. */
    static String sectionText(String title, Side side, int round, String base) {
        boolean labor = side == Side.LABOR;
        return switch (title) {
            case "Wages" -> {
                int percent = labor ? Math.max(4, 8 - round) : Math.min(4, 1 + round);
                yield "All wage rates shall increase by " + word(percent) + " percent (" + percent
                        + "%) on the first pay period of each contract year.";
            }
            case "Paid time off accrual" -> "Full-time employees accrue " + (labor ? words(Math.max(7, 9 - round))
                    : round > 2 ? "six and one-half (6.5)" : words(6)) + " hours of paid time off per month of service, prorated for part-time employees.";
            case "Safe staffing ratios" -> labor
                    ? "The Employer shall staff medical-surgical units at no more than four (4) patients per registered nurse on every shift."
                    : "The Employer shall make reasonable efforts to staff medical-surgical units at no more than " + words(Math.max(5, 7 - round))
                            + " patients per registered nurse.";
            case "Meal and rest breaks" -> base.replaceFirst("\\.$", "") + (labor
                    ? ". The Employer shall provide relief coverage by a designated break nurse."
                    : ". The Employer shall provide relief coverage where practicable.");
            default -> base + " The parties shall meet and confer within " + (labor ? 10 + round : 30 - round)
                    + " days of a written request about this section.";
        };
    }

    private static String words(int number) {
        return word(number) + " (" + number + ")";
    }

    private static String word(int number) {
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        return number >= 0 && number < words.length ? words[number] : String.valueOf(number);
    }

    static String summary(String title, Side side, int round) {
        return round == 1 ? (side == Side.LABOR ? "Union opening proposal on " : "Employer opening proposal on ") + title.toLowerCase()
                : (side == Side.LABOR ? "Union counter on " : "Employer counter on ") + title.toLowerCase();
    }
}
