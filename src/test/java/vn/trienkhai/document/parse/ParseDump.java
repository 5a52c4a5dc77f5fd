package vn.trienkhai.document.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the JSON draft of one text file ({@code ParseDump FILE}) or its normalised text ({@code ParseDump
 * FILE --text}). A tool for looking at new inputs.
 */
public final class ParseDump {

	private ParseDump() {
	}

	public static void main(String[] args) throws Exception {
		String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
		PlanDraft draft = PlanParser.parse(text);
		System.out.println(args.length > 1 && args[1].equals("--text") ? draft.text() : PlanDraftJson.write(draft, false));
	}

}
