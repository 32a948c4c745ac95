package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.coworking.boundary.ResourceSummary;
import eu.lorntech.totem.coworking.boundary.Resources;
import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import eu.lorntech.totem.coworking.entity.ResourceKind;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The site's resources: creating one, changing its rules, retiring it. */
@Named
@ViewScoped
public class ResourcesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ResourceKind[] KINDS = ResourceKind.values();

    @Inject
    SpaceDesk desk;

    @Inject
    SpaceManagement management;

    @Inject
    Resources resources;

    private List<ResourceSummary> siteResources = List.of();
    /** The resource whose form is open for changes; null when the form creates one. */
    private Long editingId;
    private String name;
    private ResourceKind kind;
    private int capacity;
    private int minMinutes;
    private int maxMinutes;
    private int bufferMinutes;
    private boolean badge;

    @PostConstruct
    void init() {
        cancelEdit();
        if (desk.isManager()) {
            load();
        }
    }

    private void load() {
        siteResources = resources.of(desk.siteId(), null, null, null);
    }

    /** Creates a resource, or saves the changes of the one being edited. */
    public void save() {
        if (editingId != null) {
            management.updateResource(editingId, name, capacity, minMinutes, maxMinutes, bufferMinutes, badge);
            FacesMessages.info("resource.updated");
            cancelEdit();
        } else {
            management.createResource(desk.siteId(), kind, name, capacity, minMinutes, maxMinutes, bufferMinutes, badge);
            FacesMessages.info("resource.created");
            name = null;
        }
        load();
    }

    /** Opens the form on a resource's current values. */
    public void edit(ResourceSummary r) {
        editingId = r.id();
        name = r.name();
        kind = ResourceKind.valueOf(r.kind());
        capacity = r.capacity();
        minMinutes = r.minMinutes();
        maxMinutes = r.maxMinutes();
        bufferMinutes = r.bufferMinutes();
        badge = r.requiresBadge();
    }

    /** Back to a blank form that creates a resource, with the usual defaults. */
    public void cancelEdit() {
        editingId = null;
        name = null;
        kind = ResourceKind.HOT_DESK;
        capacity = 1;
        minMinutes = 30;
        maxMinutes = 480;
        bufferMinutes = 0;
        badge = false;
    }

    public void retire(ResourceSummary r) {
        management.retireResource(r.id());
        FacesMessages.info("resource.retired");
        if (r.id().equals(editingId)) {
            cancelEdit();
        }
        load();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<ResourceSummary> getResources() {
        return siteResources;
    }

    public ResourceKind[] getKinds() {
        return KINDS;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public int getMinMinutes() {
        return minMinutes;
    }

    public void setMinMinutes(int minMinutes) {
        this.minMinutes = minMinutes;
    }

    public int getMaxMinutes() {
        return maxMinutes;
    }

    public void setMaxMinutes(int maxMinutes) {
        this.maxMinutes = maxMinutes;
    }

    public int getBufferMinutes() {
        return bufferMinutes;
    }

    public void setBufferMinutes(int bufferMinutes) {
        this.bufferMinutes = bufferMinutes;
    }

    public boolean isBadge() {
        return badge;
    }

    public void setBadge(boolean badge) {
        this.badge = badge;
    }
}
