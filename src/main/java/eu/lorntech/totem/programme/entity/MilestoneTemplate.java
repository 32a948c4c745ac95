package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A step every startup of a programme goes through, due a number of weeks after its cohort starts.
 * A training step may name a fablab machine: completing it grants the founder that machine's badge.
 */
@Entity
@Table(name = "milestone_template")
@NamedQuery(name = MilestoneTemplate.LAST_SORT_ORDER, query = "select max(t.sortOrder) from MilestoneTemplate t where t.programmeId = :p")
@NamedQuery(name = MilestoneTemplate.OF_PROGRAMME, query = "select t from MilestoneTemplate t where t.programmeId = :p order by t.sortOrder")
public class MilestoneTemplate {

    public static final String LAST_SORT_ORDER = "MilestoneTemplate.lastSortOrder";
    public static final String OF_PROGRAMME = "MilestoneTemplate.ofProgramme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private Long programmeId;

    @Column(name = "sort_order")
    private int sortOrder;

    private String title;

    @Column(name = "weeks_after_start")
    private int weeksAfterStart;

    @Column(name = "badge_resource_id")
    private Long badgeResourceId;

    protected MilestoneTemplate() {
    }

    public MilestoneTemplate(Long programmeId, int sortOrder, String title, int weeksAfterStart, Long badgeResourceId) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw Refusal.invalid("milestone.title.invalid");
        }
        if (weeksAfterStart < 0 || weeksAfterStart > 520) {
            throw Refusal.invalid("milestone.weeks.invalid");
        }
        this.programmeId = programmeId;
        this.sortOrder = sortOrder;
        this.title = title.strip();
        this.weeksAfterStart = weeksAfterStart;
        this.badgeResourceId = badgeResourceId;
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public int getWeeksAfterStart() {
        return weeksAfterStart;
    }

    public Long getBadgeResourceId() {
        return badgeResourceId;
    }
}
