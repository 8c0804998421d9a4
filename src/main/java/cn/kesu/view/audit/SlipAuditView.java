package cn.kesu.view.audit;

import cn.kesu.business.complaint.slip.DownloadRow;
import cn.kesu.business.complaint.slip.SlipAudit;
import cn.kesu.business.complaint.slip.SlipVerdict;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.List;

/** Backing bean of {@code app/audit/slips.xhtml}: verify an uploaded slip, see the download log. */
@Named
@ViewScoped
public class SlipAuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SlipAudit audit;

    private SlipVerdict verdict;
    private String fileName;
    private transient List<DownloadRow> downloads;

    public void verify(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        verdict = audit.verify(event.getFile().getContent());
    }

    public List<DownloadRow> getDownloads() {
        if (downloads == null) {
            downloads = audit.downloads(200);
        }
        return downloads;
    }

    public SlipVerdict getVerdict() {
        return verdict;
    }

    public String getFileName() {
        return fileName;
    }
}
