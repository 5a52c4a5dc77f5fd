package vn.trienkhai.monitoring.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A figure as the page's language writes it, with at most two decimals and none when whole: "1.204,5" in
 * Vietnamese, "1,204.5" in English. Templates call {@code ${@numbers.of(value)}}.
 */
@Component("numbers")
public class Numbers {

	public String of(BigDecimal value) {
		if (value == null) {
			return "–";
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()));
		return format.format(value);
	}

}
