package org.parley.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads CSV text (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes), for every import. */
public final class CsvRecords {

    private CsvRecords() {
    }

    /**
     * RFC 4180 records; a byte-order mark and CRLF or LF line ends are accepted.
     *
     * @param what the file as the person knows it, e.g. "The roster file", for the messages
     */
    public static List<List<String>> parse(String text, String what) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw ParleyException.invalid(what + " ends inside a quoted field: a closing \" is missing.");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        if (records.isEmpty()) {
            throw ParleyException.invalid(what + " is empty.");
        }
        return records;
    }

    /** A record's value in the named column, stripped; null where the column is absent or the value blank. */
    public static String cell(List<String> record, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= record.size()) {
            return null;
        }
        String value = record.get(i).strip();
        return value.isEmpty() ? null : value;
    }
}
