package vn.trienkhai.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from the message bundles, in Vietnamese and in English: templates hold
 * no hard-coded text, the two languages have the same keys, and every key a template names exists.
 */
class I18nTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	/** Attributes a person reads or hears (screen readers). */
	private static final Set<String> READ_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label",
			"aria-description");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(Files.readString(template), "", Parser.htmlParser().settings(ParseSettings.preserveCase));
			for (Element element : doc.getAllElements()) {
				if (replacedByThymeleaf(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find()) {
						problems.add(template + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (READ_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()) {
						problems.add(template + ": attribute " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(problems).as("hard-coded text in templates; use th:text=\"#{…}\" and th:attr").isEmpty();
	}

	/** Content Thymeleaf throws away at render time (a th:text body, a th:replace target, script code). */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
					|| e.hasAttr("th:errors") || e.hasAttr("th:remove") || e.tagName().equals("script")
					|| e.tagName().equals("style")) {
				return true;
			}
		}
		return false;
	}

	@Test
	void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
		List<Path> vietnamese;
		try (Stream<Path> files = Files.list(MESSAGES)) {
			vietnamese = files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList();
		}
		assertThat(vietnamese).isNotEmpty();
		for (Path vi : vietnamese) {
			Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(en).as("English bundle for " + vi).exists();
			Properties viProps = load(vi);
			Properties enProps = load(en);
			assertThat(enProps.stringPropertyNames()).as("keys of " + en + " against " + vi)
				.containsExactlyInAnyOrderElementsOf(viProps.stringPropertyNames());
			viProps.forEach((k, v) -> assertThat(v.toString()).as(vi + ": " + k).isNotBlank());
			enProps.forEach((k, v) -> assertThat(v.toString()).as(en + ": " + k).isNotBlank());
		}
	}

	@Test
	void everyKeyNamedInATemplateExists() throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path p : files.toList()) {
				keys.addAll(load(p).stringPropertyNames());
			}
		}
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher m = KEY.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(template.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** A key defined twice silently keeps the last text (one bundle once showed "Unit of measure" for a unit). */
	@Test
	void noKeyIsDefinedTwiceInABundle() throws IOException {
		List<String> duplicates = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path p : files.sorted().toList()) {
				Set<String> seen = new HashSet<>();
				Properties props = new Properties() {
					@Override
					public synchronized Object put(Object key, Object value) {
						if (!seen.add(key.toString())) {
							duplicates.add(p.getFileName() + ": " + key);
						}
						return super.put(key, value);
					}
				};
				try (Reader reader = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
					props.load(reader);
				}
			}
		}
		assertThat(duplicates).as("keys defined twice").isEmpty();
	}

	private static Properties load(Path file) throws IOException {
		Properties props = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			props.load(reader);
		}
		return props;
	}

}
