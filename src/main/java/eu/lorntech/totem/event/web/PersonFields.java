package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.entity.Registration.Person;
import java.io.Serializable;

/**
 * The name, e-mail and organisation of one person as a form holds them: a registrant, a colleague
 * of theirs, someone an organiser adds by hand, a walk-in at the door.
 */
public class PersonFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String email;
    private String organisation;

    public Person person() {
        return new Person(name, email, organisation);
    }

    /** Nobody: every field left empty (a colleague's row not used). */
    public boolean isEmpty() {
        return blank(name) && blank(email) && blank(organisation);
    }

    /** Empties the fields for the next person. */
    public void clear() {
        name = null;
        email = null;
        organisation = null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
