package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.platform.web.SiteContext;
import eu.lorntech.totem.talent.boundary.Pathways;
import eu.lorntech.totem.talent.boundary.Pathways.Card;
import eu.lorntech.totem.talent.boundary.Pathways.Option;
import eu.lorntech.totem.talent.entity.Stage;
import eu.lorntech.totem.platform.i18n.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.event.DragDropEvent;

/**
 * The pathway board of the current site: one column per stage, a card per candidate. A card moves by
 * drag and drop, or with its "move to" list and button (keyboard and phone); filters by school,
 * action and stage.
 */
@Named
@ViewScoped
public class BoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A column of the board: the stage, its cards, the average days candidates spent in it before moving on (null: none yet). */
    public record Column(String stage, List<Card> cards, Double averageDays) implements Serializable {
    }

    /** The indexes ui:repeat writes into a card's and a column's client ids. */
    private static final Pattern CARD_ID = Pattern.compile(":columns:(\\d+):cards:(\\d+):card$");
    private static final Pattern COLUMN_ID = Pattern.compile(":columns:(\\d+):column$");

    @Inject
    Pathways pathways;

    @Inject
    SiteContext site;

    private Long siteId;
    private boolean manager;
    private List<Option> schools = List.of();
    private List<Option> actions = List.of();
    private Long schoolId;
    private Long actionId;
    private String stage;
    private List<Column> columns = List.of();
    private boolean more;
    private int total;
    private final Map<Long, String> targets = new HashMap<>();

    /** Called by the view action. */
    public void load() {
        siteId = site.currentSiteId();
        manager = pathways.manages(siteId);
        if (manager) {
            schools = pathways.schools(siteId);
            actions = pathways.actions(siteId);
            refresh();
        }
    }

    public void filter() {
        refresh();
    }

    private void refresh() {
        Pathways.Board board = pathways.board(siteId, schoolId, actionId, stage);
        List<Column> built = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (stage == null || stage.isBlank() || stage.equals(s.name())) {
                built.add(new Column(s.name(), board.cards().stream().filter(c -> c.stage().equals(s.name())).toList(),
                        board.averageDays().get(s.name())));
            }
        }
        columns = built;
        more = board.more();
        total = board.cards().size();
        targets.clear();
    }

    /** The "move to" button of a card: to the stage chosen in its list. */
    public void move(Card card) {
        String target = targets.get(card.id());
        if (target == null || target.isBlank()) {
            FacesMessages.error("talent.move.chooseStage", card.name());
            return;
        }
        moved(card, target);
    }

    /** A card dropped on a column. */
    public void dropped(DragDropEvent<?> event) {
        Matcher card = CARD_ID.matcher(event.getDragId());
        Matcher column = COLUMN_ID.matcher(event.getDropId());
        if (!card.find() || !column.find()) {
            return;
        }
        Column from = columns.get(Integer.parseInt(card.group(1)));
        Card c = from.cards().get(Integer.parseInt(card.group(2)));
        String target = columns.get(Integer.parseInt(column.group(1))).stage();
        if (!target.equals(c.stage())) {
            moved(c, target);
        }
    }

    private void moved(Card card, String target) {
        try {
            pathways.move(card.id(), card.stage(), target, null);
            FacesMessages.info("talent.moved", card.name(),
                    Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "talent.stage." + target));
        } finally {
            refresh();
        }
    }

    public Long getSiteId() {
        return siteId;
    }

    public boolean isManager() {
        return manager;
    }

    public List<Option> getSchools() {
        return schools;
    }

    public List<Option> getActions() {
        return actions;
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Long getActionId() {
        return actionId;
    }

    public void setActionId(Long actionId) {
        this.actionId = actionId;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public boolean isMore() {
        return more;
    }

    public int getTotal() {
        return total;
    }

    public Map<Long, String> getTargets() {
        return targets;
    }
}
