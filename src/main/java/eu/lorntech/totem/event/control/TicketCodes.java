package eu.lorntech.totem.event.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The secrets of a registration. A ticket code is 130 random bits in 26 letters and digits without
 * look-alikes (no 0/O, 1/I/L), printed in groups of four so that a door volunteer can type it; the
 * personal token of the cancel and feedback links is 256 random bits.
 */
public final class TicketCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    static final int LENGTH = 26;

    private TicketCodes() {
    }

    /** 26 symbols of an alphabet of 31: log2(31^26) = 128.8 bits, at least 128 as required. */
    public static String newTicketCode() {
        // random bytes in one call (the generator is shared and locked); a byte of 248 or more is dropped so that
        // each of the 31 symbols is as likely as the others (248 = 8 × 31)
        StringBuilder code = new StringBuilder(LENGTH);
        byte[] bytes = new byte[LENGTH + 8];
        while (code.length() < LENGTH) {
            RANDOM.nextBytes(bytes);
            for (int i = 0; i < bytes.length && code.length() < LENGTH; i++) {
                int b = bytes[i] & 0xFF;
                if (b < 248) {
                    code.append(ALPHABET[b % ALPHABET.length]);
                }
            }
        }
        return code.toString();
    }

    public static String newPersonalToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A code as typed at the door or read from a QR code: spaces, dashes and case do not matter. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                s.append(c);
            }
            if (s.length() > 64) {
                break;
            }
        }
        return s.toString();
    }

    /** The code as printed: ABCD-EFGH-… */
    public static String grouped(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(code.charAt(i));
        }
        return s.toString();
    }
}
