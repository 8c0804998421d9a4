package cn.kesu.model.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** 库存挑选结果: of the pieces sorted, how many were rejected and how many released; together, all of them. */
@Embeddable
public class Sorting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "sorted_quantity")
    private Integer sorted;

    @Column(name = "rejected_quantity")
    private Integer rejected;

    @Column(name = "released_quantity")
    private Integer released;

    protected Sorting() {
    }

    public Sorting(int sorted, int rejected, int released) {
        if (rejected + released != sorted || rejected < 0 || released < 0) {
            throw new IllegalArgumentException("sorted " + sorted + " is not rejected " + rejected
                    + " plus released " + released);
        }
        this.sorted = sorted;
        this.rejected = rejected;
        this.released = released;
    }

    public Integer getSorted() { return sorted; }
    public Integer getRejected() { return rejected; }
    public Integer getReleased() { return released; }
}
