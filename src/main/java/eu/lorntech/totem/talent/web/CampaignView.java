package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.form.web.QuestionRow;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.talent.boundary.Surveys;
import eu.lorntech.totem.talent.boundary.Surveys.CampaignFile;
import eu.lorntech.totem.talent.entity.Invitation;
import eu.lorntech.totem.talent.entity.SizeBand;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's page: its questionnaire (edited while nobody has answered), the companies invited and
 * whether they answered, a company invited, the reminder in one click, the way to the results.
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> KINDS = List.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "SCALE", "NUMBER", "SHORT_TEXT", "LONG_TEXT");

    @Inject
    Surveys surveys;

    private Long id;
    private CampaignFile file;
    private List<QuestionRow> questions = new ArrayList<>();
    private String company;
    private String email;
    private String sector;
    private String size;
    private String commune;
    private String language = "fr";
    private String pasted;

    /** Called by the view action, after the view parameter; another site's campaign is "not found". */
    public void load() {
        file = surveys.file(id);
        questions = new ArrayList<>(file.questions().stream()
                .map(q -> new QuestionRow(q.kind(), q.label(), q.choices().isEmpty() ? null : String.join("\n", q.choices()), q.required()))
                .toList());
        if (questions.isEmpty()) {
            questions.add(new QuestionRow());
        }
    }

    public void addQuestion() {
        questions.add(new QuestionRow());
    }

    public void removeQuestion(QuestionRow row) {
        questions.remove(row);
    }

    public void saveQuestions() {
        surveys.setQuestions(id, questions.stream().filter(r -> r.getLabel() != null && !r.getLabel().isBlank()).map(QuestionRow::draft).toList());
        FacesMessages.info("survey.questions.saved");
        load();
    }

    public void invite() {
        surveys.invite(id, new Invitation.Company(company, email, sector, SizeBand.parse(size), commune, language));
        FacesMessages.info("survey.invite.sent", company, email);
        company = null;
        email = null;
        sector = null;
        size = null;
        commune = null;
        file = surveys.file(id);
    }

    /** The companies of a paste, one per line, invited together or not at all (the page keeps the paste to mend it). */
    public void inviteAll() {
        int n = surveys.inviteAll(id, pasted);
        FacesMessages.info("survey.inviteAll.sent", n);
        pasted = null;
        file = surveys.file(id);
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public void remind() {
        int n = surveys.remind(id);
        FacesMessages.info("survey.remind.sent", n);
        file = surveys.file(id);
    }

    public List<String> getKinds() {
        return KINDS;
    }

    public List<SizeBand> getSizes() {
        return List.of(SizeBand.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignFile getFile() {
        return file;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
