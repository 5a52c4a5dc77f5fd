package vn.trienkhai.notification;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest: every morning, one mail per person with what they were told since the last one, then the
 * outbox is sent (the mails that failed before with it). After the reminders job, so its reminders go out the
 * same morning.
 */
@Component
class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	private final Outbox outbox;

	DigestJob(Outbox outbox) {
		this.outbox = outbox;
	}

	@Scheduled(cron = "${trienkhai.notification.digest-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		run(LocalDate.now(Outbox.VIETNAM));
	}

	/** The digest of a day: made, then sent; returns the mails made. */
	int run(LocalDate day) {
		int made = outbox.collect(day);
		int sent = outbox.send();
		log.info("Digest of {}: {} mails made, {} sent{}", day, made, sent, outbox.canSend() ? "" : " (no mail server configured)");
		return made;
	}

}
