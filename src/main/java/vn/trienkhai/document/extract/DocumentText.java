package vn.trienkhai.document.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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

	/** What the first bytes say a file is. */
	enum Sniffed {
		PDF, ZIP, OLE2, OTHER_BINARY, TEXT
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
		String extension = extension(name);
		List<String> warnings = new ArrayList<>();
		ExtractedText.Format format;
		String text;
		switch (sniff(content)) {
			case PDF -> {
				format = ExtractedText.Format.PDF;
				text = Worker.run(limits, () -> PdfText.read(content, limits));
			}
			case ZIP -> {
				format = ExtractedText.Format.DOCX;
				text = Worker.run(limits, () -> DocxText.read(content, limits));
			}
			case OLE2 -> {
				if (encryptedOoxml(content)) {
					throw new DocumentRejectedException("ENCRYPTED", "Tệp Word/Excel được đặt mật khẩu; hãy gỡ mật khẩu"
							+ " (Word: Tệp > Thông tin > Bảo vệ tài liệu) rồi tải lên lại.");
				}
				throw new DocumentRejectedException("UNSUPPORTED_FORMAT",
					"Tệp ở định dạng Word/Excel cũ (.doc, .xls); hãy mở bằng Word và lưu lại dạng .docx"
							+ " (hoặc xuất ra .pdf) rồi tải lên.");
			}
			case OTHER_BINARY -> throw new DocumentRejectedException("UNSUPPORTED_FORMAT", binaryKind(content)
					+ "; chỉ nhận văn bản .docx, .pdf, .txt hoặc .md.");
			default -> {
				format = extension.equals("md") || extension.equals("markdown") ? ExtractedText.Format.MD
						: ExtractedText.Format.TXT;
				text = plainText(content, limits);
				if (mostlyControlChars(text)) {
					throw new DocumentRejectedException("UNSUPPORTED_FORMAT",
							"Tệp không phải văn bản (phần lớn là ký tự điều khiển); chỉ nhận văn bản .docx, .pdf, .txt"
									+ " hoặc .md.");
				}
			}
		}
		String mismatch = extensionWarning(extension, format);
		if (mismatch != null) {
			warnings.add(mismatch);
		}
		// PDF text often comes decomposed (NFD); one form everywhere keeps comparisons simple downstream
		text = Normalizer.normalize(text, Normalizer.Form.NFC);
		if (text.length() > limits.maxChars()) {
			int cut = limits.maxChars();
			if (Character.isHighSurrogate(text.charAt(cut - 1))) {
				cut--; // do not leave half a character behind
			}
			text = text.substring(0, cut);
			warnings.add("Văn bản dài hơn " + limits.maxChars() + " ký tự; chỉ đọc phần đầu.");
		}
		return new ExtractedText(text, format, warnings);
	}

	static Sniffed sniff(byte[] b) {
		if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Sniffed.PDF;
		}
		if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
			return Sniffed.ZIP;
		}
		if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return Sniffed.OLE2;
		}
		return binaryKind(b) != null ? Sniffed.OTHER_BINARY : Sniffed.TEXT;
	}

	/** The name of a known non-document format, or null. */
	private static String binaryKind(byte[] b) {
		if (startsWith(b, 0x89, 'P', 'N', 'G')) {
			return "Tệp là ảnh PNG, không phải văn bản";
		}
		if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
			return "Tệp là ảnh JPEG, không phải văn bản";
		}
		if (startsWith(b, 'G', 'I', 'F', '8')) {
			return "Tệp là ảnh GIF, không phải văn bản";
		}
		if (startsWith(b, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
			return "Tệp là tệp nén RAR, không phải văn bản";
		}
		if (startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
			return "Tệp là tệp nén 7z, không phải văn bản";
		}
		if (startsWith(b, 0x1F, 0x8B)) {
			return "Tệp là tệp nén gzip, không phải văn bản";
		}
		if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
			return "Tệp là chương trình (ELF), không phải văn bản";
		}
		// "MZ" alone could start a typed line; an executable also has NUL bytes in its 64-byte DOS header
		if (startsWith(b, 'M', 'Z') && hasNul(b, 64)) {
			return "Tệp là chương trình (.exe/.dll), không phải văn bản";
		}
		if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
			return "Tệp ở định dạng RTF; hãy mở bằng Word và lưu lại dạng .docx";
		}
		return null;
	}

	/**
	 * A password-protected .docx is not a zip but an OLE2 container holding an "EncryptedPackage" stream;
	 * its name is in the directory as UTF-16LE.
	 */
	private static boolean encryptedOoxml(byte[] b) {
		byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
		outer: for (int i = 0; i + name.length <= b.length; i++) {
			for (int j = 0; j < name.length; j++) {
				if (b[i + j] != name[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static boolean hasNul(byte[] b, int within) {
		for (int i = 0; i < Math.min(within, b.length); i++) {
			if (b[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(byte[] b, byte[] prefix) {
		if (b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (b[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] b, int... prefix) {
		if (b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
				return false;
			}
		}
		return true;
	}

	private static String extension(String lowerName) {
		int slash = Math.max(lowerName.lastIndexOf('/'), lowerName.lastIndexOf('\\'));
		String base = lowerName.substring(slash + 1);
		int dot = base.lastIndexOf('.');
		return dot <= 0 ? "" : base.substring(dot + 1);
	}

	/** A note when the name promises another format than the content, or a format we do not know. */
	private static String extensionWarning(String extension, ExtractedText.Format format) {
		String shown = extension.isEmpty() ? "không có đuôi" : "có đuôi ." + extension;
		ExtractedText.Format promised = switch (extension) {
			case "txt" -> ExtractedText.Format.TXT;
			case "md", "markdown" -> ExtractedText.Format.MD;
			case "docx" -> ExtractedText.Format.DOCX;
			case "pdf" -> ExtractedText.Format.PDF;
			default -> null;
		};
		if (promised == null) {
			return "Tệp " + shown + " (không phải .txt, .md, .docx hay .pdf); đã đọc theo nội dung, là "
					+ describe(format) + ".";
		}
		if (promised == format) {
			return null;
		}
		return "Tệp có đuôi ." + extension + " nhưng nội dung là " + describe(format) + "; đã đọc theo nội dung.";
	}

	private static String describe(ExtractedText.Format format) {
		return switch (format) {
			case TXT -> "văn bản thuần";
			case MD -> "văn bản Markdown";
			case DOCX -> "văn bản Word (.docx)";
			case PDF -> "tệp PDF";
		};
	}

	/**
	 * UTF-8 (with or without BOM), or UTF-16 when a BOM says so (Notepad's "Unicode"); anything else is
	 * refused with the reason, not guessed.
	 */
	static String plainText(byte[] content, ImportLimits limits) throws DocumentRejectedException {
		Charset charset = StandardCharsets.UTF_8;
		int skip = 0;
		if (startsWith(content, 0xFF, 0xFE)) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (startsWith(content, 0xFE, 0xFF)) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			skip = 3;
		}
		String text;
		try {
			text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, skip, content.length - skip))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new DocumentRejectedException("NOT_UTF8",
					"Tệp văn bản không ở mã UTF-8 (có thể là mã TCVN3, VNI hoặc Windows-1258, hoặc không phải tệp văn bản);"
							+ " hãy lưu lại với mã UTF-8 hoặc tải lên bản .docx/.pdf.");
		}
		return text;
	}

	/**
	 * Valid UTF-8 can still be a binary file (ASCII-range garbage, UTF-16 without BOM): real text has almost
	 * no control characters besides line breaks and tabs.
	 */
	static boolean mostlyControlChars(String text) {
		int control = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				control++;
			}
		}
		return control * 10 > text.length();
	}

	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0).replace('.', ',');
	}

}
