package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.EventCatalogue;
import eu.lorntech.totem.event.boundary.EventCatalogue.AgendaItem;
import eu.lorntech.totem.event.boundary.EventCatalogue.Detail;
import eu.lorntech.totem.event.boundary.EventCatalogue.QuestionItem;
import eu.lorntech.totem.event.boundary.Registrations;
import eu.lorntech.totem.event.boundary.Registrations.Placed;
import eu.lorntech.totem.event.boundary.Registrations.Signup;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.Registration.Person;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event's public page: what, when, where, the agenda and its speakers, the seats left, and the
 * registration form for a person and up to four colleagues (or one click when signed in). The view
 * is transient: the event's id travels in the form as a plain field, and a visit creates no session.
 */
@Named
@RequestScoped
public class EventView {

    @Inject
    EventCatalogue catalogue;

    @Inject
    Registrations registrations;

    @Inject
    CurrentLocale locale;

    private Long id;
    private Detail event;
    private String state;
    private List<AgendaItem> breakouts = List.of();
    private final PersonFields lead = new PersonFields();
    private final List<PersonFields> colleagues = new ArrayList<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, Object> ticked = new HashMap<>();
    private final Map<Long, Boolean> sessions = new HashMap<>();
    private boolean consent;
    private List<Placed> placed = List.of();

    @PostConstruct
    void load() {
        for (int i = 0; i < Event.MAX_GROUP - 1; i++) {
            colleagues.add(new PersonFields());
        }
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = param == null || !param.matches("\\d{1,18}") ? null : Long.valueOf(param);
            show(catalogue.detail(id));
        } catch (Refusal e) {
            FacesMessages.show(e);
        }
    }

    private void show(Detail d) {
        event = d;
        breakouts = d.agenda().stream().filter(AgendaItem::isBreakout).toList();
        Instant now = Instant.now();
        if ("CANCELLED".equals(d.card().status())) {
            state = "cancelled";
        } else if (d.card().open()) {
            state = "open";
        } else if (d.registrationOpens() != null && now.isBefore(d.registrationOpens())) {
            state = "notYetOpen";
        } else {
            state = "closed";
        }
    }

    /** A visitor registers themself and the colleagues they named, each placed (a seat, or the waiting list). */
    public void register() {
        if (event == null) {
            return;
        }
        try {
            List<Person> companions = new ArrayList<>();
            for (PersonFields c : colleagues) {
                if (!c.isEmpty()) {
                    companions.add(c.person());
                }
            }
            Set<Long> chosen = new HashSet<>();
            sessions.forEach((session, yes) -> {
                if (Boolean.TRUE.equals(yes)) {
                    chosen.add(session);
                }
            });
            Signup signup = new Signup(lead.person(), companions, consent, answers(), locale.getLanguage(), chosen);
            placed = registrations.register(id, signup, clientAddress());
            FacesMessages.info("event.public.registered");
            show(catalogue.detail(id));
        } catch (Refusal e) {
            FacesMessages.show(e);
        }
    }

    /** A signed-in person registers with their account's name and address. */
    public void registerMe() {
        if (event == null) {
            return;
        }
        try {
            placed = registrations.registerMe(id);
            FacesMessages.info("event.public.registered");
            show(catalogue.detail(id));
        } catch (Refusal e) {
            FacesMessages.show(e);
        }
    }

    private Map<Long, String> answers() {
        Map<Long, String> all = new HashMap<>();
        for (QuestionItem q : event.questions()) {
            if ("MULTIPLE_CHOICE".equals(q.kind())) {
                List<String> t = ticks(ticked.get(q.id()));
                if (!t.isEmpty()) {
                    all.put(q.id(), String.join("\n", t));
                }
            } else if (!blank(texts.get(q.id()))) {
                all.put(q.id(), texts.get(q.id()));
            }
        }
        return all;
    }

    /** The client behind the request, for the guest limit: the socket's peer, or whom a trusted proxy names. */
    private static String clientAddress() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        java.util.List<String> forwarded = java.util.Collections.list(request.getHeaders("X-Forwarded-For"));
        return eu.lorntech.totem.platform.security.ClientAddress.of(request.getRemoteAddr(),
                forwarded.isEmpty() ? null : String.join(",", forwarded));
    }

    /** What a check-box list hands back: an array or a list of the ticked choices, depending on the value's declared type. */
    private static List<String> ticks(Object value) {
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Detail getEvent() {
        return event;
    }

    /** open, notYetOpen, closed or cancelled. */
    public String getState() {
        return state;
    }

    public List<AgendaItem> getBreakouts() {
        return breakouts;
    }

    public PersonFields getLead() {
        return lead;
    }

    public List<PersonFields> getColleagues() {
        return colleagues;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public Map<Long, Object> getTicked() {
        return ticked;
    }

    public Map<Long, Boolean> getSessions() {
        return sessions;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public List<Placed> getPlaced() {
        return placed;
    }
}
