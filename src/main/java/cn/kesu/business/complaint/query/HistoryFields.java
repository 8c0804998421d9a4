package cn.kesu.business.complaint.query;

import jakarta.persistence.Embeddable;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which fields of a case the history tab shows, by their path ("slip.partNo", "qa.established"), and the
 * message key of each path's label, so the tab names a field as the slip does, in the reader's language.
 */
public final class HistoryFields {

    /** Paths whose label the slip's own screens already have; every other path is labelled "history." + path. */
    private static final Map<String, String> SLIP_LABELS = Map.ofEntries(
            Map.entry("number", "slip.number"), Map.entry("customer", "slip.customer"),
            Map.entry("abnormalityType", "slip.abnormalityType"), Map.entry("severity", "slip.severity"),
            Map.entry("currentStep", "slip.currentStep"), Map.entry("holderDepartment", "slip.holder"),
            Map.entry("awaitingCountersign", "slip.awaitingCountersign"), Map.entry("stepDueAt", "slip.stepDue"),
            Map.entry("caseDueAt", "slip.caseDue"), Map.entry("createdBy", "slip.createdBy"),
            Map.entry("createdAt", "slip.createdAt"), Map.entry("acceptedAt", "slip.acceptedAt"),
            Map.entry("closedAt", "slip.closedAt"), Map.entry("qaCauseCode", "qa.causeCode"),
            Map.entry("qa.cause", "qa.cause"), Map.entry("qa.established", "qa.established"),
            Map.entry("qa.special", "qa.special"), Map.entry("qa.affectedLots", "qa.affectedLots"),
            Map.entry("qa.recall", "qa.recall"), Map.entry("qa.wipHeld", "qa.wipHeld"),
            Map.entry("qa.stockSorted", "qa.stockSorted"), Map.entry("production.cause", "prod.cause"),
            Map.entry("production.temporaryMeasure", "prod.temporary"),
            Map.entry("production.permanentMeasure", "prod.permanent"), Map.entry("production.productionUnit", "prod.unit"),
            Map.entry("production.machineShift", "prod.machineShift"), Map.entry("production.operator", "prod.operator"),
            Map.entry("production.productionDate", "prod.date"), Map.entry("handling.proposal", "handling.proposal"),
            Map.entry("handling.negotiationResult", "handling.negotiation"),
            Map.entry("handling.proposedReturnQuantity", "handling.returnQty"),
            Map.entry("handling.proposedAmount", "handling.amount"),
            Map.entry("consolidation.dispositions", "cons.dispositions"), Map.entry("consolidation.claimAmount", "cons.claim"),
            Map.entry("consolidation.lossProductValue", "cons.lossProduct"),
            Map.entry("consolidation.lossFreight", "cons.lossFreight"), Map.entry("consolidation.lossRework", "cons.lossRework"),
            Map.entry("consolidation.lossScrap", "cons.lossScrap"),
            Map.entry("consolidation.lossCompensation", "cons.lossCompensation"),
            Map.entry("consolidation.lossOther", "cons.lossOther"), Map.entry("consolidation.lossAmount", "cons.loss"),
            Map.entry("consolidation.penaltyProposal", "cons.penalty"),
            Map.entry("consolidation.trackingNeeded", "cons.tracking"),
            Map.entry("consolidation.returnQuantity", "cons.returnQty"),
            Map.entry("consolidation.goodsUnitPrice", "cons.goodsUnitPrice"),
            Map.entry("consolidation.unitPriceFromCatalog", "cons.unitPriceFromCatalog"),
            Map.entry("consolidation.affectsReceivables", "cons.affectsReceivables"),
            Map.entry("approverRole", "cons.approver"));

    private HistoryFields() {
    }

    /** The message key of a path's label. */
    public static String labelKey(String path) {
        String slip = path.startsWith("slip.") ? path : SLIP_LABELS.get(path);
        return slip != null ? slip : "history." + path;
    }

    /** Whether the history shows a field: not ids, versions or the step and signature lists (tabs of their own). */
    static boolean shown(Field field) {
        return !Modifier.isStatic(field.getModifiers())
                && !(Collection.class.isAssignableFrom(field.getType()) && !field.getName().endsWith("Requests")
                && !field.getName().equals("dispositions"))
                && !field.getName().equals("version") && !field.getName().equals("id");
    }

    static boolean embedded(Class<?> type) {
        return type.isAnnotationPresent(Embeddable.class);
    }

    /** Every path the history can show for an entity class, embedded parts opened. */
    public static List<String> paths(Class<?> entity) {
        List<String> paths = new ArrayList<>();
        collect("", entity, paths);
        return paths;
    }

    private static void collect(String prefix, Class<?> type, List<String> paths) {
        for (Field field : type.getDeclaredFields()) {
            if (!shown(field)) {
                continue;
            }
            if (embedded(field.getType())) {
                collect(prefix + field.getName() + ".", field.getType(), paths);
            } else {
                paths.add(prefix + field.getName());
            }
        }
    }
}
