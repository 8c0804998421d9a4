package cn.kesu.view.complaints;

import cn.kesu.business.execution.DocumentTask;
import cn.kesu.business.execution.ExecutionQueries;
import cn.kesu.model.execution.SupplierClaim;
import cn.kesu.model.user.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The work list's second half: the execution documents waiting for the caller's department (the whole
 * work of warehouse and accounting, who hold no step), and for accounting the open supplier claims.
 */
@Named
@RequestScoped
public class DocumentsView {

    @Inject
    ExecutionQueries queries;

    @Inject
    ExternalContext external;

    private List<DocumentTask> tasks;

    public List<DocumentTask> getTasks() {
        if (tasks == null) {
            tasks = queries.awaitingCaller();
        }
        return tasks;
    }

    public List<SupplierClaim> getOpenClaims() {
        return external.isUserInRole(Roles.ACCOUNTING) ? queries.openSupplierClaims() : List.of();
    }
}
