package vn.trienkhai.document;

import vn.trienkhai.document.extract.ExtractedText;
import vn.trienkhai.document.parse.PlanDraft;

/** A file read and parsed, not stored: what {@code POST /api/documents/parse} answers with. */
public record ParsedFile(ExtractedText extracted, PlanDraft draft) {
}
