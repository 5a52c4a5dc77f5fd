package vn.trienkhai.monitoring.remind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.trienkhai.identity.AccountDirectory;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.ReportingRounds.Standing;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.Timeliness;
import vn.trienkhai.notification.Notifications;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;

/**
 * Reminders (đôn đốc) of reports not yet sent. Every day, for each round of an active plan due soon or
 * overdue, the reporters of each agency that owes its report are told — a few days before the due date and a
 * few days after it — and after it the coordinators of the plan's unit get one notification per stage listing
 * the late agencies. The day is passed in, so tests choose it.
 *
 * <p>Each stage is the latest threshold the day has passed (a job that did not run for a few days sends the
 * current stage, not every missed one), and is sent once: the notification's key is (round, agency, stage),
 * so running the job again sends nothing new. An agency owes while it has not submitted: before the due date
 * it is NOT_DUE, after it MISSING (an agency given an exception is NOT_DUE until its day and not late).
 */
@Component
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	/** Days past the last after-stage for which a late round is still looked at (a job down for a few days). */
	static final int GRACE_DAYS = 7;

	/** How many late agencies a coordinator's notification names before "…". */
	static final int NAMED = 10;

	/** What a run did: agencies whose reporters were told, and notifications created (escalations included). */
	public record Result(int agencies, int notifications, int agenciesWithoutReporters) {

		Result plus(Result o) {
			return new Result(agencies + o.agencies, notifications + o.notifications,
					agenciesWithoutReporters + o.agenciesWithoutReporters);
		}

	}

	private final ReportingRounds rounds;

	private final Plans plans;

	private final AccountDirectory directory;

	private final Notifications notifications;

	private final RoundTexts texts;

	private final ReminderSettings settings;

	Reminders(ReportingRounds rounds, Plans plans, AccountDirectory directory, Notifications notifications,
			RoundTexts texts, ReminderSettings settings) {
		this.rounds = rounds;
		this.plans = plans;
		this.directory = directory;
		this.notifications = notifications;
		this.texts = texts;
		this.settings = settings;
	}

	@Scheduled(cron = "${trienkhai.reminders.cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		Result r = run(ReportingRounds.today());
		log.info("Reminders: {} agencies, {} notifications", r.agencies(), r.notifications());
	}

	/** The reminders of a day, for every round due soon or overdue. */
	public Result run(LocalDate today) {
		int before = settings.beforeDays().get(settings.beforeDays().size() - 1);
		int after = settings.afterDays().get(settings.afterDays().size() - 1);
		Result total = new Result(0, 0, 0);
		for (Round round : rounds.dueBetween(today.minusDays(after + GRACE_DAYS), today.plusDays(before))) {
			Optional<String> stage = stage(round.dueOn(), today);
			if (stage.isEmpty()) {
				continue;
			}
			try {
				total = total.plus(remind(round, today, stage.get(), true));
			}
			catch (RuntimeException e) {
				// one broken round must not keep the others' reminders back; it is tried again tomorrow
				log.error("Reminders of round {} failed", round.id(), e);
			}
		}
		return total;
	}

	/** A coordinator's reminder of one round now, to its reporters only (once a day per agency). */
	public Result remindNow(long roundId, LocalDate today) {
		return remind(rounds.get(roundId), today, "manual-" + today, false);
	}

	/**
	 * The stage of a day: "before-N" for the nearest threshold N at or above the days left (the due day counts
	 * as the last one), "after-N" for the largest threshold at or below the days late; empty outside them.
	 */
	Optional<String> stage(LocalDate due, LocalDate today) {
		long left = ChronoUnit.DAYS.between(today, due);
		if (left >= 0) {
			return settings.beforeDays().stream().filter(d -> d >= left).findFirst().map(d -> "before-" + d);
		}
		long late = -left;
		List<Integer> after = settings.afterDays();
		if (late > after.get(after.size() - 1) + GRACE_DAYS) {
			return Optional.empty();
		}
		return after.stream().filter(d -> d <= late).reduce((a, b) -> b).map(d -> "after-" + d);
	}

	/** The agencies that still owe their report on this day: never submitted, and (after the due date) late. */
	static List<Standing> owing(List<Standing> standings, Round round, LocalDate today) {
		Timeliness owes = today.isAfter(round.dueOn()) ? Timeliness.MISSING : Timeliness.NOT_DUE;
		return standings.stream().filter(s -> s.timeliness() == owes && s.status().isEditable()).toList();
	}

	private Result remind(Round round, LocalDate today, String stage, boolean escalate) {
		Plan plan = plans.get(round.planId());
		List<Standing> owing = owing(rounds.standings(round.id(), today), round, today);
		boolean late = today.isAfter(round.dueOn());
		long days = Math.abs(ChronoUnit.DAYS.between(today, round.dueOn()));
		String kind = stage.startsWith("manual") ? "remind.manual" : late ? "remind.after" : "remind.before";
		String roundName = texts.round(round);
		String planName = texts.plan(plan);
		String link = "/rounds/" + round.id();
		int agencies = 0;
		int sent = 0;
		int without = 0;
		for (Standing s : owing) {
			List<AccountDirectory.Contact> reporters = directory.reportersOf(s.agencyId());
			if (reporters.isEmpty()) {
				without++;
				continue;
			}
			String title = texts.text(kind + ".title", roundName, planName);
			String body = late ? texts.text(kind + ".late", s.agencyName(), roundName, planName,
					RoundTexts.date(round.dueOn()), days)
					: texts.text(kind + ".body", s.agencyName(), roundName, planName, RoundTexts.date(round.dueOn()), days);
			int n = 0;
			for (AccountDirectory.Contact reporter : reporters) {
				n += notifications.notifyOnce(reporter.accountId(), "remind:" + round.id() + ":" + s.agencyId() + ":" + stage,
						kind, title, body, link) ? 1 : 0;
			}
			agencies += n > 0 ? 1 : 0;
			sent += n;
		}
		if (escalate && late && !owing.isEmpty() && plan.orgUnitId() != null) {
			sent += escalate(round, plan, owing, stage, days, roundName, planName, link);
		}
		return new Result(agencies, sent, without);
	}

	private int escalate(Round round, Plan plan, List<Standing> owing, String stage, long days, String roundName,
			String planName, String link) {
		List<String> names = owing.stream().map(Standing::agencyName).limit(NAMED).toList();
		String list = String.join("; ", names) + (owing.size() > NAMED ? "; …" : "");
		String title = texts.text("remind.escalate.title", owing.size(), roundName, planName);
		String body = texts.text("remind.escalate.body", owing.size(), roundName, planName, RoundTexts.date(round.dueOn()),
				days, list);
		int n = 0;
		for (AccountDirectory.Contact c : directory.coordinatorsOf(plan.orgUnitId())) {
			n += notifications.notifyOnce(c.accountId(), "escalate:" + round.id() + ":" + stage, "remind.escalate", title,
					body, link) ? 1 : 0;
		}
		return n;
	}

}
