package vn.trienkhai.document.extract;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, page by page. A scanned plan has none (or a few stray letters): it is refused
 * with the advice to run character recognition first, rather than handing the parser an empty text.
 */
final class PdfText {

	private PdfText() {
	}

	/** Fewer letters than this per page on average: a scan, or a PDF of pictures. */
	static final int MIN_LETTERS_PER_PAGE = 20;

	/** Buffers PDFBox may hold while parsing, beyond the file itself. */
	private static final long MAX_BUFFERS = 256L * 1024 * 1024;

	static String read(byte[] content, ImportLimits limits) throws DocumentRejectedException {
		PDDocument doc;
		try {
			// memory only: an upload never spills to temporary files, and the buffers are capped
			doc = Loader.loadPDF(content, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_BUFFERS).streamCache);
		}
		catch (InvalidPasswordException e) {
			throw encrypted(e);
		}
		catch (IOException | RuntimeException e) {
			throw damaged(e);
		}
		try (doc) {
			if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
				// opens without a password, but its author forbade copying the text out: respect it
				throw encrypted(null);
			}
			int pages = doc.getNumberOfPages();
			if (pages > limits.maxPages()) {
				throw new DocumentRejectedException("TOO_LARGE", "Tệp PDF có " + pages + " trang; giới hạn là "
						+ limits.maxPages() + " trang.");
			}
			PDFTextStripper stripper = new PDFTextStripper();
			// Content-stream order, not sorted by position. Word and LibreOffice write the two-column header
			// (issuer | motto, "Số: …" | place and date) cell by cell, so in stream order each column comes out
			// whole, one cell a line. Sorted by position, the columns are interleaved into lines joined by a
			// single space, the gap lost: "TỈNH GIA LAI Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND Gia Lai,
			// ngày …". On DocumentTextTest's generated header the parser read both the same (it cuts out the
			// motto), but any other pair of cells would fuse into one phrase; stream order has no such case.
			stripper.setSortByPosition(false);
			stripper.setLineSeparator("\n");
			stripper.setParagraphEnd("\n");
			StringBuilder text = new StringBuilder();
			// a page at a time, so that a timeout's interrupt is noticed between pages
			for (int page = 1; page <= pages; page++) {
				if (Thread.currentThread().isInterrupted()) {
					throw new DocumentRejectedException("TIMEOUT", "Việc đọc tệp bị dừng giữa chừng.");
				}
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				text.append(stripper.getText(doc));
				text.append('\n');
			}
			if (pages > 0 && letters(text) < (long) MIN_LETTERS_PER_PAGE * pages) {
				throw new DocumentRejectedException("NO_TEXT_LAYER", "Tệp PDF không có lớp chữ (có thể là bản quét,"
						+ " ảnh chụp); cần nhận dạng ký tự (OCR) để có văn bản trước khi nhập.");
			}
			if (pages == 0) {
				throw new DocumentRejectedException("DAMAGED", "Tệp PDF không có trang nào.");
			}
			return text.toString();
		}
		catch (IOException e) {
			throw damaged(e);
		}
	}

	private static long letters(CharSequence s) {
		long n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (Character.isLetter(s.charAt(i))) {
				n++;
			}
		}
		return n;
	}

	private static DocumentRejectedException encrypted(Exception cause) {
		return new DocumentRejectedException("ENCRYPTED", "PDF được đặt mật khẩu hoặc bị khóa không cho sao chép"
				+ " nội dung; hãy tải lên bản không đặt mật khẩu.", cause);
	}

	private static DocumentRejectedException damaged(Exception cause) {
		return new DocumentRejectedException("DAMAGED",
				"Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.", cause);
	}

}
