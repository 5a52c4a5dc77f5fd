package vn.trienkhai.registry.project;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.agency.Agency;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;

/**
 * The annual task lists: the lists the user proposes into or runs, opening a year's list, a list with its
 * proposals and their review, compiling, approving, and the DOCX/XLSX of the list. The proposal form is
 * {@link TaskProposalPages}.
 */
@Controller
@RequestMapping("/registry/tasks")
class TaskListPages {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final TaskLists lists;
	private final TaskProposals proposals;
	private final TaskListExports exports;
	private final OrgUnits orgUnits;
	private final Agencies agencies;

	TaskListPages(TaskLists lists, TaskProposals proposals, TaskListExports exports, OrgUnits orgUnits, Agencies agencies) {
		this.lists = lists;
		this.proposals = proposals;
		this.exports = exports;
		this.orgUnits = orgUnits;
		this.agencies = agencies;
	}

	@GetMapping
	String index(Model model) {
		long mine = CurrentUser.get().orgUnitId();
		model.addAttribute("summaries", lists.visible());
		model.addAttribute("canOpen", lists.canOpen(mine));
		model.addAttribute("unit", mine);
		model.addAttribute("unitLabel", orgUnits.qualifiedName(mine));
		model.addAttribute("nextYear", Year.now(vn.trienkhai.registry.shared.Today.VIETNAM).getValue() + 1);
		return "registry/project/tasklist-index";
	}

	@PostMapping("/lists")
	String open(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposalDeadline,
			RedirectAttributes redirect) {
		long where = unit == null ? CurrentUser.get().orgUnitId() : unit;
		try {
			TaskList list = lists.open(where, year, proposalDeadline);
			redirect.addFlashAttribute("flash", "registry.tasklist.flash.opened");
			redirect.addFlashAttribute("flashArgs", new Object[] { list.year() });
			return "redirect:/registry/tasks/lists/" + list.id();
		}
		catch (InvalidInputException e) {
			return error(redirect, e, "redirect:/registry/tasks");
		}
	}

	/** A proposal as the list shows it: who proposed it and whether this user may still change it. */
	public record Line(TaskProposal proposal, String proposer, boolean canChange) {
	}

	@GetMapping("/lists/{id}")
	String list(@PathVariable long id, Model model) {
		TaskList list = lists.readable(id);
		List<TaskProposal> shown = proposals.ofList(id);
		// names in one query for the units and one per distinct agency: a province's list has hundreds of rows
		java.util.Map<Long, String> units = orgUnits.qualifiedNames(shown.stream().map(TaskProposal::orgUnitId).toList());
		java.util.Map<Long, String> agencyNames = new java.util.HashMap<>();
		List<Line> lines = shown.stream()
			.map(p -> new Line(p, proposer(p, units, agencyNames), proposals.canChange(p, list)))
			.toList();
		model.addAttribute("list", list);
		model.addAttribute("unitName", orgUnits.qualifiedName(list.orgUnitId()));
		model.addAttribute("lines", lines);
		model.addAttribute("pending", lines.stream().filter(l -> l.proposal().isPending()).count());
		model.addAttribute("accepted", lines.stream().filter(l -> l.proposal().review() == TaskProposal.Review.ACCEPTED).count());
		model.addAttribute("canManage", lists.canManage(list));
		model.addAttribute("late", list.proposalDeadline() != null && vn.trienkhai.registry.shared.Today.date().isAfter(list.proposalDeadline()));
		return "registry/project/tasklist-detail";
	}

	@PostMapping("/lists/{id}/compile")
	String compile(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		return step(id, redirect, "registry.tasklist.flash.compiled", () -> lists.compile(id, rowVersion));
	}

	@PostMapping("/lists/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		return step(id, redirect, "registry.tasklist.flash.reopened", () -> lists.reopen(id, rowVersion));
	}

	@PostMapping("/lists/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int rowVersion, @RequestParam(required = false) String decisionNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
			RedirectAttributes redirect) {
		return step(id, redirect, "registry.tasklist.flash.approved",
				() -> lists.approve(id, rowVersion, decisionNumber, decisionDate));
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam int rowVersion,
			@RequestParam(required = false) TaskProposal.Review decision, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		TaskProposal p = proposals.get(id);
		return step(p.taskListId(), redirect, "registry.task.flash.reviewed",
				() -> proposals.review(id, rowVersion, decision, reason));
	}

	@GetMapping("/lists/{id}/export.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return file(exports.docx(id), DOCX, exports.fileName(id, "docx"));
	}

	@GetMapping("/lists/{id}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return file(exports.xlsx(id), XLSX, exports.fileName(id, "xlsx"));
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type).body(bytes);
	}

	private String step(long listId, RedirectAttributes redirect, String flash, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (InvalidInputException e) {
			error(redirect, e, null);
		}
		return "redirect:/registry/tasks/lists/" + listId;
	}

	private static String error(RedirectAttributes redirect, InvalidInputException e, String view) {
		redirect.addFlashAttribute("stepError", e.messageKey());
		redirect.addFlashAttribute("stepErrorArgs", e.args());
		return view;
	}

	private String proposer(TaskProposal p, java.util.Map<Long, String> units, java.util.Map<Long, String> agencyNames) {
		String unit = units.getOrDefault(p.orgUnitId(), "");
		if (p.ownerAgencyId() == null) {
			return unit;
		}
		String agency = agencyNames.computeIfAbsent(p.ownerAgencyId(),
				a -> agencies.findById(a).map(Agency::name).orElse(""));
		return agency.isEmpty() ? unit : agency + " — " + unit;
	}

}
