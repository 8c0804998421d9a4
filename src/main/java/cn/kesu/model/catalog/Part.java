package cn.kesu.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A part number (料号) with its unit price (单价, CNY): the price at which the goods a customer returns, exchanges
 * or has reworked count toward the amount that routes approval (核决权限), where the GM office types none.
 */
@Entity
@Audited
@Table(name = "part")
@NamedQuery(name = Part.ALL, query = "select p from Part p order by p.partNo")
@NamedQuery(name = Part.ACTIVE_BY_NUMBER, query = "select p from Part p where p.partNo = :partNo and p.active = true")
public class Part implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Part.all";
    public static final String ACTIVE_BY_NUMBER = "Part.activeByNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "part_no", nullable = false, unique = true, length = 40, updatable = false)
    private String partNo;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "unit_price", nullable = false, precision = 14, scale = 4)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Part() {
    }

    public Part(String partNo, String name, BigDecimal unitPrice) {
        this.partNo = partNo;
        this.name = name;
        this.unitPrice = unitPrice;
    }

    public void change(String newName, BigDecimal newUnitPrice, boolean isActive) {
        this.name = newName;
        this.unitPrice = newUnitPrice;
        this.active = isActive;
    }

    public Long getId() {
        return id;
    }

    public String getPartNo() {
        return partNo;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public boolean isActive() {
        return active;
    }

    public String getLabel() {
        return partNo + " " + name;
    }
}
