package vn.trienkhai.monitoring.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.monitoring.EvidenceFiles;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.OutOfScopeException;

/**
 * Evidence files of a report: uploaded by the agency's reporter while the report can still be changed,
 * downloaded by everyone who reads the report — always as an attachment with the type the content was found
 * to be, never rendered in the app's origin.
 */
@Controller
class EvidencePages {

	private final MonitoringAccess access;

	private final EvidenceFiles evidence;

	private final ReportingRounds rounds;

	EvidencePages(MonitoringAccess access, EvidenceFiles evidence, ReportingRounds rounds) {
		this.access = access;
		this.evidence = evidence;
		this.rounds = rounds;
	}

	/** The report, if its reporter may still change it (and so its evidence). */
	private ProgressReport editable(long reportId) {
		ProgressReport report = access.writableReport(reportId);
		if (!report.status().isEditable()) {
			throw new InvalidInputException("monitoring.error.locked");
		}
		if (report.status() != vn.trienkhai.monitoring.ReportStatus.RETURNED
				&& !rounds.isOpenFor(rounds.get(report.roundId()), report.agencyId(), ReportingRounds.today())) {
			throw new InvalidInputException("monitoring.error.closed",
					java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(rounds.get(report.roundId()).dueOn()));
		}
		return report;
	}

	@PostMapping("/reports/{id}/evidence")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Long taskId, RedirectAttributes redirect) throws IOException {
		try {
			editable(id);
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("monitoring.evidence.error.empty");
			}
			try (InputStream in = file.getInputStream()) {
				evidence.store(id, taskId, file.getOriginalFilename(), in, file.getSize());
			}
			redirect.addFlashAttribute("flash", "monitoring.flash.evidenceAdded");
		}
		catch (InvalidInputException e) {
			RoundPages.error(redirect, e);
		}
		return "redirect:/reports/" + id + "#evidence";
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id) {
		EvidenceFiles.Evidence file = evidence.find(id).orElseThrow(() -> new NotFoundException("evidence " + id));
		access.readableReport(file.reportId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(evidence.open(id)));
	}

	@PostMapping("/evidence/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		EvidenceFiles.Evidence file = evidence.find(id).orElseThrow(() -> new NotFoundException("evidence " + id));
		try {
			editable(file.reportId());
			evidence.delete(id);
			redirect.addFlashAttribute("flash", "monitoring.flash.evidenceDeleted");
		}
		catch (InvalidInputException e) {
			RoundPages.error(redirect, e);
		}
		catch (OutOfScopeException e) {
			throw e;
		}
		return "redirect:/reports/" + file.reportId() + "#evidence";
	}

}
