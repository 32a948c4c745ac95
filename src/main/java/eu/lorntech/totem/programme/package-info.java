/**
 * Programmes: talent detection, incubation, acceleration; calls for applications, juries and scoring, cohorts, milestones, mentoring, quarterly KPIs, dashboards for funders. To be built (issue: Programmes).
 */
package eu.lorntech.totem.programme;
