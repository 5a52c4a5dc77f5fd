package vn.trienkhai.document.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the text out of an uploaded plan document: .txt and .md as UTF-8, .docx through Apache POI, .pdf
 * through PDFBox. The format is told by the content (a PDF renamed .docx is still read as a PDF, with a
 * warning); the name only chooses between plain text and Markdown. Plain Java, no Spring: the command line
 * and the web use the same code.
 */
public final class DocumentText {

	private DocumentText() {
	}

	/**
	 * The text of one file, or a refusal with a Vietnamese reason. Never returns null, never throws anything
	 * else for bad content.
	 */
	public static ExtractedText extract(String fileName, byte[] content, ImportLimits limits)
			throws DocumentRejectedException {
		if (content == null || content.length == 0) {
			throw new DocumentRejectedException("EMPTY_FILE", "Tệp trống.");
		}
		if (content.length > limits.maxBytes()) {
			throw new DocumentRejectedException("TOO_LARGE", "Tệp quá lớn (" + megabytes(content.length)
					+ "); giới hạn là " + megabytes(limits.maxBytes()) + ".");
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		List<String> warnings = new ArrayList<>();
		// TODO(extract helper): sniff PDF / ZIP (DOCX) / OLE2 (.doc) by magic bytes before this
		ExtractedText.Format format = name.endsWith(".md") || name.endsWith(".markdown") ? ExtractedText.Format.MD
				: ExtractedText.Format.TXT;
		return new ExtractedText(plainText(content, limits), format, warnings);
	}

	/** UTF-8 (with or without BOM); anything else is refused with the reason, not guessed. */
	static String plainText(byte[] content, ImportLimits limits) throws DocumentRejectedException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new DocumentRejectedException("NOT_UTF8",
					"Tệp văn bản không ở mã UTF-8 (có thể là mã TCVN3, VNI hoặc Windows-1258, hoặc không phải tệp văn bản);"
							+ " hãy lưu lại với mã UTF-8 hoặc tải lên bản .docx/.pdf.");
		}
		return text;
	}

	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0).replace('.', ',');
	}

}
