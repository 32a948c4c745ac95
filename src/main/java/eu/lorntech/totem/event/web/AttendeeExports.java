package eu.lorntech.totem.event.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.lorntech.totem.event.boundary.Attendees.Row;
import eu.lorntech.totem.event.boundary.Attendees.Scan;
import eu.lorntech.totem.event.control.QrCodes;
import eu.lorntech.totem.event.control.TicketCodes;
import eu.lorntech.totem.platform.i18n.LocalFormats;
import eu.lorntech.totem.platform.i18n.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An event's attendees as files: CSV and Excel (every row; dates as real date cells with the
 * reader's format), badges as PDF (name, organisation, the ticket's QR code; A4 sheets of eight or
 * one label per page), and the door's log as CSV. Headers in the reader's language.
 */
public final class AttendeeExports {

    /** Badges per A4 sheet: two columns of four. */
    public static final int PER_SHEET = 8;

    private final Locale locale;

    public AttendeeExports(Locale locale) {
        this.locale = locale;
    }

    private List<String> headers() {
        return List.of(t("organiser.attendees.name"), t("organiser.attendees.email"), t("organiser.attendees.organisation"),
                t("table.status"), t("organiser.attendees.position"), t("organiser.attendees.registeredAt"),
                t("organiser.attendees.checkedInAt"), t("organiser.checkIn.station"), t("organiser.attendees.source"),
                t("organiser.attendees.ticket"));
    }

    private List<Object> values(Row r) {
        return java.util.Arrays.asList(r.name(), r.email(), r.organisation(), t("organiser.registration." + r.status()), r.waitlistNo(),
                r.registeredAt(), r.checkedInAt(), r.station(), t("organiser.source." + r.source()),
                "CONFIRMED".equals(r.status()) ? TicketCodes.grouped(r.ticket()) : null);
    }

    public byte[] csv(List<Row> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, headers());
        for (Row r : rows) {
            line(out, values(r).stream().map(this::text).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] scansCsv(List<Scan> scans) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of(t("organiser.log.at"), t("organiser.checkIn.station"), t("organiser.attendees.ticket"), t("organiser.log.result"),
                t("organiser.attendees.name")));
        for (Scan s : scans) {
            line(out, List.of(text(s.at()), text(s.station()), text(s.code()), t("organiser.result." + s.result()), text(s.name())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(String title, List<Row> rows) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle when = book.createCellStyle();
            when.setDataFormat(book.createDataFormat().getFormat(excelDateTimePattern(locale)));
            CellStyle whole = book.createCellStyle();
            whole.setDataFormat(book.createDataFormat().getFormat("0"));
            Sheet sheet = book.createSheet(t("organiser.attendees.title"));
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            List<String> headers = headers();
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(2);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(bold);
            }
            int n = 3;
            for (Row r : rows) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(n++);
                List<Object> values = values(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof Instant at) {
                        c.setCellValue(LocalDateTime.ofInstant(at, LocalFormats.PARIS));
                        c.setCellStyle(when);
                    } else if (v instanceof Number num) {
                        c.setCellValue(num.doubleValue());
                        c.setCellStyle(whole);
                    } else {
                        c.setCellValue(String.valueOf(v));
                    }
                }
            }
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, (i == 9 ? 36 : 20) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Badges of the people given (the confirmed, with a ticket): A4 sheets of eight, or one label of 90 × 60 mm per page. */
    public byte[] badges(String title, List<Row> rows, boolean sheets) {
        Rectangle label = new Rectangle(Utilities.millimetersToPoints(90), Utilities.millimetersToPoints(60));
        Document doc = sheets ? new Document(PageSize.A4, 28, 28, 28, 28) : new Document(label, 8, 8, 8, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(locale.toLanguageTag()));
        doc.addTitle(title + " — " + t("organiser.badges"));
        doc.open();
        try {
            if (rows.isEmpty()) {
                doc.add(new Paragraph(t("organiser.badges.none")));
            } else if (sheets) {
                float height = (PageSize.A4.getHeight() - 56) / 4;
                for (int first = 0; first < rows.size(); first += PER_SHEET) {
                    if (first > 0) {
                        doc.newPage();
                    }
                    PdfPTable table = new PdfPTable(2);
                    table.setWidthPercentage(100);
                    for (int i = first; i < first + PER_SHEET; i++) {
                        PdfPCell cell = i < rows.size() ? badge(title, rows.get(i)) : new PdfPCell();
                        cell.setFixedHeight(height);
                        table.addCell(cell);
                    }
                    doc.add(table);
                }
            } else {
                for (int i = 0; i < rows.size(); i++) {
                    if (i > 0) {
                        doc.newPage();
                    }
                    PdfPTable table = new PdfPTable(1);
                    table.setWidthPercentage(100);
                    PdfPCell cell = badge(title, rows.get(i));
                    cell.setFixedHeight(label.getHeight() - 16);
                    cell.setBorder(Rectangle.NO_BORDER);
                    table.addCell(cell);
                    doc.add(table);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        doc.close();
        return out.toByteArray();
    }

    private PdfPCell badge(String title, Row r) throws IOException {
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font name = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font org = FontFactory.getFont(FontFactory.HELVETICA, 10);
        PdfPTable inner = new PdfPTable(new float[] {3, 2});
        inner.setWidthPercentage(100);
        PdfPCell words = new PdfPCell();
        words.setBorder(Rectangle.NO_BORDER);
        words.addElement(new Paragraph(title, small));
        Paragraph who = new Paragraph(r.name(), name);
        who.setSpacingBefore(6);
        words.addElement(who);
        if (r.organisation() != null) {
            words.addElement(new Paragraph(r.organisation(), org));
        }
        inner.addCell(words);
        Image qr = Image.getInstance(QrCodes.png(r.ticket(), 240));
        qr.scaleToFit(80, 80);
        PdfPCell code = new PdfPCell(qr, false);
        code.setBorder(Rectangle.NO_BORDER);
        code.setHorizontalAlignment(Element.ALIGN_RIGHT);
        inner.addCell(code);
        PdfPCell cell = new PdfPCell(inner);
        cell.setPadding(8);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Instant at) {
            return LocalFormats.dateTime(at, locale);
        }
        return String.valueOf(v);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            // a cell starting with = + - @ would be a formula in a spreadsheet: quoted and prefixed
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            out.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    /** The reader's date pattern and a 24-hour time as an Excel number format (dd.mm.yyyy hh:mm), separators quoted. */
    static String excelDateTimePattern(Locale locale) {
        StringBuilder excel = new StringBuilder();
        for (char c : LocalFormats.datePattern(locale).toCharArray()) {
            if (c == 'M') {
                excel.append('m');
            } else if (Character.isLetter(c)) {
                excel.append(c);
            } else {
                excel.append('\\').append(c);
            }
        }
        return excel.append(" hh:mm").toString();
    }

    private String t(String key) {
        return Texts.get(locale, key);
    }
}
