package eu.lorntech.totem.platform.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

/** A file stored with a mail of the outbox, so that a retried delivery sends the very same file. */
@Embeddable
public class MailFile {

    private String name;

    @Column(name = "content_type")
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected MailFile() {
    }

    MailFile(MailAttachment file) {
        this.name = file.name();
        this.contentType = file.contentType();
        this.content = file.content();
    }

    MailAttachment attachment() {
        return new MailAttachment(name, contentType, content);
    }
}
