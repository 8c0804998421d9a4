package cn.kesu.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A day that is not as the week would have it: a holiday on a weekday or a make-up working day on a
 * weekend, as the State Council declares them each year. Days not listed follow Monday–Friday.
 */
@Entity
@Audited
@Table(name = "calendar_day")
@NamedQuery(name = CalendarDay.BETWEEN,
        query = "select d from CalendarDay d where d.day >= :from and d.day <= :to order by d.day")
public class CalendarDay implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BETWEEN = "CalendarDay.between";

    @Id
    @Column(name = "calendar_date")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DayKind kind;

    @Column(nullable = false, length = 100)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public void change(DayKind newKind, String newName) {
        this.kind = newKind;
        this.name = newName;
    }

    public LocalDate getDay() { return day; }
    public DayKind getKind() { return kind; }
    public String getName() { return name; }
}
