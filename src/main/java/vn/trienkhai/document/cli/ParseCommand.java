package vn.trienkhai.document.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.trienkhai.document.extract.DocumentRejectedException;
import vn.trienkhai.document.extract.DocumentText;
import vn.trienkhai.document.extract.ExtractedText;
import vn.trienkhai.document.extract.ImportLimits;
import vn.trienkhai.document.parse.PlanDraft;
import vn.trienkhai.document.parse.PlanDraftJson;
import vn.trienkhai.document.parse.PlanParser;

/**
 * {@code ./trienkhai parse [--out DIR] FILE...}: reads plan documents (.txt, .md, .docx, .pdf) the way an
 * upload is read and prints the parser's draft of each as JSON, or writes DIR/&lt;name&gt;.json. Plain
 * Java, no Spring context: it starts in well under a second and touches no database.
 */
public final class ParseCommand {

	private ParseCommand() {
	}

	static final String USAGE = "usage: ./trienkhai parse [--out DIR] FILE...";

	public static void main(String[] args) {
		// UTF-8 whatever the platform's default: the JSON and the messages are Vietnamese
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int status = run(args, out, err);
		out.flush();
		err.flush();
		System.exit(status);
	}

	/**
	 * 0 when every file was parsed, 1 when any failed (one line on {@code err} for each), 2 for a usage
	 * error. Files are independent: one bad file does not stop the others.
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		Path outDir = null;
		List<String> files = new ArrayList<>();
		boolean options = true;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (options && a.equals("--")) {
				options = false;
			}
			else if (options && (a.equals("-h") || a.equals("--help"))) {
				out.println(USAGE);
				out.flush();
				return 0;
			}
			else if (options && (a.equals("--out") || a.startsWith("--out="))) {
				String dir = a.equals("--out") ? (i + 1 < args.length ? args[++i] : "") : a.substring("--out=".length());
				if (dir.isEmpty() || (a.equals("--out") && dir.startsWith("-"))) {
					return usage(err, "--out cần tên thư mục");
				}
				try {
					outDir = Path.of(dir);
				}
				catch (InvalidPathException e) {
					return usage(err, "tên thư mục không hợp lệ: " + dir);
				}
			}
			else if (options && a.startsWith("-") && a.length() > 1) {
				return usage(err, "không có tùy chọn " + a);
			}
			else {
				files.add(a);
			}
		}
		if (files.isEmpty()) {
			return usage(err, "chưa có tệp nào");
		}
		if (outDir != null) {
			try {
				Files.createDirectories(outDir);
			}
			catch (IOException e) {
				err.println(outDir + ": Không tạo được thư mục kết quả (" + reason(e) + ").");
				return 1;
			}
		}
		int failures = 0;
		Map<String, String> written = new HashMap<>(); // output name -> input, so two inputs never share one
		for (String file : files) {
			try {
				String json = parse(file);
				if (outDir == null) {
					out.println(json);
					out.flush();
				}
				else {
					String name = baseName(file) + ".json";
					String before = written.putIfAbsent(name.toLowerCase(Locale.ROOT), file);
					if (before != null) {
						throw new Failure("Trùng tên kết quả " + name + " với " + before + "; không ghi đè.");
					}
					Files.writeString(outDir.resolve(name), json + "\n", StandardCharsets.UTF_8);
				}
			}
			catch (Failure e) {
				err.println(file + ": " + e.getMessage());
				failures++;
			}
			catch (IOException e) {
				err.println(file + ": Không ghi được kết quả (" + reason(e) + ").");
				failures++;
			}
		}
		err.flush();
		return failures == 0 ? 0 : 1;
	}

	/** A file that could not be parsed; the message is the Vietnamese reason. */
	private static final class Failure extends Exception {

		Failure(String message) {
			super(message, null, false, false);
		}

	}

	private static String parse(String file) throws Failure {
		Path path;
		try {
			path = Path.of(file);
		}
		catch (InvalidPathException e) {
			throw new Failure("Tên tệp không hợp lệ.");
		}
		if (Files.isDirectory(path)) {
			throw new Failure("Đây là thư mục, không phải tệp.");
		}
		if (!Files.exists(path)) {
			throw new Failure("Không tìm thấy tệp.");
		}
		ImportLimits limits = ImportLimits.DEFAULT;
		byte[] bytes;
		try {
			// checked before reading, so a huge file is not loaded only to be refused
			long size = Files.size(path);
			if (size > limits.maxBytes()) {
				throw new Failure(String.format(Locale.ROOT, "Tệp quá lớn (%.1f MB); giới hạn là %.1f MB.",
						size / 1048576.0, limits.maxBytes() / 1048576.0).replace('.', ','));
			}
			bytes = Files.readAllBytes(path);
		}
		catch (IOException e) {
			throw new Failure("Không đọc được tệp (" + reason(e) + ").");
		}
		ExtractedText extracted;
		try {
			extracted = DocumentText.extract(path.getFileName().toString(), bytes, limits);
		}
		catch (DocumentRejectedException e) {
			throw new Failure(e.getMessage());
		}
		List<PlanDraft.Warning> warnings = new ArrayList<>();
		for (String w : extracted.warnings()) {
			warnings.add(new PlanDraft.Warning("EXTRACT", w));
		}
		PlanDraft draft = PlanParser.parse(extracted.text()).withWarningsBefore(warnings);
		return PlanDraftJson.write(draft, false);
	}

	private static String baseName(String file) {
		String name = Path.of(file).getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "không có quyền";
		}
		if (e instanceof NoSuchFileException) {
			return "không tồn tại";
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	private static int usage(PrintStream err, String problem) {
		err.println("trienkhai parse: " + problem);
		err.println(USAGE);
		err.flush();
		return 2;
	}

}
