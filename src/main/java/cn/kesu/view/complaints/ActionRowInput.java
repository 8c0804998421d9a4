package cn.kesu.view.complaints;

import java.io.Serializable;

/**
 * What is typed on one action's row of the 8D panel. Every row is in one form, as on the execution panel
 * ({@link NoteRowInput} says why), and each row keeps its own inputs here.
 */
public class ActionRowInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String evidence;
    private Integer sorted;
    private Integer rejected;
    private Integer released;
    private Boolean recall;
    private String releaseReason;
    private String password;

    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public Integer getSorted() { return sorted; }
    public void setSorted(Integer sorted) { this.sorted = sorted; }
    public Integer getRejected() { return rejected; }
    public void setRejected(Integer rejected) { this.rejected = rejected; }
    public Integer getReleased() { return released; }
    public void setReleased(Integer released) { this.released = released; }
    public Boolean getRecall() { return recall; }
    public void setRecall(Boolean recall) { this.recall = recall; }
    public String getReleaseReason() { return releaseReason; }
    public void setReleaseReason(String releaseReason) { this.releaseReason = releaseReason; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
