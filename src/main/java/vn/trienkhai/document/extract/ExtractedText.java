package vn.trienkhai.document.extract;

import java.util.List;

/**
 * The text of an uploaded file, ready for the parser.
 *
 * @param text the document's text; tables of a .docx as pipe rows ("| Nhiệm vụ | Cơ quan chủ trì | … |")
 * @param format what the file really is, from its content (not its name)
 * @param warnings notes for the person reviewing (a name whose extension does not match the content …)
 */
public record ExtractedText(String text, Format format, List<String> warnings) {

	public ExtractedText {
		warnings = List.copyOf(warnings);
	}

	/** The formats we read. */
	public enum Format {
		TXT, MD, DOCX, PDF;

		/** The media type a stored original is served with. */
		public String mediaType() {
			return switch (this) {
				case TXT -> "text/plain;charset=UTF-8";
				case MD -> "text/markdown;charset=UTF-8";
				case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				case PDF -> "application/pdf";
			};
		}
	}

}
