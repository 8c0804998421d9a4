package cn.kesu.business.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * 客户投诉处理年报表: the year's headline figures against the year before, each month's totals for the
 * trend, and the year's breakdowns as in the monthly report (responsible parties weighted by QA's
 * shares, category, customer, part number, the Pareto of abnormality types, each department's deadlines).
 */
public class YearlyFigures {

    private int year;
    private Totals totals = new Totals();
    private Totals previousYear = new Totals();
    private List<MonthTotals> months = new ArrayList<>();
    private List<Figure> byResponsible = new ArrayList<>();
    private List<Figure> byCategory = new ArrayList<>();
    private List<Figure> byCustomer = new ArrayList<>();
    private List<Figure> byPart = new ArrayList<>();
    private List<Figure> pareto = new ArrayList<>();
    private List<DepartmentFigures> departments = new ArrayList<>();

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Totals getTotals() { return totals; }
    public void setTotals(Totals totals) { this.totals = totals; }
    public Totals getPreviousYear() { return previousYear; }
    public void setPreviousYear(Totals previousYear) { this.previousYear = previousYear; }
    public List<MonthTotals> getMonths() { return months; }
    public void setMonths(List<MonthTotals> months) { this.months = months; }
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
