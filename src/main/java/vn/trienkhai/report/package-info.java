/**
 * Reports (báo cáo tổng hợp): the report on a plan's implementation that its focal agency sends upward,
 * compiled from the approved progress reports of a round (or a span of rounds for a review) into the layout
 * of Decree 30/2020/NĐ-CP, and written as DOCX and PDF; the plan's data tables (tasks, indicator values per
 * unit and period, reporting completeness) as XLSX and CSV. Reads plan and monitoring; writes only the
 * coordinator's edits of the report's texts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package vn.trienkhai.report;
