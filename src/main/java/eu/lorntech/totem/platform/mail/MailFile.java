package eu.lorntech.totem.platform.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.util.function.Function;

/**
 * A file of a mail of the outbox: its content stored with the mail (a retried delivery sends the very
 * same file), or the name of the {@link MailFileMaker} that makes it at sending and its argument (V17).
 */
@Embeddable
public class MailFile {

    private String name;

    @Column(name = "content_type")
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "made_by")
    private String madeBy;

    @Column(name = "made_from")
    private String madeFrom;

    protected MailFile() {
    }

    MailFile(MailAttachment file) {
        this.name = file.name();
        this.contentType = file.contentType();
        this.content = file.content();
        this.madeBy = file.maker();
        this.madeFrom = file.argument();
    }

    /** The file as it is sent: its stored content, or the content its maker ({@code makers} by name) makes now. */
    MailAttachment attachment(Function<String, MailFileMaker> makers) {
        if (madeBy == null) {
            return new MailAttachment(name, contentType, content);
        }
        return new MailAttachment(name, contentType, makers.apply(madeBy).make(madeFrom));
    }
}
