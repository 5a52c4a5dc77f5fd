package vn.trienkhai.registry.io;

import java.util.List;

import vn.trienkhai.registry.RegistryKind;

/**
 * What an import did: how many rows the file had, how many were saved and skipped, and every problem by
 * row and column. Nothing was saved when {@link #imported()} is 0 and there are problems.
 *
 * @param skipBad whether the person chose to import the good rows and skip the bad ones
 */
public record ImportReport(RegistryKind kind, String filename, LegacyText.Encoding encoding, int rows, int imported,
		int skipped, boolean skipBad, List<Problem> problems) {

	/**
	 * One reason a row cannot be imported.
	 *
	 * @param row the row number as the spreadsheet shows it (the header is row 1); 1 for problems of the header
	 * @param column the header text of the column, or null for the whole row
	 * @param message the reason, already in the person's language
	 */
	public record Problem(int row, String column, String message) {
	}

	public boolean savedNothing() {
		return imported == 0;
	}

}
