package eu.lorntech.totem.programme.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.lorntech.totem.platform.i18n.LocalFormats;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.programme.boundary.ProgrammeDashboard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The programme dashboard as public funders ask for it: an Excel workbook (one sheet per table;
 * dates, counts, shares and amounts as real cells with a format) and a PDF, with the same tables,
 * headed and written in the reader's language (02.12.2026, 12.500 €, 75 %).
 */
final class FundersReport {

    private final ProgrammeDashboard.Figures figures;
    private final Locale locale;

    FundersReport(ProgrammeDashboard.Figures figures, Locale locale) {
        this.figures = figures;
        this.locale = locale;
    }

    /** A table: a title, headers and rows of cells (String, LocalDate, Share, BigDecimal euros or a whole Number). */
    record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    /** A share of a whole (0.75), shown as a percentage. */
    record Share(double value) {
    }

    List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        List<List<Object>> cohorts = new ArrayList<>();
        for (ProgrammeDashboard.CohortFigures c : figures.cohorts()) {
            cohorts.add(List.of(c.cohortName(), c.startsOn(), c.endsOn(), c.startups(), c.milestonesDone(),
                    c.milestonesLate(), c.milestonesDue(), new Share(c.donePercent() / 100.0), c.reported(), c.notReported()));
        }
        tables.add(new Table(t("pdash.cohorts"), List.of(t("cohorts.name"), t("cohorts.startsOn"), t("cohorts.endsOn"), t("cohorts.startups"),
                t("pdash.done"), t("pdash.late"), t("pdash.due"), t("pdash.donePercent"), t("pdash.reported", figures.lastQuarter()),
                t("pdash.notReported", figures.lastQuarter())), cohorts));
        List<List<Object>> trend = new ArrayList<>();
        for (ProgrammeDashboard.QuarterFigures q : figures.trend()) {
            trend.add(List.of(q.quarter(), q.reports(), q.revenue(), q.jobs(), q.fundsRaised(), q.customers()));
        }
        tables.add(new Table(t("pdash.trend"), List.of(t("startup.quarter"), t("pdash.reports"), t("startup.revenue"), t("startup.jobs"),
                t("startup.funds"), t("startup.customers")), trend));
        List<List<Object>> missing = new ArrayList<>();
        for (ProgrammeDashboard.NotReported n : figures.notReported()) {
            missing.add(List.of(n.startupName(), n.cohortName()));
        }
        tables.add(new Table(t("pdash.notReported", figures.lastQuarter()), List.of(t("mentoring.startup"), t("cohorts.name")), missing));
        return tables;
    }

    byte[] xlsx() {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            org.apache.poi.ss.usermodel.DataFormat formats = book.createDataFormat();
            CellStyle money = book.createCellStyle();
            money.setDataFormat(formats.getFormat("#,##0 \"€\""));
            CellStyle whole = book.createCellStyle();
            whole.setDataFormat(formats.getFormat("0"));
            CellStyle share = book.createCellStyle();
            share.setDataFormat(formats.getFormat("0%"));
            CellStyle day = book.createCellStyle();
            day.setDataFormat(formats.getFormat(excelDatePattern(locale)));
            int n = 0;
            for (Table table : tables()) {
                Sheet sheet = book.createSheet(safeSheetName(++n + " " + table.title()));
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue(figures.programmeName() + " — " + table.title());
                title.getCell(0).setCellStyle(bold);
                Row header = sheet.createRow(2);
                for (int i = 0; i < table.headers().size(); i++) {
                    Cell c = header.createCell(i);
                    c.setCellValue(table.headers().get(i));
                    c.setCellStyle(bold);
                }
                int r = 3;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        Cell c = row.createCell(i);
                        if (v instanceof BigDecimal b) {
                            c.setCellValue(b.doubleValue());
                            c.setCellStyle(money);
                        } else if (v instanceof Number num) {
                            c.setCellValue(num.doubleValue());
                            c.setCellStyle(whole);
                        } else if (v instanceof Share sh) {
                            c.setCellValue(sh.value());
                            c.setCellStyle(share);
                        } else if (v instanceof LocalDate d) {
                            c.setCellValue(d);
                            c.setCellStyle(day);
                        } else {
                            c.setCellValue(String.valueOf(v));
                        }
                    }
                }
                for (int i = 0; i < table.headers().size(); i++) {
                    sheet.setColumnWidth(i, 18 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(locale.toLanguageTag()));
        doc.addTitle(figures.programmeName() + " — " + t("pdash.title"));
        doc.open();
        Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        doc.add(new Paragraph(figures.programmeName() + " — " + t("pdash.title"), h1));
        doc.add(new Paragraph(t("pdash.lastQuarter", figures.lastQuarter()), body));
        for (Table table : tables()) {
            Paragraph title = new Paragraph(table.title(), h2);
            title.setSpacingBefore(14);
            title.setSpacingAfter(6);
            doc.add(title);
            PdfPTable pdf = new PdfPTable(table.headers().size());
            pdf.setWidthPercentage(100);
            pdf.setHeaderRows(1);
            for (String h : table.headers()) {
                pdf.addCell(new PdfPCell(new Phrase(h, bold)));
            }
            for (List<Object> values : table.rows()) {
                for (Object v : values) {
                    PdfPCell cell = new PdfPCell(new Phrase(text(v), body));
                    if (!(v instanceof String)) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    pdf.addCell(cell);
                }
            }
            if (table.rows().isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase("—", body));
                none.setColspan(table.headers().size());
                pdf.addCell(none);
            }
            doc.add(pdf);
        }
        doc.close();
        return out.toByteArray();
    }

    /** A cell as the reader writes it. */
    String text(Object v) {
        if (v instanceof BigDecimal b) {
            return LocalFormats.euros(b, locale);
        } else if (v instanceof Number n) {
            return LocalFormats.number(n, 0, locale);
        } else if (v instanceof Share sh) {
            return LocalFormats.percent(sh.value(), locale);
        } else if (v instanceof LocalDate d) {
            return LocalFormats.date(d, locale);
        }
        return String.valueOf(v);
    }

    /** The reader's date pattern as an Excel number format (dd.mm.yyyy), its separators quoted so Excel keeps them. */
    static String excelDatePattern(Locale locale) {
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
        return excel.toString();
    }

    private String t(String key, Object... args) {
        return Texts.get(locale, key, args);
    }

    /** Excel sheet names: 31 characters at most, none of []:*?/\ . */
    static String safeSheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
