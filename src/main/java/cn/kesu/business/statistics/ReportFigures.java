package cn.kesu.business.statistics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The breakdowns both reports show for their period: responsible parties weighted by QA's shares,
 * category, channel (投诉渠道), customer, part number, the Pareto of abnormality types with its cumulative share (影响度),
 * and each department's on-time rate, reminders and investigations.
 */
public abstract class ReportFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Figure> byResponsible = new ArrayList<>();
    private List<Figure> byCategory = new ArrayList<>();
    private List<Figure> byChannel = new ArrayList<>();
    private List<Figure> byCustomer = new ArrayList<>();
    private List<Figure> byPart = new ArrayList<>();
    private List<Figure> pareto = new ArrayList<>();
    private List<DepartmentFigures> departments = new ArrayList<>();
    private List<PromiseFigures> promises = new ArrayList<>();
    private long openEightDs;

    public List<Figure> getByResponsible() { return byResponsible; }
    public void setByResponsible(List<Figure> byResponsible) { this.byResponsible = byResponsible; }
    public List<Figure> getByCategory() { return byCategory; }
    public void setByCategory(List<Figure> byCategory) { this.byCategory = byCategory; }
    public List<Figure> getByChannel() { return byChannel; }
    public void setByChannel(List<Figure> byChannel) { this.byChannel = byChannel; }
    public List<Figure> getByCustomer() { return byCustomer; }
    public void setByCustomer(List<Figure> byCustomer) { this.byCustomer = byCustomer; }
    public List<Figure> getByPart() { return byPart; }
    public void setByPart(List<Figure> byPart) { this.byPart = byPart; }
    public List<Figure> getPareto() { return pareto; }
    public void setPareto(List<Figure> pareto) { this.pareto = pareto; }
    public List<DepartmentFigures> getDepartments() { return departments; }
    public void setDepartments(List<DepartmentFigures> departments) { this.departments = departments; }
    public List<PromiseFigures> getPromises() { return promises; }
    public void setPromises(List<PromiseFigures> promises) { this.promises = promises; }
    /** 8D reports open at the end of the period (or now, for the current one), whenever their cases closed. */
    public long getOpenEightDs() { return openEightDs; }
    public void setOpenEightDs(long openEightDs) { this.openEightDs = openEightDs; }
}
