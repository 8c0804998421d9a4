package cn.kesu.business.execution;

import cn.kesu.business.common.MessageKeys;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.complaint.Disposition;

import java.util.List;

/** 结案 only when every approved disposition is carried out: these are not yet. */
public class ExecutionIncompleteException extends RuleViolation {

    public ExecutionIncompleteException(String caseLabel, List<Disposition> missing) {
        super("case " + caseLabel + " still lacks " + missing, caseLabel,
                new MessageKeys(missing.stream().map(Disposition::labelKey).toList()));
    }
}
