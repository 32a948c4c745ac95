package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.identity.boundary.UserAdministration.UserRow;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Admins' user management: the paged table, creating an account, editing roles, (de)activating. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration admin;

    @Inject
    CurrentSite site;

    private PagedModel<UserRow> users;
    private UserRow selected;
    private List<Role> selectedRoles = new ArrayList<>();

    private String newEmail;
    private String newName;
    private String newPassword;
    private String newLanguage = "fr";
    private List<Role> newRoles = new ArrayList<>(List.of(Role.MEMBER));

    @PostConstruct
    void init() {
        UserAdministration boundary = admin;
        users = new PagedModel<>(boundary::search, UserRow::id);
    }

    public void edit(UserRow row) {
        selected = admin.find(row.id());
        selectedRoles = new ArrayList<>(selected.roles());
    }

    public void saveRoles() {
        selected = admin.changeRoles(selected.id(), selectedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(selectedRoles),
                site.getCurrentId());
        FacesMessages.info("admin.users.rolesSaved", selected.email());
    }

    public void deactivate(UserRow row) {
        admin.deactivate(row.id());
        FacesMessages.info("admin.users.deactivated", row.email());
    }

    public void reactivate(UserRow row) {
        admin.reactivate(row.id());
        FacesMessages.info("admin.users.reactivated", row.email());
    }

    public void create() {
        try {
            UserRow created = admin.create(new UserAdministration.NewUser(newEmail, newName, newPassword,
                    Language.fromCode(newLanguage).orElse(Language.DEFAULT), site.getCurrentId(),
                    newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles)));
            FacesMessages.info("admin.users.created", created.email());
            newEmail = null;
            newName = null;
            newRoles = new ArrayList<>(List.of(Role.MEMBER));
        } finally {
            newPassword = null;
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public PagedModel<UserRow> getUsers() {
        return users;
    }

    public UserRow getSelected() {
        return selected;
    }

    public List<Role> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<Role> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }

    public List<Role> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<Role> newRoles) {
        this.newRoles = newRoles;
    }
}
