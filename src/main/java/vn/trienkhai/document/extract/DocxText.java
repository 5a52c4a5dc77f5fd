package vn.trienkhai.document.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.w3c.dom.Node;

/**
 * The text of a .docx as the parser wants it: body paragraphs and tables in document order, paragraphs one
 * per line with a blank line between (as in the typed samples, so no paragraph is taken for the wrapped
 * tail of the one before), the automatic numbering Word shows in front of headings written out
 * ({@link WordNumbering}), tables as pipe rows. Headers, footers, footnotes and text boxes are left out:
 * they are not part of the plan's structure.
 */
final class DocxText {

	/** More parts than any real document has (a long plan has a few dozen). */
	static final int MAX_ENTRIES = 10_000;

	static {
		// POI's own guards are process-wide settings; ours run first with the caller's limits (below), these
		// only back them up. A 1:100 inflate ratio is already POI's default; entries are capped at the
		// default import limit and text at what the parser would ever read.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(ImportLimits.DEFAULT.maxUnzippedBytes());
		ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
	}

	static String read(byte[] content, ImportLimits limits) throws DocumentRejectedException {
		Set<String> names = checkZip(content, limits);
		if (!names.contains("word/document.xml")) {
			throw new DocumentRejectedException("UNSUPPORTED_FORMAT", zipKind(names)
					+ "; hãy tải lên văn bản .docx, .pdf hoặc .txt.");
		}
		XWPFDocument doc;
		try {
			doc = new XWPFDocument(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException e) {
			throw damaged(e);
		}
		try (doc) {
			DocxText reader = new DocxText(new WordNumbering(doc));
			reader.body(doc.getBodyElements());
			return reader.out.toString();
		}
		catch (IOException e) {
			throw damaged(e);
		}
	}

	private static DocumentRejectedException damaged(Exception e) {
		return new DocumentRejectedException("DAMAGED",
				"Tệp Word (.docx) bị hỏng hoặc không đúng định dạng, không đọc được; hãy mở bằng Word, lưu lại rồi tải lên.",
				e);
	}

	/**
	 * Unpacks every part once, counting the bytes actually inflated (the sizes in a zip's headers are
	 * whatever its maker wrote), before POI sees the file: a zip bomb stops here at the limit, having cost
	 * only the time to inflate that much. Also refuses parts with a DOCTYPE, the carrier of XML external
	 * entities: Word never writes one.
	 */
	static Set<String> checkZip(byte[] content, ImportLimits limits) throws DocumentRejectedException {
		Set<String> names = new HashSet<>();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (names.size() >= MAX_ENTRIES) {
					throw new DocumentRejectedException("TOO_LARGE", "Tệp nén có quá nhiều phần (trên " + MAX_ENTRIES
							+ "); không phải văn bản Word thông thường, không đọc.");
				}
				String name = entry.getName();
				if (name.isEmpty()) {
					// no zip tool writes a nameless entry: the headers are noise
					throw new DocumentRejectedException("DAMAGED",
							"Tệp nén (.docx) bị hỏng, không giải nén được; hãy mở bằng Word, lưu lại rồi tải lên.");
				}
				names.add(name);
				boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
				DoctypeScan scan = new DoctypeScan();
				int n;
				while ((n = zip.read(buffer)) > 0) {
					total += n;
					if (total > limits.maxUnzippedBytes()) {
						throw new DocumentRejectedException("TOO_LARGE", "Tệp .docx khi giải nén vượt quá "
								+ DocumentText.megabytes(limits.maxUnzippedBytes())
								+ " (có thể là \"bom nén\"); không đọc.");
					}
					if (xml && scan.feed(buffer, n)) {
						throw new DocumentRejectedException("DAMAGED", "Tệp .docx chứa khai báo DOCTYPE/thực thể XML"
								+ " (" + name + "), điều Word không bao giờ tạo ra; không đọc vì lý do an toàn.");
					}
					if (Thread.currentThread().isInterrupted()) {
						throw new DocumentRejectedException("TIMEOUT", "Việc đọc tệp bị dừng giữa chừng.");
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			throw new DocumentRejectedException("DAMAGED",
					"Tệp nén (.docx) bị hỏng, không giải nén được; hãy mở bằng Word, lưu lại rồi tải lên.", e);
		}
		if (names.isEmpty()) {
			throw new DocumentRejectedException("DAMAGED", "Tệp nén (.docx) rỗng hoặc bị hỏng.");
		}
		return names;
	}

	/** Looks for the ASCII bytes "<!DOCTYPE" across buffer boundaries. */
	private static final class DoctypeScan {

		private static final byte[] NEEDLE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

		private int matched;

		boolean feed(byte[] b, int n) {
			for (int i = 0; i < n; i++) {
				// the needle's first byte does not recur in it, so a mismatch restarts at 0 or 1
				if (b[i] == NEEDLE[matched]) {
					if (++matched == NEEDLE.length) {
						return true;
					}
				}
				else {
					matched = b[i] == NEEDLE[0] ? 1 : 0;
				}
			}
			return false;
		}

	}

	private static String zipKind(Set<String> names) {
		if (names.contains("xl/workbook.xml")) {
			return "Tệp là bảng tính Excel (.xlsx), không phải văn bản Word";
		}
		if (names.contains("ppt/presentation.xml")) {
			return "Tệp là bản trình chiếu PowerPoint (.pptx), không phải văn bản Word";
		}
		if (names.contains("content.xml") && names.contains("mimetype")) {
			return "Tệp ở định dạng OpenDocument (.odt/.ods); hãy lưu lại dạng .docx";
		}
		return "Tệp là tệp nén ZIP, không phải văn bản Word (.docx)";
	}

	private final WordNumbering numbering;

	private final StringBuilder out = new StringBuilder();

	private DocxText(WordNumbering numbering) {
		this.numbering = numbering;
	}

	private void body(List<IBodyElement> elements) throws DocumentRejectedException {
		for (IBodyElement element : elements) {
			if (Thread.currentThread().isInterrupted()) {
				throw new DocumentRejectedException("TIMEOUT", "Việc đọc tệp bị dừng giữa chừng.");
			}
			if (element instanceof XWPFParagraph p) {
				String line = paragraph(p);
				if (!line.isBlank()) {
					out.append(line.strip()).append("\n\n");
				}
			}
			else if (element instanceof XWPFTable t) {
				for (String row : rows(t)) {
					out.append(row).append('\n');
				}
				out.append('\n');
			}
			else if (element instanceof XWPFSDT sdt) {
				String text = sdt.getContent().getText();
				if (!text.isBlank()) {
					out.append(text.strip()).append("\n\n");
				}
			}
		}
	}

	/** The paragraph as Word shows it: its numbering marker, then its runs. */
	private String paragraph(XWPFParagraph p) {
		StringBuilder s = new StringBuilder();
		for (IRunElement run : p.getIRuns()) {
			if (run instanceof XWPFRun r) {
				if (!deleted(r)) {
					// text() rather than toString(): toString() adds the descriptions of pictures
					s.append(r.text());
				}
			}
			else if (run instanceof XWPFSDT sdt) {
				s.append(sdt.getContent().getText());
			}
		}
		String text = s.toString();
		if (text.isBlank()) {
			return ""; // an empty numbered paragraph still counts in Word, but shows nothing worth reading
		}
		String marker = numbering.marker(p);
		return marker == null ? text : marker + " " + text.stripLeading();
	}

	/** A run inside a tracked deletion (w:del) is not part of the text any more. */
	private static boolean deleted(XWPFRun r) {
		Node parent = r.getCTR().getDomNode().getParentNode();
		return parent != null && "del".equals(parent.getLocalName());
	}

	/**
	 * One pipe row per table row. A cell spanning columns (gridSpan) is followed by empty cells, so that the
	 * columns below it keep their places and a group heading row spanning the table stays one cell; a cell
	 * continuing a vertical merge repeats the text it continues, so that each task under one lead agency
	 * merged down the column still has its lead.
	 */
	private List<String> rows(XWPFTable table) {
		List<String> rows = new ArrayList<>();
		List<String> above = new ArrayList<>(); // text of each grid column's last cell, for vertical merges
		for (XWPFTableRow row : table.getRows()) {
			StringBuilder line = new StringBuilder("|");
			int column = 0;
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr pr = cell.getCTTc().getTcPr();
				int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
						? Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue())) : 1;
				boolean continues = pr != null && pr.getVMerge() != null
						&& (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
				String text = continues && column < above.size() ? above.get(column) : cellText(cell);
				while (above.size() < column + span) {
					above.add("");
				}
				above.set(column, text);
				line.append(' ').append(text).append(" |");
				for (int i = 1; i < span; i++) {
					above.set(column + i, "");
					line.append("  |");
				}
				column += span;
			}
			rows.add(line.toString());
		}
		return rows;
	}

	/** A cell's paragraphs and nested tables on one line; a "|" of the text would cut the cell in two. */
	private String cellText(XWPFTableCell cell) {
		List<String> parts = new ArrayList<>();
		for (IBodyElement element : cell.getBodyElements()) {
			if (element instanceof XWPFParagraph p) {
				parts.add(paragraph(p));
			}
			else if (element instanceof XWPFTable nested) {
				for (XWPFTableRow row : nested.getRows()) {
					for (XWPFTableCell c : row.getTableCells()) {
						parts.add(cellText(c));
					}
				}
			}
			else if (element instanceof XWPFSDT sdt) {
				parts.add(sdt.getContent().getText());
			}
		}
		StringBuilder s = new StringBuilder();
		for (String part : parts) {
			String p = part.replace('|', '/').replaceAll("\\s+", " ").strip();
			if (!p.isEmpty()) {
				if (!s.isEmpty()) {
					s.append(' ');
				}
				s.append(p);
			}
		}
		return s.toString();
	}

}
