package eu.lorntech.totem.form.entity;

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
 * An uploaded file of at most 10 MiB: a form's PDF answer (a pitch deck) or a file of any type (a milestone's evidence).
 * For a pitch deck, "PDF" is judged by the content,
 * which must start with {@code %PDF-}, not by the name or the type the browser claims.
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
        return new Document(safeName(fileName, "document.pdf"), PDF, content, uploadedBy, now);
    }

    /** A milestone's evidence, of any type, or a refusal: empty or over 10 MiB. */
    public static Document evidence(String fileName, String contentType, byte[] content, Long uploadedBy, Instant now) {
        if (content == null || content.length == 0) {
            throw Refusal.invalid("evidence.empty");
        }
        if (content.length > MAX_BYTES) {
            throw Refusal.invalid("evidence.tooLarge");
        }
        String type = contentType == null || contentType.isBlank() || contentType.length() > 100 ? "application/octet-stream" : contentType;
        return new Document(safeName(fileName, "evidence"), type, content, uploadedBy, now);
    }

    private Document(String fileName, String contentType, byte[] content, Long uploadedBy, Instant now) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /** The name without any path a browser may send, nor characters that would break a download header. */
    static String safeName(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = fallback;
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
