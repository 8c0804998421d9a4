package cn.kesu.view.layout;

import cn.kesu.business.complaint.improvement.ImprovementDesk;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.WorkCounts;
import cn.kesu.business.execution.ExecutionQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The home page's 待办: the signed-in user's real counts of cases to work and countersign, overdue ones,
 * execution documents and unanswered reminders, each linking to its list. The administrator, who holds no
 * case role, has none.
 */
@Named
@RequestScoped
public class HomeView {

    @Inject
    MenuView menu;

    @Inject
    CaseQueries cases;

    @Inject
    ExecutionQueries documents;

    @Inject
    ImprovementDesk improvement;

    private WorkCounts work;
    private Integer documentCount;
    private Long actions;

    public boolean isCaseWorker() {
        return Navigation.WORKLIST.shownToAnyOf(menu.getRoles());
    }

    public WorkCounts getWork() {
        if (work == null) {
            work = isCaseWorker() ? cases.workCounts() : new WorkCounts(0, 0, 0);
        }
        return work;
    }

    public int getDocuments() {
        if (documentCount == null) {
            documentCount = isCaseWorker() ? documents.awaitingCaller().size() : 0;
        }
        return documentCount;
    }

    /** The inbox's unread count as shown ("105+" past the follow-ups it counts), as the menu asked it. */
    public String getUnread() {
        return menu.getUnread().shown();
    }

    /** Open 8D actions of the caller's departments (issue 14). */
    public long getActions() {
        if (actions == null) {
            actions = Navigation.IMPROVEMENT.shownToAnyOf(menu.getRoles()) ? improvement.ownActionCount() : 0;
        }
        return actions;
    }

    public boolean isNothingToDo() {
        return getWork().total() == 0 && getDocuments() == 0 && menu.getUnread().isEmpty() && getActions() == 0;
    }
}
