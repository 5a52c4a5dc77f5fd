package vn.trienkhai.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** A chart's data cannot close its script block, and reads back unchanged. */
class JsonBlocksTest {

	@Test
	void textCannotCloseTheScriptBlock() {
		Map<String, Object> data = Map.of("label", "</script><script>alert(1)</script> & Quý I");
		String json = JsonBlocks.of(data);
		assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
		assertThat(JsonMapper.builder().build().readValue(json, Map.class)).isEqualTo(data);
	}

}
