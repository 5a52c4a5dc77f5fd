/**
 * Notifications: what the system tells one person (a reminder of a report due, a report sent back), in the
 * notification centre ({@code /notifications}, an unread count in the navigation bar) and once a day as one
 * e-mail digest per person through an outbox that keeps every mail until it is sent
 * ({@code /admin/outbox}). Other modules call {@link vn.trienkhai.notification.Notifications}; recipients'
 * addresses come from {@link vn.trienkhai.identity.AccountDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.trienkhai.notification;
