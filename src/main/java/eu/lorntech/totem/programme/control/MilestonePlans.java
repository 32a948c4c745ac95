package eu.lorntech.totem.programme.control;

import eu.lorntech.totem.programme.entity.Milestone;
import eu.lorntech.totem.programme.entity.MilestoneTemplate;
import eu.lorntech.totem.programme.entity.Startup;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Gives a startup that joins a cohort the milestones of its programme's template, due from the cohort's start. */
@Dependent
public class MilestonePlans {

    @PersistenceContext
    EntityManager em;

    public void plan(Startup s) {
        em.flush();
        em.createNamedQuery(MilestoneTemplate.OF_PROGRAMME, MilestoneTemplate.class)
                .setParameter("p", s.getCohort().getProgramme().getId()).getResultStream()
                .forEach(t -> em.persist(new Milestone(s, t, s.getCohort().dueOn(t))));
    }
}
