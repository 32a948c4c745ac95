package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * An uploaded file (a pitch deck): a PDF of at most 10 MiB. "PDF" is judged by the content, which
 * must start with {@code %PDF-}, not by the name or the type the browser claims.
 */
@Entity
@Table(name = "document")
public class Document {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String PDF = "application/pdf";
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Document() {
    }

    /** A PDF, or a refusal: empty, over 10 MiB, or not starting with the PDF signature. */
    public static Document pdf(String fileName, byte[] content, Long uploadedBy, Instant now) {
        if (content == null || content.length == 0) {
            throw Refusal.invalid("document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw Refusal.invalid("document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (content.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(content, MAGIC.length), MAGIC)) {
            throw Refusal.invalid("document.notPdf");
        }
        Document d = new Document();
        d.fileName = safeName(fileName);
        d.contentType = PDF;
        d.size = content.length;
        d.content = content.clone();
        d.uploadedBy = uploadedBy;
        d.uploadedAt = now;
        return d;
    }

    /** The name without any path a browser may send, nor characters that would break a download header. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document.pdf";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content == null ? null : content.clone();
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
