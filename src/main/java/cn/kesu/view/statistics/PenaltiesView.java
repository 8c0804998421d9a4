package cn.kesu.view.statistics;

import cn.kesu.business.catalog.Catalogs;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.penalty.PenaltyCandidate;
import cn.kesu.business.penalty.PenaltyDesk;
import cn.kesu.business.penalty.PenaltyInput;
import cn.kesu.business.statistics.Period;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.penalty.PenaltyKind;
import cn.kesu.model.penalty.PenaltyNotice;
import cn.kesu.model.penalty.Sanction;
import cn.kesu.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * 奖罚通知单: the month's closed cases with their penalty proposals, the GM office's form to propose a
 * notice, the gm's approval or rejection, the printed notices and the 人事公布单.
 */
@Named
@ViewScoped
public class PenaltiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject PenaltyDesk desk;
    @Inject Catalogs catalogs;
    @Inject Feedback feedback;
    @Inject Clock clock;

    private String month;
    private List<PenaltyCandidate> candidates;
    private List<PenaltyNotice> notices;

    private PenaltyKind kind = PenaltyKind.PENALTY;
    private Long unitId;
    private String person;
    private BigDecimal amount;
    private Sanction sanction;
    private String reason;
    private Long[] caseIds;
    private String password;
    private String note;

    /** Last month by default: notices are made from the month just closed. */
    public String getMonth() {
        if (month == null) {
            month = YearMonth.now(clock).minusMonths(1).toString();
        }
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public void show() {
        candidates = null;
        notices = null;
    }

    public List<PenaltyCandidate> getCandidates() {
        if (candidates == null) {
            candidates = desk.candidates(chosenMonth());
        }
        return candidates;
    }

    public List<PenaltyNotice> getNotices() {
        if (notices == null) {
            notices = desk.notices(chosenMonth());
        }
        return notices;
    }

    public List<PenaltyNotice> getForHr() {
        return getNotices().stream().filter(n -> n.isApproved() && n.getSanction() != null).toList();
    }

    public String number(PenaltyNotice notice) {
        return desk.number(notice);
    }

    public List<CatalogEntry> getUnits() {
        return catalogs.active(CatalogKind.RESPONSIBLE_DEPARTMENT);
    }

    public PenaltyKind[] getKinds() { return PenaltyKind.values(); }
    public Sanction[] getSanctions() { return Sanction.values(); }

    public void propose() {
        List<Long> chosen = caseIds == null ? List.of() : Arrays.asList(caseIds);
        if (act("penalty.proposed", () -> desk.propose(chosenMonth(), new PenaltyInput(kind, unitId, person,
                amount == null ? BigDecimal.ZERO : amount, sanction, reason, chosen)))) {
            person = null;
            amount = null;
            sanction = null;
            reason = null;
            caseIds = null;
        }
    }

    public void approve(PenaltyNotice notice) {
        act("penalty.approved", () -> desk.approve(notice.getId(), notice.getVersion(), password));
    }

    public void reject(PenaltyNotice notice) {
        act("penalty.rejected", () -> desk.reject(notice.getId(), notice.getVersion(), note, password));
    }

    public String getPeriod() {
        return chosenMonth().toString();
    }

    private boolean act(String doneKey, Runnable action) {
        boolean done = false;
        try {
            action.run();
            feedback.info(doneKey);
            note = null;
            done = true;
        } catch (RuleViolation | ConstraintViolationException | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
        password = null;
        show();
        return done;
    }

    /** The month typed, or last month with a notice when the text names none. */
    private YearMonth chosenMonth() {
        YearMonth chosen = Period.month(getMonth()).orElseGet(() -> {
            feedback.info("statistics.badMonth");
            return YearMonth.now(clock).minusMonths(1);
        });
        month = chosen.toString();
        return chosen;
    }

    public PenaltyKind getKind() { return kind; }
    public void setKind(PenaltyKind kind) { this.kind = kind; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public Sanction getSanction() { return sanction; }
    public void setSanction(Sanction sanction) { this.sanction = sanction; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long[] getCaseIds() { return caseIds; }
    public void setCaseIds(Long[] caseIds) { this.caseIds = caseIds; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
