/**
 * Lab equipment for shared use (thiết bị dùng chung): the devices, their weekly opening hours and blocked
 * periods, bookings (requested by anyone who enters records, decided by the unit's managers or the owner
 * agency, never two approved ones overlapping) and the usage log.
 */
package vn.trienkhai.registry.equipment;
