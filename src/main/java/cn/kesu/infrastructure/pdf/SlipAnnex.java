package cn.kesu.infrastructure.pdf;

import cn.kesu.model.complaint.Objection;
import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.ReturnNote;
import cn.kesu.model.execution.SupplierClaim;

import java.util.List;

/**
 * What the slip prints beside the case itself: the execution documents, the supplier claims, the
 * objections (签呈) with the gm's rulings, and the numbers of the slips that continue the case.
 */
public record SlipAnnex(List<AllowanceNote> allowances, List<ReturnNote> returns, List<SupplierClaim> supplierClaims,
                        List<Objection> objections, List<String> continuations) {

    public SlipAnnex {
        allowances = List.copyOf(allowances);
        returns = List.copyOf(returns);
        supplierClaims = List.copyOf(supplierClaims);
        objections = List.copyOf(objections);
        continuations = List.copyOf(continuations);
    }

    public static SlipAnnex none() {
        return new SlipAnnex(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
