package org.attache.codebook;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One CAMEO event code with its description, its Goldstein weight and its quad class.
 *
 * <p>Codes are strings, never numbers: {@code "010"} (make a statement) and {@code "10"} (demand)
 * are different codes. A code of two digits is a root, three digits a base code, four digits a
 * sub-code; the digits before are its ancestors.
 *
 * @param code 2 to 4 ASCII digits
 * @param name a short English description, not blank
 * @param goldstein the weight on the Goldstein conflict-cooperation scale, -10 to +10
 * @param quadClass the quad class of the code's root
 */
public record CameoCode(String code, String name, double goldstein, QuadClass quadClass) {

    private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");

    public CameoCode {
        Objects.requireNonNull(code, "code");
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("code must be 2 to 4 digits, was '" + code + "'");
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name of code " + code + " must not be blank");
        }
        // Written as a negated range test so that NaN is rejected too.
        if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
            throw new IllegalArgumentException(
                    "goldstein of code " + code + " must be within -10..10, was " + goldstein);
        }
        Objects.requireNonNull(quadClass, "quadClass");
    }

    /** Whether {@code code} has the shape of a CAMEO event code (2 to 4 digits); says nothing of its existence. */
    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The two-digit root, e.g. {@code "02"} for {@code "0214"}. */
    public String root() {
        return code.substring(0, 2);
    }

    /** The three-digit base code, e.g. {@code "021"} for {@code "0214"}; a root or base code is its own base. */
    public String base() {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }

    /** Whether this is one of the twenty root codes. */
    public boolean isRoot() {
        return code.length() == 2;
    }
}
