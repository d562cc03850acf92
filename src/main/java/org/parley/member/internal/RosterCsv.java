package org.parley.member.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.member.RosterImport.Problem;
import org.parley.member.RosterStatus;
import org.parley.platform.CsvRecords;
import org.parley.platform.ParleyException;

/**
 * Reads a roster CSV (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside
 * quotes) into rows, matching headers case-insensitively with their usual variants ("Member ID",
 * member_id, memberId), and reports what is wrong per row. Rows with a problem are left out.
 */
final class RosterCsv {

    /**
     * A roster may hold at most this many rows and this many bytes: a bargaining unit of tens of
     * thousands fits, and a file far beyond it is refused before it is read into rows, so that one
     * upload cannot hold the server's memory or a request thread for long.
     */
    static final int MAX_ROWS = 100_000;
    static final int MAX_CHARS = 20 * 1024 * 1024;
    /** Rows with problems are listed one by one up to this many; the rest are counted in one line. */
    static final int MAX_LISTED_PROBLEMS = 300;

    static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

    /** A row as it will be stored. */
    record Row(int row, String memberId, String name, String email, String mobile, String classification,
               String worksite, String unit, RosterStatus status) {
    }

    record Parsed(List<Row> rows, List<Problem> problems) {
    }

    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        for (String alias : List.of("memberid", "memberno", "membernumber", "member", "id")) {
            COLUMNS.put(alias, "member_id");
        }
        for (String alias : List.of("name", "fullname", "membername")) {
            COLUMNS.put(alias, "name");
        }
        for (String alias : List.of("firstname", "first", "givenname")) {
            COLUMNS.put(alias, "first_name");
        }
        for (String alias : List.of("lastname", "last", "surname", "familyname")) {
            COLUMNS.put(alias, "last_name");
        }
        for (String alias : List.of("email", "emailaddress", "mail")) {
            COLUMNS.put(alias, "email");
        }
        for (String alias : List.of("mobile", "mobilephone", "cell", "cellphone", "phone", "mobilenumber")) {
            COLUMNS.put(alias, "mobile");
        }
        for (String alias : List.of("classification", "jobclassification", "jobtitle", "title", "job")) {
            COLUMNS.put(alias, "classification");
        }
        for (String alias : List.of("worksite", "site", "location", "workplace")) {
            COLUMNS.put(alias, "worksite");
        }
        for (String alias : List.of("unit", "bargainingunit")) {
            COLUMNS.put(alias, "unit");
        }
        for (String alias : List.of("status", "memberstatus")) {
            COLUMNS.put(alias, "status");
        }
    }

    private RosterCsv() {
    }

    static Parsed parse(String csv) {
        List<List<String>> records = records(ParleyException.requireText(csv, "The roster file"));
        Parsed parsed = parseRecords(records);
        if (parsed.problems().size() <= MAX_LISTED_PROBLEMS) {
            return parsed;
        }
        List<Problem> listed = new ArrayList<>(parsed.problems().subList(0, MAX_LISTED_PROBLEMS));
        listed.add(new Problem(0, "… and " + (parsed.problems().size() - MAX_LISTED_PROBLEMS)
                + " more rows with problems, not listed (they were left out as well)."));
        return new Parsed(parsed.rows(), listed);
    }

    private static Parsed parseRecords(List<List<String>> records) {
        List<Problem> problems = new ArrayList<>();
        List<String> header = records.get(0);
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
        if (!index.containsKey("member_id")) {
            throw ParleyException.invalid("The roster needs a member ID column (e.g. \"Member ID\"); the header has: "
                    + String.join(", ", header) + ".");
        }
        if (!index.containsKey("name") && !index.containsKey("first_name") && !index.containsKey("last_name")) {
            throw ParleyException.invalid("The roster needs a name column (\"name\", or \"first_name\" and \"last_name\").");
        }
        List<Row> rows = new ArrayList<>(records.size());
        Set<String> seen = new HashSet<>(records.size() * 2);
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            int rowNumber = r + 1;
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            String memberId = CsvRecords.cell(fields, index, "member_id");
            String name = CsvRecords.cell(fields, index, "name");
            if (name == null) {
                String first = CsvRecords.cell(fields, index, "first_name");
                String last = CsvRecords.cell(fields, index, "last_name");
                name = first == null ? last : last == null ? first : first + " " + last;
            }
            String email = CsvRecords.cell(fields, index, "email");
            String status = CsvRecords.cell(fields, index, "status");
            if (memberId == null) {
                problems.add(new Problem(rowNumber, "The member ID is missing."));
                continue;
            }
            if (memberId.length() > 80) {
                problems.add(new Problem(rowNumber, "The member ID '" + memberId.substring(0, 20) + "…' is longer than 80 characters."));
                continue;
            }
            if (!seen.add(memberId)) {
                problems.add(new Problem(rowNumber, "The member ID " + memberId + " appears more than once; only its first row is imported."));
                continue;
            }
            if (name == null) {
                problems.add(new Problem(rowNumber, "Member " + memberId + " has no name."));
                continue;
            }
            if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
                problems.add(new Problem(rowNumber, "'" + email + "' is not an e-mail address (member " + memberId + ")."));
                continue;
            }
            RosterStatus rosterStatus;
            if (status == null || status.equalsIgnoreCase("active") || status.equalsIgnoreCase("a")) {
                rosterStatus = RosterStatus.ACTIVE;
            } else if (status.equalsIgnoreCase("inactive") || status.equalsIgnoreCase("i")) {
                rosterStatus = RosterStatus.INACTIVE;
            } else {
                problems.add(new Problem(rowNumber, "The status '" + status + "' of member " + memberId + " is neither active nor inactive."));
                continue;
            }
            rows.add(new Row(rowNumber, memberId, cut(name, 200), email, cut(CsvRecords.cell(fields, index, "mobile"), 50),
                    cut(CsvRecords.cell(fields, index, "classification"), 200), cut(CsvRecords.cell(fields, index, "worksite"), 200),
                    cut(CsvRecords.cell(fields, index, "unit"), 200), rosterStatus));
        }
        return new Parsed(rows, problems);
    }

    static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }


    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    static List<List<String>> records(String text) {
        if (text.length() > MAX_CHARS) {
            throw ParleyException.invalid("The roster file is " + text.length() / (1024 * 1024) + " MB; rosters up to "
                    + MAX_CHARS / (1024 * 1024) + " MB (" + String.format("%,d", MAX_ROWS) + " members) can be imported.");
        }
        List<List<String>> records = org.parley.platform.CsvRecords.parse(text, "The roster file");
        if (records.size() > MAX_ROWS + 1) {
            throw ParleyException.invalid("The roster file has more than " + String.format("%,d", MAX_ROWS)
                    + " rows; Parley imports rosters of up to " + String.format("%,d", MAX_ROWS)
                    + " members. Split the file by bargaining unit.");
        }
        return records;
    }
}
