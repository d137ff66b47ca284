package org.attache.codebook;

/**
 * The four quad classes that group CAMEO event codes by kind of interaction: roots 01-05 are
 * verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict and 14-20 material conflict.
 * Each class carries its conventional number (1-4), the form used in GDELT-style files.
 *
 * <p>Thread-safety: immutable enum constants, safe to share.
 */
public enum QuadClass {
    VERBAL_COOPERATION(1, "verbal cooperation"),
    MATERIAL_COOPERATION(2, "material cooperation"),
    VERBAL_CONFLICT(3, "verbal conflict"),
    MATERIAL_CONFLICT(4, "material conflict");

    private final int number;
    private final String label;

    QuadClass(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The conventional number of this class, 1 to 4. */
    public int number() {
        return number;
    }

    /** True for the two classes of cooperation, verbal and material. */
    public boolean isCooperation() {
        return this == VERBAL_COOPERATION || this == MATERIAL_COOPERATION;
    }

    /** A lower-case English label, e.g. {@code "verbal conflict"}. */
    public String label() {
        return label;
    }

    /**
     * The class with the given conventional number.
     *
     * @throws IllegalArgumentException if {@code number} is not 1 to 4
     */
    public static QuadClass ofNumber(int number) {
        for (QuadClass quad : values()) {
            if (quad.number == number) {
                return quad;
            }
        }
        throw new IllegalArgumentException("quad class number must be 1 to 4, was " + number);
    }
}
