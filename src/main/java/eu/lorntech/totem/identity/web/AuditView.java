package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.AuditTrail;
import eu.lorntech.totem.identity.boundary.AuditTrail.RevisionRow;
import eu.lorntech.totem.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The audit trail for admins: revisions newest first, and what one of them changed. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private PagedModel<RevisionRow> revisions;
    private RevisionRow selected;
    private List<AuditTrail.Change> changes = List.of();

    @PostConstruct
    void init() {
        AuditTrail boundary = trail;
        revisions = new PagedModel<>(boundary::revisions, RevisionRow::id);
    }

    public void show(RevisionRow row) {
        selected = row;
        changes = trail.changes(row.id());
    }

    public PagedModel<RevisionRow> getRevisions() {
        return revisions;
    }

    public RevisionRow getSelected() {
        return selected;
    }

    public List<AuditTrail.Change> getChanges() {
        return changes;
    }
}
