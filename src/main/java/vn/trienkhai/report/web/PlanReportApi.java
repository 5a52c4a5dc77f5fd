package vn.trienkhai.report.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.report.ImplementationReport;
import vn.trienkhai.report.ImplementationReports;
import vn.trienkhai.report.ImplementationReports.Format;
import vn.trienkhai.report.ReportSpan;

/**
 * A plan's implementation report and data tables as files: {@code GET /api/plans/{id}/reports/{round}.docx},
 * {@code .pdf}, {@code .xlsx}, {@code .csv?table=tasks|values|completeness}; {@code ?from={round}} for a span
 * of rounds. The compiled report as JSON at {@code /api/plans/{id}/reports/{round}}. The page's download
 * buttons link here too (the API takes the browser's session). The number of warnings (characters replaced)
 * is in {@code X-Report-Warnings}.
 */
@RestController
@RequestMapping("/api/plans/{planId}/reports")
class PlanReportApi {

	private final ReportAccess access;

	private final ImplementationReports reports;

	PlanReportApi(ReportAccess access, ImplementationReports reports) {
		this.access = access;
		this.reports = reports;
	}

	@GetMapping("/{round:\\d+}")
	ImplementationReport report(@PathVariable long planId, @PathVariable long round, @RequestParam(required = false) Long from) {
		return reports.compile(span(planId, round, from));
	}

	@GetMapping("/{round:\\d+}.{extension:[A-Za-z]+}")
	ResponseEntity<byte[]> file(@PathVariable long planId, @PathVariable long round, @PathVariable String extension,
			@RequestParam(required = false) Long from, @RequestParam(required = false) String table) {
		Format format = Format.of(extension);
		if (format == null) {
			throw new NotFoundException("report format " + extension);
		}
		ReportSpan span = span(planId, round, from);
		ImplementationReports.Document doc = format == Format.CSV ? reports.csv(span, table)
				: format == Format.XLSX ? reports.xlsx(span) : reports.report(span, format);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(doc.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Report-Warnings", String.valueOf(doc.warnings().size()))
			.body(doc.bytes());
	}

	private ReportSpan span(long planId, long round, Long from) {
		return reports.span(access.readablePlan(planId), round, from);
	}

}
