package cn.kesu.business.penalty;

import cn.kesu.business.catalog.UnknownCatalogEntryException;
import cn.kesu.business.common.ChineseTexts;
import cn.kesu.business.common.NoticeSerials;
import cn.kesu.business.common.StaleRecordException;
import cn.kesu.business.complaint.signature.ElectronicSignature;
import cn.kesu.business.complaint.workflow.CaseWorkflow;
import cn.kesu.business.complaint.workflow.TextRequiredException;
import cn.kesu.business.statistics.Period;
import cn.kesu.infrastructure.pdf.FormText;
import cn.kesu.infrastructure.pdf.NoticePdf;
import cn.kesu.infrastructure.pdf.PdfSigning;
import cn.kesu.infrastructure.pdf.ReportPdf;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.complaint.Complaint;
import cn.kesu.model.penalty.PenaltyNotice;
import cn.kesu.model.penalty.PenaltyStatus;
import cn.kesu.model.user.Role;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 奖罚通知单 (SPEC section 8): from a finished month's closed cases the GM office proposes rewards and
 * penalties per responsible unit or person; the gm approves or rejects each with his signature; an
 * approved notice prints in three copies (kept, accounting, the unit), and the approved administrative
 * sanctions make the month's 人事公布单 for HR.
 */
@Stateless
@RolesAllowed({Roles.GM_OFFICE, Roles.DEPUTY_GM, Roles.GM, Roles.AUDITOR})
public class PenaltyDesk {

    @Inject
    NoticeSerials serials;

    @PersistenceContext
    EntityManager em;

    @Inject
    ElectronicSignature signatures;

    @Inject
    CaseWorkflow workflow;

