package cn.kesu.business.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * 客诉案件统计表 of one month: the headline figures with the previous month and the same month a year
 * before, the breakdowns by responsible party (weighted by the QA shares), category, customer, part
 * number, the Pareto of abnormality types, and each department's on-time rate, reminders and
 * investigations. Plain beans, so that a snapshot is stored as JSON and read back unchanged.
 */
public class MonthlyFigures {

    private String month;
    private Totals totals = new Totals();
    private Totals previousMonth = new Totals();
    private Totals sameMonthLastYear = new Totals();
    private List<Figure> byResponsible = new ArrayList<>();
    private List<Figure> byCategory = new ArrayList<>();
    private List<Figure> byCustomer = new ArrayList<>();
    private List<Figure> byPart = new ArrayList<>();
    private List<Figure> pareto = new ArrayList<>();
    private List<DepartmentFigures> departments = new ArrayList<>();

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public Totals getTotals() { return totals; }
    public void setTotals(Totals totals) { this.totals = totals; }
    public Totals getPreviousMonth() { return previousMonth; }
    public void setPreviousMonth(Totals previousMonth) { this.previousMonth = previousMonth; }
    public Totals getSameMonthLastYear() { return sameMonthLastYear; }
    public void setSameMonthLastYear(Totals sameMonthLastYear) { this.sameMonthLastYear = sameMonthLastYear; }
    public List<Figure> getByResponsible() { return byResponsible; }
    public void setByResponsible(List<Figure> byResponsible) { this.byResponsible = byResponsible; }
    public List<Figure> getByCategory() { return byCategory; }
    public void setByCategory(List<Figure> byCategory) { this.byCategory = byCategory; }
    public List<Figure> getByCustomer() { return byCustomer; }
    public void setByCustomer(List<Figure> byCustomer) { this.byCustomer = byCustomer; }
    public List<Figure> getByPart() { return byPart; }
    public void setByPart(List<Figure> byPart) { this.byPart = byPart; }
    public List<Figure> getPareto() { return pareto; }
    public void setPareto(List<Figure> pareto) { this.pareto = pareto; }
    public List<DepartmentFigures> getDepartments() { return departments; }
    public void setDepartments(List<DepartmentFigures> departments) { this.departments = departments; }
}
