package vn.trienkhai.monitoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportingRegimes;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.RoundKind;
import vn.trienkhai.monitoring.Schedule;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;

/**
 * A plan's reporting regime and rounds ({@code /plans/{id}/rounds}), one round with every responsible
 * agency's standing ({@code /rounds/{id}}), and the coordinator's actions on them: change the regime, open a
 * review or an ad hoc round, grant an exception past the deadline.
 */
@Controller
class RoundPages {

	private final MonitoringAccess access;

	private final ReportingRegimes regimes;

	private final ReportingRounds rounds;

	private final ProgressReports reports;

	private final Agencies agencies;

	private final RoundLabels labels;

	RoundPages(MonitoringAccess access, ReportingRegimes regimes, ReportingRounds rounds, ProgressReports reports,
			Agencies agencies, RoundLabels labels) {
		this.labels = labels;
		this.access = access;
		this.regimes = regimes;
		this.rounds = rounds;
		this.reports = reports;
		this.agencies = agencies;
	}

	/** A round in the list, with its counts as the user may see them. */
	record RoundRow(Round round, ReportingRounds.Completeness completeness, boolean open, Long myReportId,
			String myStatus) {
	}

	@GetMapping("/plans/{id}/rounds")
	String list(@PathVariable long id, Model model) {
		Plan plan = access.visiblePlan(id);
		LocalDate today = ReportingRounds.today();
		Long myAgency = CurrentUser.get().is(Role.REPORTER) ? CurrentUser.get().agencyId() : null;
		List<RoundRow> rows = new ArrayList<>();
		for (Round r : rounds.ofPlan(id)) {
			List<ReportingRounds.Standing> standings = access.visible(rounds.standings(r.id(), today));
			ReportingRounds.Standing mine = myAgency == null ? null
					: standings.stream().filter(s -> s.agencyId() == myAgency).findFirst().orElse(null);
			rows.add(new RoundRow(r, ReportingRounds.Completeness.of(standings), r.hasBegun(today) && !today.isAfter(r.dueOn()),
					mine == null ? null : mine.reportId(), mine == null ? null : mine.status().name()));
		}
		model.addAttribute("plan", plan);
		model.addAttribute("rows", rows);
		ReportingRegimes.Regime regime = regimes.find(id).orElse(null);
		model.addAttribute("regime", regime);
		model.addAttribute("focalName", regime == null || regime.focalAgencyId() == null ? null
				: agencies.get(regime.focalAgencyId()).name());
		model.addAttribute("agencies", agencies.ofOrgUnit(plan.orgUnitId()));
		model.addAttribute("canCoordinate", access.coordinates(plan));
		model.addAttribute("myAgency", myAgency);
		model.addAttribute("kinds", List.of(RoundKind.INTERIM_REVIEW, RoundKind.FINAL_REVIEW, RoundKind.AD_HOC));
		model.addAttribute("frequencies", List.of(RoundKind.ANNUAL, RoundKind.SEMIANNUAL, RoundKind.QUARTERLY, RoundKind.MONTHLY));
		model.addAttribute("today", today);
		return "monitoring/rounds";
	}

	@PostMapping("/plans/{id}/rounds")
	String open(@PathVariable long id, @RequestParam RoundKind kind, @RequestParam String label,
			@RequestParam String periodStart, @RequestParam String periodEnd, @RequestParam String dueOn,
			RedirectAttributes redirect) {
		access.coordinatedPlan(id);
		try {
			long roundId = rounds.open(id, kind, label, Inputs.day(periodStart), Inputs.day(periodEnd),
					Inputs.day(dueOn));
			redirect.addFlashAttribute("flash", "monitoring.flash.roundOpened");
			return "redirect:/rounds/" + roundId;
		}
		catch (InvalidInputException e) {
			error(redirect, e);
			return "redirect:/plans/" + id + "/rounds#round-open";
		}
	}

	@PostMapping("/plans/{id}/reviews")
	String review(@PathVariable long id, @RequestParam RoundKind kind, @RequestParam int years,
			RedirectAttributes redirect) {
		access.coordinatedPlan(id);
		try {
			long roundId = rounds.openReview(id, kind, years);
			redirect.addFlashAttribute("flash", "monitoring.flash.roundOpened");
			return "redirect:/rounds/" + roundId;
		}
		catch (InvalidInputException e) {
			error(redirect, e);
			return "redirect:/plans/" + id + "/rounds#round-open";
		}
	}

