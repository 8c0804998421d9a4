package cn.kesu.business.execution;

import cn.kesu.model.execution.AllowanceNote;
import cn.kesu.model.execution.ReturnNote;

import java.time.ZoneId;

/**
 * An execution document waiting for the caller's department, as a work list shows it: the case, the
 * document and its number, where it stands and what it is for (an amount or a quantity).
 */
public record DocumentTask(Long caseId, String caseNumber, String customer, String kindKey, String number,
                           String statusKey, String subject) {

    static DocumentTask of(AllowanceNote note, ZoneId zone) {
        return new DocumentTask(note.getComplaint().getId(), note.getComplaint().getNumber(),
                note.getComplaint().getCustomer().getName(), "note.allowance", note.getNumber(zone),
                note.stateKey(), note.getAmount().toPlainString());
    }

    static DocumentTask of(ReturnNote note, ZoneId zone) {
        return new DocumentTask(note.getComplaint().getId(), note.getComplaint().getNumber(),
                note.getComplaint().getCustomer().getName(), "note.return", note.getNumber(zone),
                note.stateKey(), note.getReceivedQuantity() == null ? String.valueOf(note.getApprovedQuantity())
                : note.getApprovedQuantity() + " / " + note.getReceivedQuantity());
    }
}
