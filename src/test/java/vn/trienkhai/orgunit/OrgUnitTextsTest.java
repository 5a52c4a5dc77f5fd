package vn.trienkhai.orgunit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of this module: every word a person reads in the templates comes from the bundles, which hold
 * the same keys in Vietnamese and English, and every key the templates and code use exists.
 */
class OrgUnitTextsTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/orgunit");

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	/** Attributes people read (or hear): only ever set with th:…, from the bundles. */
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "label");

	private static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(MESSAGES.resolve(name), StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : templates()) {
			Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
			for (Element e : doc.getAllElements()) {
				for (TextNode t : e.textNodes()) {
					if (!t.isBlank() && !e.hasAttr("th:text") && !e.hasAttr("th:utext")) {
						problems.add(file.getFileName() + ": text '" + t.text().strip() + "' in <" + e.tagName() + ">");
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					if (e.hasAttr(attribute) && !e.attr(attribute).isBlank()) {
						problems.add(file.getFileName() + ": " + attribute + "=\"" + e.attr(attribute) + "\" in <"
								+ e.tagName() + ">, use th:" + attribute);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void bothLanguagesHaveTheSameKeysAndVietnameseIsWrittenWithDiacritics() throws IOException {
		Properties vi = bundle("orgunit.properties");
		Properties en = bundle("orgunit_en.properties");
		assertThat(vi.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
		assertThat(vi.stringPropertyNames()).allMatch(k -> k.startsWith("orgunit."));
		assertThat(vi.getProperty("orgunit.tree.title")).isEqualTo("Đơn vị hành chính");
		assertThat(vi.getProperty("orgunit.version.2025")).isEqualTo("Hiện hành");
		assertThat(vi.getProperty("orgunit.version.2024")).isEqualTo("Lịch sử, đến 30/6/2025");
	}

	@Test
	void everyKeyUsedExists() throws IOException {
		Set<String> keys = bundle("orgunit.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		Pattern used = Pattern.compile("#\\{(orgunit\\.[A-Za-z0-9_.]+)|'(orgunit\\.[A-Za-z0-9_.]*)'|\"(orgunit\\.[A-Za-z0-9_.]+)\"");
		List<Path> sources = new ArrayList<>(templates());
		try (Stream<Path> java = Files.walk(Path.of("src/main/java/vn/trienkhai/orgunit"))) {
			java.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
		}
		for (Path file : sources) {
			Matcher m = used.matcher(Files.readString(file));
			while (m.find()) {
				String found = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
				// "orgunit.tree.mapped.__${version}__": a prefix, completed at run time
				String key = found.contains("__") ? found.substring(0, found.indexOf("__")) : found;
				boolean prefix = key.endsWith(".");
				if (prefix ? keys.stream().noneMatch(k -> k.startsWith(key)) : !keys.contains(key)) {
					missing.add(file.getFileName() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
		for (OrgUnitType type : OrgUnitType.values()) {
			assertThat(keys).contains("orgunit.type." + type.name());
		}
		for (SuccessionLink.Coverage coverage : SuccessionLink.Coverage.values()) {
			assertThat(keys).contains("orgunit.coverage." + coverage.name());
		}
		assertThat(keys).contains("orgunit.level.2025.0", "orgunit.level.2025.1", "orgunit.level.2025.2",
				"orgunit.level.2024.1", "orgunit.level.2024.2", "orgunit.level.2024.3", "orgunit.version.short.2024",
				"orgunit.version.short.2025", "orgunit.tree.mapped.2024", "orgunit.tree.mapped.2025");
	}

}
