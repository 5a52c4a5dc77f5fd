package vn.trienkhai.registry.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts of money (million đồng) as the reader writes them, with the decimals they have and no more:
 * "1.250,5" in Vietnamese, "1,250.5" in English. Templates call {@code T(...Amounts).format(x, #locale)}.
 */
public final class Amounts {

	private Amounts() {
	}

	public static String format(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale)).format(amount);
	}

}
