/**
 * Programmes: talent detection, incubation, acceleration; calls for applications with a deadline
 * and weighted criteria, founders' applications (draft, submit, only their own), juries with
 * declared conflicts of interest, scores and the weighted ranking, decisions. Built so far: the
 * domain and its boundaries (Calls, Applications, Jury) with tests; pages, cohorts, milestones,
 * mentoring, KPIs and exports are still to come (issue: Programmes).
 */
package eu.lorntech.totem.programme;
