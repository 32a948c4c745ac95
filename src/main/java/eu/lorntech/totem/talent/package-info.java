/**
 * Talent and employment pathways: candidates, schools, pathway stages, companies' offers, matching, placements, and the survey of local companies' needs. To be built.
 */
package eu.lorntech.totem.talent;
