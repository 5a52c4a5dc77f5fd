package vn.trienkhai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the report as PDF: the template {@code report/document} (the same markup as the preview) rendered to
 * XHTML, then laid out by openhtmltopdf in Liberation Serif, embedded as subsets, so the file looks the same on
 * every machine and needs no installed font. DejaVu Sans is the fallback for a symbol Liberation Serif lacks.
 */
@Component
class PdfReportWriter {

	static {
		// openhtmltopdf logs every stylesheet and font load at INFO to the console; keep its warnings only
		for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
			com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
		}
	}


	static final String TEMPLATE = "report/document";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The four styles of {@link Glyphs#FONT_FILES}, in the same order. */
	private static final List<Style> STYLES = List.of(new Style(400, FontStyle.NORMAL), new Style(700, FontStyle.NORMAL),
			new Style(400, FontStyle.ITALIC), new Style(700, FontStyle.ITALIC));

	private static final String FALLBACK_FAMILY = "DejaVu Sans";

	private static final String FALLBACK_FILE = "fonts/DejaVuSans.ttf";

	private final ITemplateEngine templates;

	private final Glyphs glyphs;

	/** The bytes of the four styles, then of the fallback, read once. */
	private final List<byte[]> fontFiles;

	PdfReportWriter(ITemplateEngine templates, Glyphs glyphs) {
		this.templates = templates;
		this.glyphs = glyphs;
		List<byte[]> files = new ArrayList<>();
		Glyphs.FONT_FILES.forEach(file -> files.add(read(file)));
		files.add(read(FALLBACK_FILE));
		this.fontFiles = List.copyOf(files);
	}

	/**
	 * The report as a PDF. The compiler sanitizes the report ({@link Glyphs#sanitize}) so that the person sees
	 * the warnings; it is sanitized here again (no change for a sanitized report) so that a character the font
	 * lacks never prints as an empty box and a control character cannot break the XHTML.
	 */
	byte[] write(ImplementationReport report) {
		Context context = new Context(VIETNAMESE);
		context.setVariable("report", this.glyphs.sanitize(report));
		String xhtml = this.templates.process(TEMPLATE, context);

		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		List<TrueTypeFont> fonts = new ArrayList<>();
		try (PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			for (int i = 0; i < STYLES.size(); i++) {
				Style style = STYLES.get(i);
				builder.useFont(font(pdf, this.fontFiles.get(i), fonts), Glyphs.FONT_FAMILY, style.weight(),
						style.style(), true);
			}
			builder.useFont(font(pdf, this.fontFiles.get(STYLES.size()), fonts), FALLBACK_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.createPDFWithoutClosing();
				PDDocumentInformation info = pdf.getDocumentInformation();
				info.setTitle(String.join(" ", report.subject()));
				info.setAuthor(report.issuer());
				pdf.getDocumentCatalog().setLanguage("vi");
				pdf.save(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the report as PDF", ex);
		}
		finally {
			fonts.forEach(PdfReportWriter::closeQuietly);
		}
		return out.toByteArray();
	}

	/**
	 * A font of the document, embedded as a subset of the glyphs it draws. PDFBox would otherwise apply the
	 * font's GSUB table to every string it shows: for Latin that only makes ligatures ("fi" as one glyph, which
	 * text extraction and search then lose) and it is slow, rebuilding a regular expression of the font's
	 * ligatures for each run of text (most of the time of a 20-page report).
	 */
	private static PDFontSupplier font(PDDocument pdf, byte[] file, List<TrueTypeFont> opened) throws IOException {
		TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
		opened.add(ttf);
		ttf.setEnableGsub(false);
		return new PDFontSupplier(PDType0Font.load(pdf, ttf, true));
	}

	private static byte[] read(String file) {
		try (InputStream in = PdfReportWriter.class.getClassLoader().getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: " + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read font " + file, ex);
		}
	}

	private static void closeQuietly(TrueTypeFont font) {
		try {
			font.close();
		}
		catch (IOException ex) {
			// only releases memory
		}
	}

	private record Style(int weight, FontStyle style) {
	}

}
