/**
 * Coworking: resources of each site (desks, meeting rooms, fablab machines), opening hours and closures, bookings with no double booking ever, plans and credits, check-in, iCal feeds, occupancy. To be built (issue: Coworking).
 */
package eu.lorntech.totem.coworking;
