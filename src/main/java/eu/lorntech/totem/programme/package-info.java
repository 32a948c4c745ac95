/**
 * Programmes: talent detection, incubation, acceleration; calls for applications with a deadline
 * and weighted criteria, founders' applications (draft, submit, only their own), juries with
 * declared conflicts of interest, scores and the weighted ranking, decisions. Built so far: the
 * domain, its boundaries (OpenCalls, Calls, Applications, Jury) and the pages for calls, applying,
 * scoring and ranking; cohorts, milestones, mentoring, KPIs and exports are still to come.
 */
package eu.lorntech.totem.programme;
