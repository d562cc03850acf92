package org.parley.contract.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.parley.contract.Redline;

/**
 * The answer of {@code POST /api/redline}, {@code {"runs": [{"type": "EQUAL", "text": "…"}, …]}},
 * written as UTF-8 straight from the ranges of the two texts the redline hands over: no run's text
 * is copied into a string first, and the whole answer goes out in one write with its length, which
 * for two whole agreements (a megabyte or more of runs) takes a fraction of the time a general JSON
 * serialiser does. Strings are escaped as JSON requires (quotes, backslashes, control characters;
 * a lone surrogate as {@code \\uXXXX}); everything else is written as it is.
 */
final class RedlineJson implements Redline.RunWriter {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII character: 0 written as it is, else the letter after the backslash ('u' for \\u00XX). */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 'u';
        }
        ESCAPE['\n'] = 'n';
        ESCAPE['\t'] = 't';
        ESCAPE['\r'] = 'r';
        ESCAPE['\b'] = 'b';
        ESCAPE['\f'] = 'f';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
    }

    /** What opens each run, by type, after the first: {@code ,{"type":"EQUAL","text":"}. */
    private static final byte[][] OPENINGS = new byte[Redline.RunType.values().length][];
    private static final byte[] CLOSING = "\"}".getBytes(StandardCharsets.US_ASCII);

    static {
        for (Redline.RunType type : Redline.RunType.values()) {
            OPENINGS[type.ordinal()] = (",{\"type\":\"" + type.name() + "\",\"text\":\"").getBytes(StandardCharsets.US_ASCII);
        }
    }

    private byte[] bytes;
    private int size;
    private boolean first = true;

    private RedlineJson(int capacity) {
        bytes = new byte[capacity];
    }

    /** The redline of the two texts as the API's JSON answer. */
    static byte[] redline(String oldText, String newText) {
        int length = (oldText == null ? 0 : oldText.length()) + (newText == null ? 0 : newText.length());
        // room for both texts and the runs' framing, so that the answer for two agreements is not copied as it grows
        RedlineJson json = new RedlineJson(Math.max(256, length + length / 2));
        json.ascii("{\"runs\":[");
        try {
            Redline.between(oldText, newText, json);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e); // never: nothing here does input or output
        }
        json.ascii("]}");
        return Arrays.copyOf(json.bytes, json.size);
    }

    @Override
    public void run(Redline.RunType type, String text, int from, int to) {
        byte[] opening = OPENINGS[type.ordinal()];
        int skip = first ? 1 : 0; // no comma before the first run
        first = false;
        ensure(opening.length);
        System.arraycopy(opening, skip, bytes, size, opening.length - skip);
        size += opening.length - skip;
        string(text, from, to);
        ensure(CLOSING.length);
        System.arraycopy(CLOSING, 0, bytes, size, CLOSING.length);
        size += CLOSING.length;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private void string(String text, int from, int to) {
        ensure(to - from); // most characters are one byte: room for them, more as needed
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && ESCAPE[c] == 0) {
                if (size == bytes.length) {
                    ensure(to - i);
                }
                bytes[size++] = (byte) c;
                continue;
            }
            ensure(12);
            if (c < 0x80) {
                bytes[size++] = '\\';
                bytes[size++] = ESCAPE[c];
                if (ESCAPE[c] == 'u') {
                    unicodeDigits(c);
                }
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                bytes[size++] = (byte) (0xF0 | code >> 18);
                bytes[size++] = (byte) (0x80 | code >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | code >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | code & 0x3F);
            } else if (Character.isSurrogate(c)) {
                bytes[size++] = '\\';
                bytes[size++] = 'u';
                unicodeDigits(c);
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    private void unicodeDigits(char c) {
        bytes[size++] = HEX[c >> 12];
        bytes[size++] = HEX[c >> 8 & 0xF];
        bytes[size++] = HEX[c >> 4 & 0xF];
        bytes[size++] = HEX[c & 0xF];
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }
}
