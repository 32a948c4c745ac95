package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.talent.boundary.Pathways;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A candidate's page: who, from which school and action, where they are, their history, and a move with a note. */
@Named
@ViewScoped
public class CandidateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Pathways pathways;

    private Long id;
    private Pathways.File file;
    private String target;
    private String note;

    /** Called by the view action, after the view parameter. */
    public void load() {
        file = pathways.file(id);
    }

    public void move() {
        if (target == null || target.isBlank()) {
            FacesMessages.error("talent.move.chooseStage", file.name());
            return;
        }
        try {
            pathways.move(file.id(), file.stage(), target, note);
            FacesMessages.info("talent.movedWithHistory", file.name());
            target = null;
            note = null;
        } finally {
            // refused or not, the page shows the candidate as they are now (another manager may have moved them)
            file = pathways.file(id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Pathways.File getFile() {
        return file;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
