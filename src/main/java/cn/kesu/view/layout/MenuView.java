package cn.kesu.view.layout;

import cn.kesu.business.deadline.Inbox;
import cn.kesu.business.deadline.UnreadCount;
import cn.kesu.model.user.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The menu entries and roles of the signed-in user, for the layout template and the home page. */
@Named
@RequestScoped
public class MenuView {

    @Inject
    FacesContext faces;

    @Inject
    Inbox inbox;

    private Set<Role> roles;
    private UnreadCount unread;

    public List<Navigation> getEntries() {
        Set<Role> held = getRoles();
        return Arrays.stream(Navigation.values()).filter(entry -> entry.shownToAnyOf(held)).toList();
    }

    public Set<Role> getRoles() {
        if (roles == null) {
            ExternalContext external = faces.getExternalContext();
            roles = Arrays.stream(Role.values())
                    .filter(role -> external.isUserInRole(role.roleName()))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        }
        return roles;
    }

    /** The unread count after the inbox entry, e.g. " (3)"; nothing when all is answered. */
    public String badge(Navigation entry) {
        if (entry != Navigation.INBOX) {
            return "";
        }
        return getUnread().isEmpty() ? "" : " (" + getUnread().shown() + ")";
    }

    /** What waits in the caller's inbox, asked once per request for the menu's badge and the home page. */
    public UnreadCount getUnread() {
        if (unread == null) {
            unread = Navigation.INBOX.shownToAnyOf(getRoles()) ? inbox.unreadCount() : UnreadCount.NONE;
        }
        return unread;
    }

    public List<Role> getRoleList() {
        return List.copyOf(getRoles());
    }
}
