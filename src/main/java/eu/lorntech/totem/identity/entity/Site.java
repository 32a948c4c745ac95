package eu.lorntech.totem.identity.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.hibernate.envers.Audited;

/** A totem of the LorNTech network (Thi'Pi Thionville, Ménil-Flin...): every record belongs to one. */
@Entity
@Cacheable
@Table(name = "site")
@Audited
@NamedQuery(name = Site.ALL, query = "select s from Site s order by s.name")
@NamedQuery(name = Site.BY_CODE, query = "select s from Site s where s.code = :code")
public class Site {
    public static final String ALL = "Site.all";
    public static final String BY_CODE = "Site.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = "[a-z0-9-]{2,32}")
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @Size(max = 120)
    private String city;

    @Column(name = "time_zone")
    private String timeZone;

    @Version
    private int version;

    protected Site() {
    }

    public Site(String code, String name, String city) {
        this.code = code;
        this.name = name;
        this.city = city;
        this.timeZone = "Europe/Paris";
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

    public String getCity() {
        return city;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
