package cn.kesu.view.complaints;

import cn.kesu.business.complaint.improvement.EightDRow;
import cn.kesu.business.complaint.improvement.ImprovementDesk;
import cn.kesu.business.complaint.improvement.OwnAction;
import cn.kesu.view.layout.MenuView;
import cn.kesu.view.layout.Navigation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * Backing bean of {@code app/improvement/list.xhtml} (8D 与改善行动): the actions the caller's department owns — also
 * listed on the 待办案件 page — and for those who follow every case's improvement loop, every open 8D (issue 14).
 */
@Named
@ViewScoped
public class ImprovementListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject ImprovementDesk desk;
    @Inject Clock clock;
    @Inject MenuView menu;

    private List<OwnAction> ownActions;
    private List<EightDRow> eightDs;
    private Boolean followsEvery;

    public List<OwnAction> getOwnActions() {
        if (ownActions == null) {
            // Also asked by the 待办案件 list, which roles without improvement actions open too.
            ownActions = Navigation.IMPROVEMENT.shownToAnyOf(menu.getRoles()) ? desk.ownActions() : List.of();
        }
        return ownActions;
    }

    public boolean isFollowsEvery() {
        if (followsEvery == null) {
            followsEvery = desk.followsEveryEightD();
        }
        return followsEvery;
    }

    public List<EightDRow> getEightDs() {
        if (eightDs == null) {
            eightDs = isFollowsEvery() ? desk.openEightDs() : List.of();
        }
        return eightDs;
    }

    public boolean overdue(OwnAction action) {
        return action.isOverdue(clock.instant());
    }
}
