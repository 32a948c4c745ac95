package eu.lorntech.totem.event.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A ticket's QR code as a PNG image (ZXing). It carries the ticket code only, nothing about the person.
 * ZXing encodes the modules; the image is painted here row by row into a 1-bit raster, each module a
 * square of whole pixels: ZXing's own {@code MatrixToImageWriter} sets every pixel through the colour
 * model, which the events benchmark measured as the largest cost of a registration.
 */
public final class QrCodes {

    private static final int MARGIN = 2;

    private QrCodes() {
    }

    /** A square PNG of at least {@code size} pixels wide when the code allows it (whole pixels per module). */
    public static byte[] png(String content, int size) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, MARGIN));
            int count = modules.getWidth();
            int scale = Math.max(1, (size + count - 1) / count);
            int width = count * scale;
            BufferedImage image = new BufferedImage(width, width, BufferedImage.TYPE_BYTE_BINARY);
            WritableRaster raster = image.getRaster();
            int[] line = new int[width];
            for (int y = 0; y < count; y++) {
                for (int x = 0; x < count; x++) {
                    // sample 1 is white in the binary colour model, 0 black
                    Arrays.fill(line, x * scale, (x + 1) * scale, modules.get(x, y) ? 0 : 1);
                }
                for (int row = y * scale; row < (y + 1) * scale; row++) {
                    raster.setPixels(0, row, width, 1, line);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("not encodable as a QR code: " + content.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