    @Inject
    PdfSigning signing;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The month's closed cases with the penalty proposals of their consolidated opinions. */
    public List<PenaltyCandidate> candidates(@NotNull YearMonth month) {
        Period period = Period.of(month, clock.getZone());
        List<Object[]> rows = em.createQuery("select c.id, c.number, c.customer.name, c.consolidation.penaltyProposal"
                        + " from Complaint c where c.closedAt >= :from and c.closedAt < :to order by c.number", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        // The shares of all the month's cases in one query, not one query per case.
        Map<Long, String> responsible = em.createQuery("select r.complaint.id, p.name, r.sharePercent from Responsibility r"
                        + " join r.party p join r.complaint c where c.closedAt >= :from and c.closedAt < :to"
                        + " order by r.complaint.id, r.sharePercent desc", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(r -> r[1] + " " + r[2] + "%",
                        Collectors.joining("、"))));
        List<PenaltyCandidate> candidates = new ArrayList<>();
        for (Object[] row : rows) {
            candidates.add(new PenaltyCandidate((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                    responsible.getOrDefault((Long) row[0], "")));
        }
        return candidates;
    }

    /** 提出奖罚: for a month that is over, about cases closed in it. */
    @RolesAllowed(Roles.GM_OFFICE)
    public Long propose(@NotNull YearMonth month, @NotNull @Valid PenaltyInput input) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new MonthNotClosedException(month.toString());
        }
        if (input.amount().signum() == 0 && input.sanction() == null) {
            throw new EmptyPenaltyException();
        }
        CatalogEntry unit = em.find(CatalogEntry.class, input.unitId());
        if (unit == null || unit.getKind() != CatalogKind.RESPONSIBLE_DEPARTMENT) {
            throw new UnknownCatalogEntryException(input.unitId());
        }
        Period period = Period.of(month, clock.getZone());
        List<Complaint> cases = new ArrayList<>();
        for (Long caseId : new LinkedHashSet<>(input.caseIds())) {
            Complaint complaint = em.find(Complaint.class, caseId);
            if (complaint == null || complaint.getClosedAt() == null || complaint.getClosedAt().isBefore(period.from())
                    || !complaint.getClosedAt().isBefore(period.to())) {
                throw new CaseNotInMonthException(complaint == null ? "#" + caseId : CaseWorkflow.label(complaint),
                        month.toString());
            }
            workflow.requireNotRecused(complaint, caller());
            cases.add(complaint);
        }
        PenaltyNotice notice = new PenaltyNotice(month.toString(), input.kind(), unit,
                input.person() == null || input.person().isBlank() ? null : input.person().strip(),
                input.amount().setScale(2, RoundingMode.HALF_UP), input.sanction(), input.reason().strip(), cases,
                clock.instant(), caller());
        notice.getDaySerial().assign(serials.next(NoticeSerials.Kind.JF, notice.getProposed().getAt(), clock.getZone()));
        em.persist(notice);
        return notice.getId();
    }

    /** 总经理核准. */
    @RolesAllowed(Roles.GM)
    public void approve(@NotNull Long noticeId, long version, String password) {
        decide(noticeId, version, true, null, password);
    }

    /** 总经理驳回, with the reason. */
    @RolesAllowed(Roles.GM)
    public void reject(@NotNull Long noticeId, long version, @Size(max = 2000) String reason, String password) {
        decide(noticeId, version, false, reason, password);
    }

    private void decide(Long noticeId, long version, boolean approve, String reason, String password) {
        PenaltyNotice notice = em.find(PenaltyNotice.class, noticeId);
        if (notice == null || notice.getVersion() != version) {
            throw new StaleRecordException(notice == null ? "#" + noticeId : number(notice));
        }
        if (notice.getStatus() != PenaltyStatus.PROPOSED) {
            throw new PenaltyDecidedException(number(notice));
        }
        for (Complaint complaint : notice.getCases()) {
            workflow.requireNotRecused(complaint, caller());
        }
        String why = null;
        if (!approve) {
            if (reason == null || reason.isBlank()) {
                throw new TextRequiredException(number(notice), "action.reason");
            }
            why = reason.strip();
        }
        var signer = signatures.verify(caller(), Role.GM, password);
        notice.decide(approve, why, signer.username(), signer.fullName(), clock.instant());
    }

    public List<PenaltyNotice> notices(@NotNull YearMonth month) {
        List<PenaltyNotice> notices = em.createQuery("select n from PenaltyNotice n join fetch n.unit"
                + " where n.month = :month order by n.id", PenaltyNotice.class).setParameter("month", month.toString())
                .getResultList();
        notices.forEach(n -> n.getCases().size());
        return notices;
    }

    /** 人事公布单: the month's approved notices with an administrative sanction. */
    public List<PenaltyNotice> forHr(@NotNull YearMonth month) {
        return notices(month).stream().filter(n -> n.isApproved() && n.getSanction() != null).toList();
    }

    /** The signed 奖罚通知单 in three copies; refused before the gm approved it. */
    public byte[] notice(@NotNull Long noticeId) {
        PenaltyNotice n = em.find(PenaltyNotice.class, noticeId);
        if (n == null) {
            return null;
        }
        if (!n.isApproved()) {
            throw new PenaltyNotApprovedException(number(n));
        }
        String number = number(n);
        NoticePdf pdf = new NoticePdf("奖罚通知单", number, List.of("第一联 总经理室（存查）", "第二联 会计科",
                "第三联 " + n.getUnit().getName()))
                .field("月份", n.getMonth())
                .field("奖 / 罚", ChineseTexts.of(n.getKind().labelKey()))
                .field("对象", n.getTarget())
                .field("金额（元）", n.getAmount().toPlainString())
                .field("行政处分", n.getSanction() == null ? "" : ChineseTexts.of(n.getSanction().labelKey()))
                .field("相关客诉", n.getCases().stream().map(CaseWorkflow::label).collect(Collectors.joining("、")))
                .field("提出（总经理室）", n.getProposed().getActor() + " " + when(n.getProposed().getAt()))
                .field("核准（总经理）", n.getDecidedByName() + " " + when(n.getDecided() == null ? null : n.getDecided().getAt()))
                .text("事由", n.getReason());
        return signing.sign(pdf.render(), "奖罚通知单 " + number);
    }

    /** The signed 人事公布单 of the month for HR. */
    public byte[] hrList(@NotNull YearMonth month) {
        List<List<String>> rows = forHr(month).stream().map(n -> List.of(number(n), n.getTarget(),
                ChineseTexts.of(n.getSanction().labelKey()), n.getReason(),
                n.getCases().stream().map(CaseWorkflow::label).collect(Collectors.joining("、")))).toList();
        ReportPdf pdf = new ReportPdf("人事公布单", month.getYear() + " 年 " + month.getMonthValue() + " 月客诉奖罚（经总经理核准）",
                null, List.of("人事室")).section("行政奖惩", List.of("通知单", "对象", "处分", "事由", "相关客诉"), rows);
        return signing.sign(pdf.render(), "人事公布单 " + month);
    }

    public String number(PenaltyNotice notice) {
        return notice.getNumber(clock.getZone());
    }

    private String when(Instant at) {
        return FormText.when(at, clock.getZone());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
