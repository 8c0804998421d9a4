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
 * A customer (客户). Foreign customers get the longer case deadline (20 instead of 15 days); the
 * over-acceptance ratio (超量允收比率) is used when returns are reconciled.
 */
@Entity
@Audited
@Table(name = "customer")
@NamedQuery(name = Customer.ACTIVE, query = "select c from Customer c where c.active = true order by c.code")
@NamedQuery(name = Customer.ALL, query = "select c from Customer c order by c.code")
public class Customer implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ACTIVE = "Customer.active";
    public static final String ALL = "Customer.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "foreign_customer", nullable = false)
    private boolean foreign;

    @Column(name = "over_acceptance_ratio", precision = 5, scale = 4)
    private BigDecimal overAcceptanceRatio;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String code, String name, boolean foreign) {
        this.code = code;
        this.name = name;
        this.foreign = foreign;
    }

    public void change(String newName, boolean isForeign, BigDecimal ratio) {
        this.name = newName;
        this.foreign = isForeign;
        this.overAcceptanceRatio = ratio;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isForeign() {
        return foreign;
    }

    public BigDecimal getOverAcceptanceRatio() {
        return overAcceptanceRatio;
    }

    public boolean isActive() {
        return active;
    }

    public String getLabel() {
        return code + " " + name;
    }
}
