package vn.trienkhai.orgunit.load;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnitType;

/**
 * Reads and checks the administrative-unit CSV files (format in admin-units/SOURCE.md). Anything that does
 * not fit — header, column count, code format, type for the level, name prefix, parent, duplicate —
 * is a {@link AdminUnitDataException} naming the file and line, so a corrupt file stops start-up with a
 * clear message instead of loading half a tree.
 */
final class AdminUnitCsv {

	static final String UNITS_HEADER = "code,name,type,level,parent_code";

	static final String MAPPING_HEADER = "old_code,old_level,old_name,new_code,new_level,new_name,coverage,note";

	private AdminUnitCsv() {
	}

	/** One unit of units-2025.csv / units-2024.csv. */
	record UnitRow(int line, String code, String name, String shortName, OrgUnitType type, int level,
			String parentCode) {
	}

	/** One row of mapping-2025-detail.csv. */
	record MappingRow(int line, String oldCode, int oldLevel, String newCode, int newLevel, String coverage,
			String note) {
	}

	/** The mapping rows to load, and those whose old unit is not in the 2024 list (dissolved earlier). */
	record Mappings(List<MappingRow> rows, List<MappingRow> skipped) {
	}

	/**
	 * The units of one version, checked, in file order; parents always come before their children.
	 * @param version "2025" (two levels) or "2024" (three levels)
	 */
	static List<UnitRow> readUnits(String file, String version, byte[] content) {
		boolean current = OrgUnit.CURRENT_VERSION.equals(version);
		int maxLevel = current ? 2 : 3;
		List<String[]> lines = lines(file, content, UNITS_HEADER, 5);
		Map<String, UnitRow> byCode = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			int line = i + 2;
			String[] f = lines.get(i);
			String code = f[0];
			String name = f[1];
			String typeWord = f[2];
			int level = number(file, line, "level", f[3]);
			String parentCode = f[4];
			if (level < 1 || level > maxLevel) {
				throw fail(file, line, "level " + level + " is not between 1 and " + maxLevel);
			}
			int codeLength = level == 1 ? 2 : level == 2 && !current ? 3 : 5;
			if (!digits(code) || code.length() != codeLength) {
				throw fail(file, line, "code '" + code + "' is not " + codeLength + " digits, as a level-" + level
						+ " code must be");
			}
			OrgUnitType type = OrgUnitType.fromPrefix(typeWord)
				.filter(t -> allowed(current, level).contains(t))
				.orElseThrow(() -> fail(file, line, "type '" + typeWord + "' is not a type of level " + level));
			if (!name.startsWith(typeWord + " ") || name.length() <= typeWord.length() + 1 || !name.equals(name.strip())) {
				throw fail(file, line, "name '" + name + "' does not start with its type '" + typeWord + "'");
			}
			if (level == 1) {
				if (!parentCode.isEmpty()) {
					throw fail(file, line, "a province has no parent, but parent_code is '" + parentCode + "'");
				}
			}
			else {
				UnitRow parent = byCode.get(parentCode);
				if (parent == null) {
					throw fail(file, line, "parent_code '" + parentCode + "' is not a unit listed above it");
				}
				if (parent.level() != level - 1) {
					throw fail(file, line, "parent '" + parentCode + "' is at level " + parent.level()
							+ ", not at level " + (level - 1));
				}
			}
			UnitRow row = new UnitRow(line, code, name, name.substring(typeWord.length() + 1), type, level,
					parentCode.isEmpty() ? null : parentCode);
			if (byCode.putIfAbsent(code, row) != null) {
				throw fail(file, line, "code '" + code + "' appears twice");
			}
		}
		if (byCode.isEmpty()) {
			throw fail(file, 1, "no units");
		}
		return new ArrayList<>(byCode.values());
	}

	/**
	 * The old → new mapping, checked against both unit lists. A row whose old code is not among the 2024
	 * units is set aside (the 12 communes dissolved before March 2025); any other mismatch is an error.
	 */
	static Mappings readMappings(String file, byte[] content, Map<String, UnitRow> oldUnits,
			Map<String, UnitRow> newUnits) {
		List<String[]> lines = lines(file, content, MAPPING_HEADER, 8);
		List<MappingRow> rows = new ArrayList<>();
		List<MappingRow> skipped = new ArrayList<>();
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			int line = i + 2;
			String[] f = lines.get(i);
			MappingRow row = new MappingRow(line, f[0], number(file, line, "old_level", f[1]), f[3],
					number(file, line, "new_level", f[4]), f[6], f[7].isEmpty() ? null : f[7]);
			if (!row.coverage().equals("full") && !row.coverage().equals("partial")) {
				throw fail(file, line, "coverage '" + row.coverage() + "' is neither 'full' nor 'partial'");
			}
			UnitRow newUnit = newUnits.get(row.newCode());
			if (newUnit == null) {
				throw fail(file, line, "new_code '" + row.newCode() + "' is not in the 2025 units");
			}
			if (newUnit.level() != row.newLevel()) {
				throw fail(file, line, "new unit '" + row.newCode() + "' is at level " + newUnit.level() + ", not "
						+ row.newLevel());
			}
			if (!pairs.add(row.oldCode() + ">" + row.newCode())) {
				throw fail(file, line, "the pair " + row.oldCode() + " → " + row.newCode() + " appears twice");
			}
			UnitRow oldUnit = oldUnits.get(row.oldCode());
			if (oldUnit == null) {
				if (!digits(row.oldCode())) {
					throw fail(file, line, "old_code '" + row.oldCode() + "' is not a code");
				}
				skipped.add(row);
				continue;
			}
			if (oldUnit.level() != row.oldLevel()) {
				throw fail(file, line, "old unit '" + row.oldCode() + "' is at level " + oldUnit.level() + ", not "
						+ row.oldLevel());
			}
			rows.add(row);
		}
		return new Mappings(rows, skipped);
	}

	static Map<String, UnitRow> byCode(List<UnitRow> units) {
		Map<String, UnitRow> map = new HashMap<>();
		units.forEach(u -> map.put(u.code(), u));
		return map;
	}

	private static Set<OrgUnitType> allowed(boolean current, int level) {
		return switch (level) {
			case 1 -> Set.of(OrgUnitType.TINH, OrgUnitType.THANH_PHO);
			case 2 -> current ? Set.of(OrgUnitType.XA, OrgUnitType.PHUONG, OrgUnitType.DAC_KHU)
					: Set.of(OrgUnitType.HUYEN, OrgUnitType.THANH_PHO, OrgUnitType.QUAN, OrgUnitType.THI_XA);
			case 3 -> Set.of(OrgUnitType.XA, OrgUnitType.PHUONG, OrgUnitType.THI_TRAN);
			default -> Set.of();
		};
	}

	/** The data lines split into fields, after checking encoding, header and column count. */
	private static List<String[]> lines(String file, byte[] content, String header, int columns) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw fail(file, 0, "is not UTF-8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<String> raw = new ArrayList<>(content.length / 30);
		for (int start = 0, end; start <= text.length(); start = end + 1) {
			end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			raw.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
		}
		if (!raw.get(0).equals(header)) {
			throw fail(file, 1, "header is '" + raw.get(0) + "', expected '" + header + "'");
		}
		List<String[]> out = new ArrayList<>(raw.size());
		for (int i = 1; i < raw.size(); i++) {
			String line = raw.get(i);
			if (line.isEmpty()) {
				if (i == raw.size() - 1) {
					break;
				}
				throw fail(file, i + 1, "empty line");
			}
			if (line.indexOf('"') >= 0) {
				throw fail(file, i + 1, "quoted fields are not supported");
			}
			String[] fields = line.split(",", -1);
			if (fields.length != columns) {
				throw fail(file, i + 1, fields.length + " columns, expected " + columns);
			}
			out.add(fields);
		}
		return out;
	}

	private static int number(String file, int line, String column, String value) {
		if (!digits(value) || value.length() > 2) {
			throw fail(file, line, column + " '" + value + "' is not a number");
		}
		return Integer.parseInt(value);
	}

	private static boolean digits(String s) {
		if (s.isEmpty()) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) < '0' || s.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static AdminUnitDataException fail(String file, int line, String problem) {
		return new AdminUnitDataException(
				"Administrative-unit data is corrupt: " + file + (line > 0 ? " line " + line : "") + ": " + problem);
	}

	/** The CSV files do not have the expected shape; start-up stops. */
	static class AdminUnitDataException extends IllegalStateException {

		AdminUnitDataException(String message) {
			super(message);
		}

	}

}
