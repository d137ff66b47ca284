package org.attache.store.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of texts over word 5-grams (shingles), to find syndicated copies: the same
 * agency story republished with another headline, a changed byline or a trimmed last paragraph.
 * Two texts' signatures agree in a share of their {@value #HASHES} positions that estimates the
 * Jaccard similarity of their shingle sets; {@link #bands} cuts a signature into {@value #BANDS}
 * bands of {@value #ROWS} so that a store finds candidates by equal bands (locality-sensitive
 * hashing) instead of comparing every pair: a pair of similarity 0.8 shares a band with
 * probability 1 - (1 - 0.8^4)^16 &gt; 0.999, a pair of 0.3 with probability 0.12.
 *
 * <p>Words are maximal runs of letters and digits, lower-cased with {@link Locale#ROOT}, so
 * punctuation, spacing and case do not matter. A text of fewer than five words has no shingles
 * and no signature: it cannot be called a copy of anything.
 *
 * <p>Thread-safety: stateless.
 */
public final class MinHash {

    public static final int HASHES = 64;
    public static final int BANDS = 16;
    public static final int ROWS = HASHES / BANDS;
    public static final int SHINGLE_WORDS = 5;

    /** Estimated Jaccard similarity from which a document counts as a copy of another. */
    public static final double COPY_THRESHOLD = 0.8;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long state = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private MinHash() {
    }

    /** The signature of {@code text}, or null if it has fewer than five words. */
    public static int[] signature(String text) {
        List<String> words = words(text);
        if (words.size() < SHINGLE_WORDS) {
            return null;
        }
        int[] signature = new int[HASHES];
        Arrays.fill(signature, -1); // unsigned maximum
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            long shingle = fnv(words.subList(i, i + SHINGLE_WORDS));
            for (int h = 0; h < HASHES; h++) {
                int value = (int) mix(shingle ^ SEEDS[h]);
                if (Integer.compareUnsigned(value, signature[h]) < 0) {
                    signature[h] = value;
                }
            }
        }
        return signature;
    }

    /** The band hashes of a signature: documents sharing one are candidates for a comparison. */
    public static long[] bands(int[] signature) {
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ (signature[b * ROWS + r] & 0xFFFFFFFFL));
            }
            bands[b] = h;
        }
        return bands;
    }

    /** The share of positions in which two signatures agree: an estimate of Jaccard similarity. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    public static byte[] toBytes(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int v : signature) {
            buffer.putInt(v);
        }
        return buffer.array();
    }

    public static int[] fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = buffer.getInt();
        }
        return signature;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    private static long fnv(List<String> words) {
        long h = 0xcbf29ce484222325L;
        for (String w : words) {
            for (byte b : w.getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xFF)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 finaliser: a fast 64-bit mixer with good avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
