package vn.trienkhai.notification;

import java.time.Instant;

/**
 * One thing the system told one person.
 *
 * @param link an app-relative URL ("/rounds/12") of what it is about, or null
 * @param readAt null while unread
 */
public record Notification(long id, long accountId, String kind, String title, String body, String link,
		Instant createdAt, Instant readAt) {

	public boolean isRead() {
		return readAt != null;
	}

}
