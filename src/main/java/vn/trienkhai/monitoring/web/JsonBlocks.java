package vn.trienkhai.monitoring.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * Data for a page's charts, written into a {@code <script type="application/json">} block. "<", ">" and
 * "&" are escaped as \\u003c … so that no text in the data (an ad hoc round's title, say "</script>") can
 * close the block; JSON allows them only inside strings, where the escapes read back the same.
 */
final class JsonBlocks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonBlocks() {
	}

	static String of(Object data) {
		return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
