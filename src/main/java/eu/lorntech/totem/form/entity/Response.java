package eu.lorntech.totem.form.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One respondent's answers ({@link Answer}) to a form: an application to a call, a registration to
 * an event. Whoever owns it (the application, the registration) decides until when it may change.
 */
@Entity
@Table(name = "form_response")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id")
    private Form form;

    protected Response() {
    }

    public Response(Form form) {
        this.form = java.util.Objects.requireNonNull(form);
    }

    public Long getId() {
        return id;
    }

    public Form getForm() {
        return form;
    }

    /** Whether {@code question} is one of this response's form. */
    public boolean answers(Question question) {
        Form asked = question.getForm();
        return asked == form || asked.getId() != null && asked.getId().equals(form.getId());
    }
}