	@PostMapping("/plans/{id}/regime")
	String regime(@PathVariable long id, @RequestParam(required = false) Long focalAgencyId,
			@RequestParam String firstYear, @RequestParam String lastYear,
			@RequestParam(name = "frequency", required = false) List<RoundKind> frequencies,
			@RequestParam Map<String, String> params, @RequestParam int rowVersion, RedirectAttributes redirect) {
		access.coordinatedPlan(id);
		try {
			List<Schedule> schedules = new ArrayList<>();
			for (RoundKind f : frequencies == null ? List.<RoundKind>of() : frequencies) {
				schedules.add(schedule(f, params));
			}
			if (schedules.isEmpty()) {
				throw new InvalidInputException("monitoring.error.schedule.none");
			}
			regimes.update(id, focalAgencyId, year(firstYear), year(lastYear), schedules, rowVersion);
			redirect.addFlashAttribute("flash", "monitoring.flash.regimeSaved");
		}
		catch (InvalidInputException e) {
			error(redirect, e);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "monitoring.error.conflict");
		}
		return "redirect:/plans/" + id + "/rounds";
	}

	/** A schedule from the regime form: due day (and month), period end day (and month, for annual ones). */
	private static Schedule schedule(RoundKind f, Map<String, String> params) {
		Integer dueDay = small(params.get("dueDay." + f), 1, 31);
		Integer dueMonth = small(params.get("dueMonth." + f), 1, 12);
		Integer endDay = small(params.get("endDay." + f), 1, 28);
		Integer endMonth = small(params.get("endMonth." + f), 1, 12);
		Schedule base = Schedule.of(f, dueMonth, dueDay, null);
		return new Schedule(f, endDay != null ? endDay : base.periodEndDay(),
				endMonth != null && f == RoundKind.ANNUAL ? endMonth : base.periodEndMonth(), base.dueDay(), base.dueMonth(),
				null);
	}

	private static Integer small(String value, int min, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int v = Integer.parseInt(value.strip());
			if (v >= min && v <= max) {
				return v;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new InvalidInputException("monitoring.error.schedule.day", value.strip(), min, max);
	}

	private static int year(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (RuntimeException e) {
			throw new InvalidInputException("monitoring.error.years");
		}
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable long id, Model model) {
		Round round = access.visibleRound(id);
		Plan plan = access.visiblePlan(round.planId());
		LocalDate today = ReportingRounds.today();
		List<ReportingRounds.Standing> standings = access.visible(rounds.standings(id, today));
		model.addAttribute("plan", plan);
		model.addAttribute("round", round);
		model.addAttribute("roundLabel", labels.of(round));
		model.addAttribute("zone", ReportingRounds.ZONE);
		model.addAttribute("standings", standings);
		model.addAttribute("completeness", ReportingRounds.Completeness.of(standings));
		model.addAttribute("canCoordinate", access.coordinates(plan));
		Long myAgency = CurrentUser.get().is(Role.REPORTER) ? CurrentUser.get().agencyId() : null;
		model.addAttribute("myStanding", myAgency == null ? null
				: standings.stream().filter(s -> s.agencyId() == myAgency).findFirst().orElse(null));
		model.addAttribute("today", today);
		return "monitoring/round";
	}

	/** The reporter's own report in the round, begun when it does not exist yet. */
	@PostMapping("/rounds/{id}/report")
	String myReport(@PathVariable long id) {
		access.visibleRound(id);
		Long agency = CurrentUser.get().agencyId();
		if (!CurrentUser.get().is(Role.REPORTER) || agency == null) {
			throw new OutOfScopeException("only a reporter of an agency writes a report");
		}
		ProgressReport report = reports.begin(id, agency);
		return "redirect:/reports/" + report.id();
	}

	@PostMapping("/rounds/{id}/exceptions")
	String exception(@PathVariable long id, @RequestParam long agencyId, @RequestParam String until,
			@RequestParam String reason, RedirectAttributes redirect) {
		Round round = access.visibleRound(id);
		access.coordinatedPlan(round.planId());
		try {
			rounds.grantException(id, agencyId, Inputs.day(until), reason);
			redirect.addFlashAttribute("flash", "monitoring.flash.exceptionGranted");
		}
		catch (InvalidInputException e) {
			error(redirect, e);
		}
		return "redirect:/rounds/" + id;
	}

	@PostMapping("/rounds/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Round round = access.visibleRound(id);
		access.coordinatedPlan(round.planId());
		try {
			rounds.delete(id);
			redirect.addFlashAttribute("flash", "monitoring.flash.roundDeleted");
			return "redirect:/plans/" + round.planId() + "/rounds";
		}
		catch (InvalidInputException e) {
			error(redirect, e);
			return "redirect:/rounds/" + id;
		}
	}

	static void error(RedirectAttributes redirect, InvalidInputException e) {
		redirect.addFlashAttribute("errorKey", e.messageKey());
		redirect.addFlashAttribute("errorArgs", e.args());
	}

}
