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
import java.time.Instant;

/** A file attached to a milestone as its evidence (a PDF, an image or an office document, 10 MB at most). */
@Entity
@Table(name = "evidence")
public class Evidence {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Evidence() {
    }

    public Evidence(String fileName, String contentType, byte[] content, Long uploadedBy, Instant now) {
        if (content == null || content.length == 0) {
            throw Refusal.invalid("evidence.empty");
        }
        if (content.length > MAX_BYTES) {
            throw Refusal.invalid("evidence.tooLarge");
        }
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        this.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        this.contentType = contentType == null || contentType.isBlank() || contentType.length() > 100
                ? "application/octet-stream" : contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
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

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
