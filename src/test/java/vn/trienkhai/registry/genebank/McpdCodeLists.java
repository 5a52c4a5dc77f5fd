package vn.trienkhai.registry.genebank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MCPD code lists read from BrAPI's GermplasmMCPD.yaml: the standard in ../shared when the project sits
 * beside it, else the copy in test resources (CI clones the project alone).
 */
final class McpdCodeLists {

	static final Path STANDARD = Path.of("../shared/standards/mcpd-brapi/GermplasmMCPD.yaml");

	private McpdCodeLists() {
	}

	static String copyText() throws IOException {
		try (InputStream in = McpdCodeLists.class.getResourceAsStream("/mcpd/GermplasmMCPD.yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static String text() throws IOException {
		return Files.exists(STANDARD) ? Files.readString(STANDARD) : copyText();
	}

	/** Code lists by descriptor (SAMPSTAT, COLLSRC, STORAGE, MLSSTAT) from the schema's enums. */
	static Map<String, List<String>> parse(String yaml) {
		Map<String, List<String>> lists = new LinkedHashMap<>();
		String[] lines = yaml.split("\n");
		String descriptor = null;
		for (int i = 0; i < lines.length; i++) {
			Matcher d = Pattern.compile("\\(([A-Z]+)\\) \\d+\\.").matcher(lines[i]);
			if (lines[i].contains("MCPD (v2.1)") && d.find()) {
				descriptor = d.group(1);
			}
			String line = lines[i].trim();
			if (descriptor == null || !line.startsWith("enum:")) {
				continue;
			}
			List<String> codes = new ArrayList<>();
			Matcher inline = Pattern.compile("'([^']*)'").matcher(line);
			while (inline.find()) {
				codes.add(inline.group(1));
			}
			for (int j = i + 1; codes.isEmpty() || j < lines.length && lines[j].trim().startsWith("- "); j++) {
				if (j >= lines.length || !lines[j].trim().startsWith("- ")) {
					break;
				}
				codes.add(lines[j].trim().substring(2).replace("'", ""));
			}
			lists.put(descriptor, codes);
		}
		return lists;
	}

}
