package org.parley.costing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.costing.Position;
import org.parley.costing.ScheduleRate;
import org.parley.costing.WorkforceImport.Problem;
import org.parley.platform.CsvRecords;
import org.parley.platform.ParleyException;

/**
 * Reads a workforce (one row per person or position) or a salary schedule (classification × step) from
 * the records of a CSV or XLSX file, matching headers case-insensitively with their usual variants
 * ("Hourly Rate", hourly_rate, rate), and says what is wrong per row. Rows with a problem are left out.
 */
final class WorkforceFile {

    static final BigDecimal FULL_TIME_HOURS = BigDecimal.valueOf(2080);

    record Parsed<T>(List<T> rows, List<Problem> problems) {
    }

    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        alias("id", "id", "personid", "memberid", "employeeid", "positionid", "position", "empid");
        alias("classification", "classification", "class", "jobclass", "jobclassification", "jobtitle", "title", "job");
        alias("step", "step", "stepnumber");
        alias("hourly_rate", "hourlyrate", "rate", "hourly", "payrate", "hourlywage");
        alias("annual_salary", "annualsalary", "salary", "annualpay");
        alias("annual_hours", "annualhours", "hours", "hoursperyear");
        alias("fte", "fte");
        alias("step_anniversary", "stepanniversary", "anniversary", "anniversarydate", "stepdate");
        alias("hire_date", "hiredate", "seniority", "senioritydate", "servicedate", "startdate");
        alias("differential_hours", "differentialhours", "shifthours", "diffhours", "differential");
        alias("health_tier", "healthtier", "tier", "healthplan", "healthplantier");
    }

    private static void alias(String column, String... names) {
        for (String name : names) {
            COLUMNS.put(name, column);
        }
    }

    private WorkforceFile() {
    }

    static Parsed<Position> workforce(List<List<String>> records) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> index = header(records.get(0), problems);
        if (!index.containsKey("classification")) {
            throw ParleyException.invalid("The workforce needs a classification column; the header has: " + String.join(", ", records.get(0)) + ".");
        }
        if (!index.containsKey("hourly_rate") && !index.containsKey("annual_salary") && !index.containsKey("step")) {
            throw ParleyException.invalid("The workforce needs an hourly rate, an annual salary or a step column (steps are paid from the salary schedule).");
        }
        List<Position> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            int row = r + 1;
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                String id = CsvRecords.cell(fields, index, "id");
                id = id == null ? "row " + row : cut(id, 80);
                if (!ids.add(id)) {
                    throw ParleyException.invalid("The ID " + id + " appears more than once; only its first row is kept.");
                }
                String classification = CsvRecords.cell(fields, index, "classification");
                if (classification == null) {
                    throw ParleyException.invalid("The classification is missing.");
                }
                Integer step = whole(CsvRecords.cell(fields, index, "step"), "step");
                BigDecimal rate = money(CsvRecords.cell(fields, index, "hourly_rate"), "hourly rate");
                BigDecimal salary = money(CsvRecords.cell(fields, index, "annual_salary"), "annual salary");
                if (rate != null && salary != null) {
                    throw ParleyException.invalid("Give an hourly rate or an annual salary, not both.");
                }
                if (rate == null && salary == null && step == null) {
                    throw ParleyException.invalid("Neither a rate, a salary nor a step is given.");
                }
                BigDecimal hours = number(CsvRecords.cell(fields, index, "annual_hours"), "annual hours");
                BigDecimal fte = number(CsvRecords.cell(fields, index, "fte"), "FTE");
                if (hours == null && fte != null) {
                    if (fte.compareTo(BigDecimal.valueOf(2)) > 0) {
                        throw ParleyException.invalid("An FTE of " + fte.toPlainString() + " is more than 2.");
                    }
                    hours = fte.multiply(FULL_TIME_HOURS);
                }
                if (hours != null && hours.compareTo(BigDecimal.valueOf(8784)) > 0) {
                    throw ParleyException.invalid(hours.toPlainString() + " annual hours is more than there are hours in a year.");
                }
                rows.add(new Position(id, cut(classification, 200), step, rate, salary, hours,
                        date(CsvRecords.cell(fields, index, "step_anniversary"), "step anniversary"), date(CsvRecords.cell(fields, index, "hire_date"), "hire date"),
                        number(CsvRecords.cell(fields, index, "differential_hours"), "differential hours"), cut(CsvRecords.cell(fields, index, "health_tier"), 40)));
            } catch (ParleyException e) {
                problems.add(new Problem(row, e.getMessage()));
            }
        }
        return new Parsed<>(rows, problems);
    }

    static Parsed<ScheduleRate> schedule(List<List<String>> records) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> index = header(records.get(0), problems);
        for (String needed : List.of("classification", "step", "hourly_rate")) {
            if (!index.containsKey(needed)) {
                throw ParleyException.invalid("A salary schedule needs the columns classification, step and hourly rate; the header has: "
                        + String.join(", ", records.get(0)) + ".");
            }
        }
        List<ScheduleRate> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            int row = r + 1;
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                String classification = CsvRecords.cell(fields, index, "classification");
                Integer step = whole(CsvRecords.cell(fields, index, "step"), "step");
                BigDecimal rate = money(CsvRecords.cell(fields, index, "hourly_rate"), "hourly rate");
                if (classification == null || step == null || rate == null) {
                    throw ParleyException.invalid("A schedule row needs a classification, a step and an hourly rate.");
                }
                if (!seen.add(classification.toLowerCase(Locale.ROOT) + "|" + step)) {
                    throw ParleyException.invalid(classification + " step " + step + " appears more than once; the first is kept.");
                }
                rows.add(new ScheduleRate(cut(classification, 200), step, rate));
            } catch (ParleyException e) {
                problems.add(new Problem(row, e.getMessage()));
            }
        }
        return new Parsed<>(rows, problems);
    }

    private static Map<String, Integer> header(List<String> header, List<Problem> problems) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i).strip();
            String column = COLUMNS.get(raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
            if (column == null) {
                if (!raw.isEmpty()) {
                    problems.add(new Problem(1, "Unknown column '" + raw + "' is ignored."));
                }
            } else if (index.putIfAbsent(column, i) != null) {
                problems.add(new Problem(1, "The column '" + raw + "' appears twice; the first one is used."));
            }
        }
        return index;
    }


    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static BigDecimal number(String text, String what) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", "").replace("$", "").strip());
            if (value.signum() < 0) {
                throw ParleyException.invalid("The " + what + " " + text + " is negative.");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ParleyException.invalid("The " + what + " '" + text + "' is not a number.");
        }
    }

    private static BigDecimal money(String text, String what) {
        BigDecimal value = number(text, what);
        if (value != null && value.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
            throw ParleyException.invalid("The " + what + " " + text + " is more than 10,000,000.");
        }
        return value;
    }

    private static Integer whole(String text, String what) {
        BigDecimal value = number(text, what);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(99)) > 0) {
            throw ParleyException.invalid("The " + what + " '" + text + "' is not a whole number up to 99.");
        }
        return value.intValue();
    }

    private static LocalDate date(String text, String what) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ParleyException.invalid("The " + what + " '" + text + "' is not a date; use the form 2026-07-01.");
        }
    }
}
