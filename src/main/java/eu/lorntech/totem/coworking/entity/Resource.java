package eu.lorntech.totem.coworking.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Cacheable;
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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * A desk, room, phone booth or fablab machine of a site. Every booking reads its resource, which
 * changes a few times a year: it is kept in the second-level cache (changes through JPA update it at
 * once on this node; other nodes see them within the cache's 10 s lifespan).
 */
@Entity
@Cacheable
@Table(name = "resource")
@NamedQuery(name = Resource.OF_SITE, query = "select r from Resource r where r.siteId = :siteId and r.active = true order by r.kind, r.name")
@NamedQuery(name = Resource.OF_SITE_AND_KIND,
        query = "select r from Resource r where r.siteId = :siteId and r.kind = :kind and r.active = true order by r.name")
public class Resource {
    public static final String OF_SITE = "Resource.ofSite";
    public static final String OF_SITE_AND_KIND = "Resource.ofSiteAndKind";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "site_id")
    private Long siteId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ResourceKind kind;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 500)
    private String description;

    @Min(1)
    private int capacity = 1;

    @Column(name = "min_minutes")
    private int minMinutes = 30;

    @Column(name = "max_minutes")
    private int maxMinutes = 600;

    @Column(name = "buffer_minutes")
    private int bufferMinutes;

    @Column(name = "requires_badge")
    private boolean requiresBadge;

    private boolean active = true;

    @Version
    private int version;

    protected Resource() {
    }

    public Resource(Long siteId, ResourceKind kind, String name, int capacity) {
        this.siteId = siteId;
        this.kind = kind;
        this.name = name;
        this.capacity = capacity;
    }

    public Resource durations(int min, int max, int buffer) {
        if (min < 15 || max < min || min % 15 != 0 || max % 15 != 0 || buffer < 0 || buffer % 15 != 0) {
            throw Refusal.invalid("resource.durations.invalid");
        }
        this.minMinutes = min;
        this.maxMinutes = max;
        this.bufferMinutes = buffer;
        return this;
    }

    public Resource requiringBadge(boolean required) {
        this.requiresBadge = required;
        return this;
    }

    public Resource describedAs(String text) {
        this.description = text;
        return this;
    }

    public void rename(String newName, int newCapacity) {
        this.name = newName;
        this.capacity = newCapacity;
    }

    public void deactivate() {
        this.active = false;
    }

    public Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getMinMinutes() {
        return minMinutes;
    }

    public int getMaxMinutes() {
        return maxMinutes;
    }

    public int getBufferMinutes() {
        return bufferMinutes;
    }

    public boolean isRequiresBadge() {
        return requiresBadge;
    }

    public boolean isActive() {
        return active;
    }
}
