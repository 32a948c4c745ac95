/**
 * Coworking: resources of each site (desks, meeting rooms, phone booths, fablab machines with
 * training badges), opening hours and closures, bookings with no double booking ever (quarter-hour
 * claims under a primary key), recurring bookings, plans and monthly credits, check-in and room
 * release, iCal feeds, occupancy for space managers.
 */
package eu.lorntech.totem.coworking;
