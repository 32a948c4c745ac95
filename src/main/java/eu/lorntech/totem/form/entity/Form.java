package eu.lorntech.totem.form.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A form: its questions ({@link Question}, by {@code formId}) are asked in their order; each respondent's answers make a {@link Response}. */
@Entity
@Table(name = "form")
public class Form {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private FormPurpose purpose;

    protected Form() {
    }

    public Form(FormPurpose purpose) {
        this.purpose = java.util.Objects.requireNonNull(purpose);
    }

    public Long getId() {
        return id;
    }

    public FormPurpose getPurpose() {
        return purpose;
    }
}
