package org.attache.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: binary input must be reported, never silently turned into U+FFFD. */
final class Utf8Text {

    static final String NOT_TEXT = "not UTF-8 text";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /** The text of {@code length} bytes from {@code offset}, or null if they hold a NUL byte or are not UTF-8. */
    static String decode(byte[] bytes, int offset, int length) {
        if (hasNul(bytes, offset, length)) {
            return null;
        }
        try {
            // newDecoder() reports malformed input instead of replacing it
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether the bytes hold a NUL, which no text file does but almost every binary file does. */
    static boolean hasNul(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} without a leading byte-order mark, which some editors write at the start of a file. */
    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
