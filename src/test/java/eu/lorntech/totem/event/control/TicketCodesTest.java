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
