package cn.kesu.view.inbox;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.deadline.FollowUpRow;
import cn.kesu.business.deadline.Inbox;
import cn.kesu.business.deadline.Investigations;
import cn.kesu.business.deadline.Letters;
import cn.kesu.business.deadline.Reminders;
import cn.kesu.business.deadline.SeverityNotices;
import cn.kesu.model.complaint.Objection;
import cn.kesu.model.deadline.Investigation;
import cn.kesu.model.deadline.Reminder;
import cn.kesu.model.deadline.SeverityNotice;
import cn.kesu.model.user.Department;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * 催办与查办: the reminders and investigations of the user's department (all departments for the GM
 * office and the gm, filterable), with acknowledging, answering, recording a delay's cause and, for the
 * GM office, closing an investigation; for those who see all, the 重大客诉通报 (acknowledged by the gm)
 * and the 签呈 waiting for his ruling; for business and the GM office, the follow-ups (回访) to do.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    @Inject
    Reminders reminders;

    @Inject
    Investigations investigations;

    @Inject
    SeverityNotices severityNotices;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    private Department department;
    private boolean openOnly = true;
    private List<Reminder> reminderRows;
    private List<Investigation> investigationRows;
    private List<SeverityNotice> severityRows;
    private List<Objection> objectionRows;
    private List<FollowUpRow> followUpRows;

    private Long selectedId;
    private long selectedVersion;
    private String text;

    public List<Reminder> getReminders() {
        if (reminderRows == null) {
            reminderRows = inbox.reminders(department, openOnly);
        }
        return reminderRows;
    }

    public List<Investigation> getInvestigations() {
        if (investigationRows == null) {
            investigationRows = inbox.investigations(department, openOnly);
        }
        return investigationRows;
    }

    public List<SeverityNotice> getSeverityNotices() {
        if (severityRows == null) {
            severityRows = inbox.severityNotices(openOnly);
        }
        return severityRows;
    }

    public List<Objection> getObjections() {
        if (objectionRows == null) {
            objectionRows = inbox.objections(openOnly);
        }
        return objectionRows;
    }

    public List<FollowUpRow> getFollowUps() {
        if (followUpRows == null) {
            followUpRows = inbox.followUps(false);
        }
        return followUpRows;
    }

    public void acknowledge(SeverityNotice notice) {
        act("inbox.acknowledgeDone", () -> severityNotices.acknowledge(notice.getId(), notice.getVersion()));
    }

    public String severityNumber(SeverityNotice notice) {
        return notice.getNumber(clock.getZone());
    }

    public boolean isSeesAll() {
        return inbox.seesAll();
    }

    public Department[] getDepartments() {
        return Department.values();
    }

    public void filter() {
        reminderRows = null;
        investigationRows = null;
        severityRows = null;
        objectionRows = null;
        followUpRows = null;
    }

    public void acknowledge(Reminder reminder) {
        act("inbox.acknowledgeDone", () -> reminders.acknowledge(reminder.getId(), reminder.getVersion()));
    }

    /** Chooses the reminder or investigation the dialog answers. */
    public void select(Long id, long version, String existing) {
        selectedId = id;
        selectedVersion = version;
        text = existing;
    }

    public void answer() {
        act("inbox.answered", () -> reminders.answer(selectedId, selectedVersion, text));
    }

    public void recordCause() {
        act("inbox.causeRecorded", () -> investigations.recordCause(selectedId, selectedVersion, text));
    }

    public void close(Investigation investigation) {
        act("inbox.closed", () -> investigations.close(investigation.getId(), investigation.getVersion()));
    }

    public String reminderNumber(Reminder reminder) {
        return reminder.getNumber(clock.getZone());
    }

    public String investigationNumber(Investigation investigation) {
        return investigation.getNumber(clock.getZone());
    }

    /** Whether the reminder is addressed to the caller: only then may they acknowledge or answer it (the same rule as the server's). */
    public boolean addressedToCaller(Reminder reminder) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return reminder.addressees().stream().anyMatch(role -> external.isUserInRole(role.roleName()));
    }

    /** How late, in the reader's language. */
    public String span(Duration duration) {
        return Letters.span(duration, feedback.bundle());
    }

    private void act(String doneKey, Runnable action) {
        try {
            action.run();
            feedback.info(doneKey);
            text = null;
            filter();
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
            filter();
        }
    }

    public Department getDepartment() { return department; }
    public void setDepartment(Department department) { this.department = department; }
    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getSelectedId() { return selectedId; }
}
