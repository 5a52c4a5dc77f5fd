/**
 * The plan-document text parser: plain Java, no Spring. Exposed to other modules as the named interface
 * "parse" ({@link vn.trienkhai.document.parse.PlanParser}, {@link vn.trienkhai.document.parse.PlanDraft},
 * {@link vn.trienkhai.document.parse.PlanDraftJson}) so that benchmarks and tools can read plan texts
 * without the import's storage.
 */
@org.springframework.modulith.NamedInterface("parse")
package vn.trienkhai.document.parse;
