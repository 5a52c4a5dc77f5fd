/**
 * Audit: the log of every write — who, when, what, the record before and after — readable by
 * administrators. Other modules call {@link vn.trienkhai.audit.AuditLog} inside the transaction of the
 * write, so a write and its audit entry are saved together or not at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.trienkhai.audit;
