package cn.kesu.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What production finds (制造部异常分析): the cause, temporary and permanent countermeasures (临时/永久对策),
 * and the trace to where it was made: unit, machine and shift, operator, production date.
 */
@Embeddable
public class ProductionAnalysis implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "prod_cause", length = 4000)
    private String cause;

    @Column(name = "prod_temporary_measure", length = 2000)
    private String temporaryMeasure;

    @Column(name = "prod_permanent_measure", length = 2000)
    private String permanentMeasure;

    @Column(name = "prod_unit", length = 100)
    private String productionUnit;

    @Column(name = "prod_machine_shift", length = 100)
    private String machineShift;

    @Column(name = "prod_operator", length = 100)
    private String operator;

    @Column(name = "prod_date")
    private LocalDate productionDate;

    protected ProductionAnalysis() {
    }

    public ProductionAnalysis(String cause, String temporaryMeasure, String permanentMeasure, String productionUnit,
                              String machineShift, String operator, LocalDate productionDate) {
        this.cause = cause;
        this.temporaryMeasure = temporaryMeasure;
        this.permanentMeasure = permanentMeasure;
        this.productionUnit = productionUnit;
        this.machineShift = machineShift;
        this.operator = operator;
        this.productionDate = productionDate;
    }

    public String getCause() { return cause; }
    public String getTemporaryMeasure() { return temporaryMeasure; }
    public String getPermanentMeasure() { return permanentMeasure; }
    public String getProductionUnit() { return productionUnit; }
    public String getMachineShift() { return machineShift; }
    public String getOperator() { return operator; }
    public LocalDate getProductionDate() { return productionDate; }
}
