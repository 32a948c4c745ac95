package eu.lorntech.totem.talent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A territorial workshop (an event of the event module) created from a need of a campaign's results, and how many companies it invited. */
@Entity
@Table(name = "survey_workshop")
@NamedQuery(name = SurveyWorkshop.OF_CAMPAIGN, query = "select w from SurveyWorkshop w where w.campaignId = :campaign order by w.id")
@NamedQuery(name = SurveyWorkshop.OF_EVENT, query = "select w from SurveyWorkshop w where w.eventId = :event")
public class SurveyWorkshop {

    public static final String OF_CAMPAIGN = "SurveyWorkshop.ofCampaign";

    public static final String OF_EVENT = "SurveyWorkshop.ofEvent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "question_id")
    private Long questionId;

    private String choice;

    @Column(name = "event_id")
    private Long eventId;

    private int invited;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SurveyWorkshop() {
    }

    public SurveyWorkshop(Long campaignId, Long questionId, String choice, Long eventId, int invited, Long createdBy, Instant now) {
        this.campaignId = campaignId;
        this.questionId = questionId;
        this.choice = choice;
        this.eventId = eventId;
        this.invited = invited;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public String getChoice() {
        return choice;
    }

    public Long getEventId() {
        return eventId;
    }

    public int getInvited() {
        return invited;
    }
}
