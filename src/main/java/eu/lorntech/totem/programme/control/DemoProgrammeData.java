package eu.lorntech.totem.programme.control;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.persistence.DatabaseReady;
import eu.lorntech.totem.programme.entity.Application;
import eu.lorntech.totem.programme.entity.CallForApplications;
import eu.lorntech.totem.programme.entity.Criterion;
import eu.lorntech.totem.programme.entity.JuryAssignment;
import eu.lorntech.totem.programme.entity.Programme;
import eu.lorntech.totem.programme.entity.ProgrammeKind;
import eu.lorntech.totem.form.entity.Question;
import eu.lorntech.totem.form.entity.QuestionKind;
import eu.lorntech.totem.programme.entity.Score;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The demo's programmes: Thi'Pi's incubation with an open call, two submitted applications and jury scores; a talent-detection programme. */
@Stateless
public class DemoProgrammeData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    People people;

    @PermitAll
    public void load(@Observes @Priority(300) DatabaseReady ready) {
        if (!ready.wantsDemoData() || !em.createQuery("select p.id from Programme p", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Long thipi = sites.all().stream().filter(s -> s.code().equals("thionville")).map(s -> s.id()).findFirst().orElse(null);
        Long founder = people.byEmail("fondatrice@totem.example").map(Caller::id).orElse(null);
        Long museum = people.byEmail("musee@totem.example").map(Caller::id).orElse(null);
        Long mentor = people.byEmail("mentor@totem.example").map(Caller::id).orElse(null);
        if (thipi == null || founder == null || museum == null || mentor == null) {
            return;
        }
        Programme incubation = persist(new Programme(thipi, ProgrammeKind.INCUBATION, "Incubation Thi’Pi",
                "Modèle économique, accès au marché, compétences, financement."));
        persist(new Programme(thipi, ProgrammeKind.TALENT_DETECTION, "Détection de talents",
                "Avec les lycées et le pôle entrepreneuriat étudiant de l’Université de Lorraine."));
        Instant now = Instant.now();
        CallForApplications call = persist(new CallForApplications(incubation, "Appel à candidatures — promotion 2027",
                now.minus(Duration.ofDays(20)), now.plus(Duration.ofDays(25)), false));
        em.flush();
        Criterion team = persist(new Criterion(call.getId(), "Équipe", 3));
        Criterion market = persist(new Criterion(call.getId(), "Marché", 2));
        Criterion impact = persist(new Criterion(call.getId(), "Impact territorial", 1));
        persist(new Question(call.getForm(), 1, QuestionKind.SHORT_TEXT, "Commune d’implantation du projet", null, false));
        persist(new Question(call.getForm(), 2, QuestionKind.SINGLE_CHOICE, "Stade du projet", "Idée\nPrototype\nPremiers clients", false));
        persist(new Question(call.getForm(), 3, QuestionKind.PDF, "Pitch deck (PDF)", null, false));
        Application studio = persist(new Application(call, founder, "Studio Fensch Animation",
                "Studio d’animation 3D pour l’éducation et le tourisme.", now.minus(Duration.ofDays(10))));
        Application bikes = persist(new Application(call, museum, "Musée Moto & Vélo",
                "Un musée vivant du vélo et de la moto au centre de Ménil-Flin.", now.minus(Duration.ofDays(9))));
        studio.submit(now.minus(Duration.ofDays(8)));
        bikes.submit(now.minus(Duration.ofDays(7)));
        em.flush();
        JuryAssignment j1 = persist(new JuryAssignment(studio, mentor));
        persist(new JuryAssignment(bikes, mentor));
        em.flush();
        for (Object[] s : List.of(new Object[] {team, 8}, new Object[] {market, 6}, new Object[] {impact, 7})) {
            persist(new Score(j1.getId(), ((Criterion) s[0]).getId(), (Integer) s[1], null));
        }
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
