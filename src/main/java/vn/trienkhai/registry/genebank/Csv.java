package vn.trienkhai.registry.genebank;

/** RFC 4180 quoting: a cell with a comma, quote, semicolon or line break is quoted, quotes doubled. */
final class Csv {

	private Csv() {
	}

	static String quote(String value) {
		if (value == null) {
			return "";
		}
		if (value.matches("(?s).*[\",;\r\n].*")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

}
