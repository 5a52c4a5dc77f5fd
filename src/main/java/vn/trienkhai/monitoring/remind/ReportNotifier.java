package vn.trienkhai.monitoring.remind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.identity.AccountDirectory;
import vn.trienkhai.monitoring.ReportDecided;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.notification.Notifications;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;

/**
 * Tells the people on the other side when a report changes hands: the plan's coordinators when an agency
 * submits, the agency's reporters when it is returned (with the comment), approved or reopened. In the
 * transaction of the change, so a notification never speaks of a change that did not happen.
 */
@Component
class ReportNotifier {

	private final Notifications notifications;

	private final AccountDirectory accounts;

	private final ReportingRounds rounds;

	private final Plans plans;

	private final Agencies agencies;

	private final RoundTexts texts;

	ReportNotifier(Notifications notifications, AccountDirectory accounts, ReportingRounds rounds, Plans plans,
			Agencies agencies, RoundTexts texts) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.rounds = rounds;
		this.plans = plans;
		this.agencies = agencies;
		this.texts = texts;
	}

	@EventListener
	void on(ReportDecided event) {
		Round round = rounds.get(event.roundId());
		Plan plan = plans.get(round.planId());
		String agency = agencies.get(event.agencyId()).name();
		String link = "/reports/" + event.reportId();
		String roundName = texts.round(round);
		String planName = texts.plan(plan);
		switch (event.status()) {
			case SUBMITTED -> accounts.coordinatorsOf(plan.orgUnitId()).forEach(c -> notifications.notify(c.accountId(),
					"report.submitted", texts.text("remind.report.submitted.title", agency, roundName),
					texts.text("remind.report.submitted.body", agency, roundName, planName), link));
			case RETURNED -> accounts.reportersOf(event.agencyId()).forEach(r -> notifications.notify(r.accountId(),
					"report.returned", texts.text("remind.report.returned.title", roundName, planName),
					texts.text("remind.report.returned.body", event.comment() == null ? "" : event.comment()), link));
			case APPROVED -> accounts.reportersOf(event.agencyId()).forEach(r -> notifications.notify(r.accountId(),
					"report.approved", texts.text("remind.report.approved.title", roundName, planName),
					texts.text("remind.report.approved.body", agency, roundName, planName), link));
			default -> {
			}
		}
	}

}
