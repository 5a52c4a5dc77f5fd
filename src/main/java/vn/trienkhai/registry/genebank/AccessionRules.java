package vn.trienkhai.registry.genebank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.trienkhai.registry.shared.RegistryTable.Problem;

/** The checks of one accession's passport, each problem naming its MCPD field. */
final class AccessionRules {

	private AccessionRules() {
	}

	static List<Problem> check(AccessionInput input) {
		List<Problem> problems = new ArrayList<>();
		for (String required : List.of("INSTCODE", "ACCENUMB", "GENUS")) {
			if (input.get(required) == null) {
				problems.add(new Problem(required, "genebank.error.required", required));
			}
		}
		pattern(problems, input, "INSTCODE", Mcpd.INSTCODE, "genebank.error.instcode");
		pattern(problems, input, "DONORCODE", Mcpd.INSTCODE, "genebank.error.instcode");
		pattern(problems, input, "BREDCODE", Mcpd.INSTCODE, "genebank.error.instcode");
		pattern(problems, input, "ORIGCTY", Mcpd.COUNTRY, "genebank.error.country");
		if (input.get("DUPLSITE") != null) {
			for (String code : input.get("DUPLSITE").split(";", -1)) {
				if (!Mcpd.INSTCODE.matcher(code).matches()) {
					problems.add(new Problem("DUPLSITE", "genebank.error.instcode", "DUPLSITE", input.get("DUPLSITE")));
					break;
				}
			}
		}
		for (String date : List.of("ACQDATE", "COLLDATE")) {
			String value = input.get(date);
			if (value != null && !Mcpd.validDate(value)) {
				problems.add(new Problem(date, "genebank.error.date", date, value));
			}
		}
		code(problems, input, "SAMPSTAT", Mcpd.SAMPSTAT);
		code(problems, input, "COLLSRC", Mcpd.COLLSRC);
		code(problems, input, "MLSSTAT", Mcpd.MLSSTAT);
		String storage = input.get("STORAGE");
		if (storage != null && !Mcpd.validStorage(storage)) {
			problems.add(new Problem("STORAGE", "genebank.error.storage", "STORAGE", storage));
		}
		range(problems, input, "DECLATITUDE", -90, 90);
		range(problems, input, "DECLONGITUDE", -180, 180);
		String elevation = input.get("ELEVATION");
		if (elevation != null && !elevation.matches("-?[0-9]{1,5}")) {
			problems.add(new Problem("ELEVATION", "genebank.error.elevation", "ELEVATION", elevation));
		}
		return problems;
	}

	private static void pattern(List<Problem> problems, AccessionInput input, String field,
			java.util.regex.Pattern pattern, String key) {
		String value = input.get(field);
		if (value != null && !pattern.matcher(value).matches()) {
			problems.add(new Problem(field, key, field, value));
		}
	}

	private static void code(List<Problem> problems, AccessionInput input, String field, Set<String> codes) {
		String value = input.get(field);
		if (value != null && !codes.contains(value)) {
			problems.add(new Problem(field, "genebank.error.code", field, value));
		}
	}

	private static void range(List<Problem> problems, AccessionInput input, String field, int min, int max) {
		String value = input.get(field);
		if (value == null) {
			return;
		}
		try {
			BigDecimal number = new BigDecimal(value);
			if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0
					|| number.scale() > 6) {
				problems.add(new Problem(field, "genebank.error.range", field, value, min, max));
			}
		}
		catch (NumberFormatException e) {
			problems.add(new Problem(field, "genebank.error.range", field, value, min, max));
		}
	}

}
