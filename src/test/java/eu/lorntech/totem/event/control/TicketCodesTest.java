package eu.lorntech.totem.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TicketCodesTest {

    @Test
    void aTicketCodeCarriesAtLeast128BitsAndIsNeverRepeatedInPractice() {
        String code = TicketCodes.newTicketCode();
        assertEquals(26, code.length());
        assertTrue(26 * Math.log(31) / Math.log(2) >= 128, "26 symbols of 31 carry at least 128 bits");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(TicketCodes.newTicketCode()));
        }
        assertTrue(TicketCodes.newPersonalToken().length() >= 43, "256 bits in base64url");
    }

    /**
     * Every symbol as likely as the others: a byte taken modulo 31 without dropping the bytes from 248
     * up would make the first eight symbols 12.5 % more frequent, far outside the 5 % allowed here (the
     * expected count is about 16,800 per symbol, its standard deviation about 130).
     */
    @Test
    void everySymbolOfTheAlphabetIsEquallyLikely() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        int[] counts = new int[alphabet.length()];
        int codes = 20_000;
        for (int i = 0; i < codes; i++) {
            for (char c : TicketCodes.newTicketCode().toCharArray()) {
                int at = alphabet.indexOf(c);
                assertTrue(at >= 0, "only symbols of the alphabet: " + c);
                counts[at]++;
            }
        }
        double expected = codes * 26.0 / alphabet.length();
        for (int i = 0; i < counts.length; i++) {
            assertTrue(Math.abs(counts[i] - expected) < expected * 0.05, alphabet.charAt(i) + " seen " + counts[i] + " times, expected about "
                    + Math.round(expected));
        }
    }

    @Test
    void aCodeTypedAtTheDoorIsReadWhateverItsCaseSpacesAndDashes() {
        String code = TicketCodes.newTicketCode();
        assertEquals(code, TicketCodes.normalise(" " + TicketCodes.grouped(code).toLowerCase() + " "));
    }

    @Test
    void theQrCodeDecodesToTheTicketCodeAlone() throws Exception {
        String code = TicketCodes.newTicketCode();
        var image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(code, 300)));
        org.junit.jupiter.api.Assertions.assertTrue(image.getWidth() >= 300 && image.getWidth() == image.getHeight(), "a square of 300 px or more");
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        assertEquals(code, read);
    }
}
