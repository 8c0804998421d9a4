package cn.kesu.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.io.Serializable;

/**
 * One code of a catalog (目录项). Codes are never deleted, since closed cases count by them;
 * a code no longer offered is deactivated.
 */
@Entity
@Audited
@Table(name = "catalog_entry")
@NamedQuery(name = CatalogEntry.ACTIVE_OF_KIND,
        query = "select e from CatalogEntry e where e.kind = :kind and e.active = true order by e.code")
@NamedQuery(name = CatalogEntry.ALL, query = "select e from CatalogEntry e order by e.kind, e.code")
public class CatalogEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ACTIVE_OF_KIND = "CatalogEntry.activeOfKind";
    public static final String ALL = "CatalogEntry.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private CatalogKind kind;

    @Column(nullable = false, length = 20, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected CatalogEntry() {
    }

    public CatalogEntry(CatalogKind kind, String code, String name) {
        this.kind = kind;
        this.code = code;
        this.name = name;
    }

    public void rename(String newName) {
        this.name = newName;
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

    public CatalogKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    /** "code name", as lists and the slip show it. */
    public String getLabel() {
        return code + " " + name;
    }
}
