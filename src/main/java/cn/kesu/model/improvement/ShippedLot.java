package cn.kesu.model.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;

/** 已出货受影响批次: the lot number, how many pieces and where they are. */
@Embeddable
public class ShippedLot implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "lot_no", length = 40, updatable = false)
    private String lotNo;

    @Column(name = "lot_quantity", updatable = false)
    private Integer quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "lot_location", length = 20, updatable = false)
    private LotLocation location;

    protected ShippedLot() {
    }

    public ShippedLot(String lotNo, int quantity, LotLocation location) {
        this.lotNo = lotNo;
        this.quantity = quantity;
        this.location = location;
    }

    public String getLotNo() { return lotNo; }
    public Integer getQuantity() { return quantity; }
    public LotLocation getLocation() { return location; }
}
