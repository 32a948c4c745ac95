/**
 * Events and workshops: agenda and sessions, speakers, registrations with capacity and waiting list, QR tickets, check-in, exports, feedback. To be built.
 */
package eu.lorntech.totem.event;
