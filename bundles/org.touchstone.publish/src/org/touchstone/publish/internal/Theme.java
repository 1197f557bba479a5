package org.touchstone.publish.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.touchstone.publish.Publisher;
import org.touchstone.publish.Site;
import org.touchstone.search.TextAnalysis;

/**
 * The site's style sheets and script, with the tenant's brand colour. Text on the brand colour is
 * white or black, whichever contrasts more; links use the brand colour only when it reaches the
 * 4.5:1 contrast WCAG asks for on white.
 */
public final class Theme {
	private static final String DEFAULT_COLOUR = "#1f5f8b";

	private Theme() {
	}

	public static void write(Site site, Path out, StagedFiles files) throws IOException {
		String brand = colour(site.primaryColour());
		double onWhite = contrast(luminance(brand), 1.0);
		String onBrand = contrast(luminance(brand), 1.0) >= contrast(luminance(brand), 0.0) ? "#ffffff" : "#000000";
		String link = onWhite >= 4.5 ? brand : "#0b4f8a";
		String vars = ":root { --brand: " + brand + "; --on-brand: " + onBrand + "; --link: " + link + "; --focus: #f2a900; }\n";
		files.write(out.resolve("style.css"), vars + Publisher.resource("style.css"));
		files.write(out.resolve("print.css"), Publisher.resource("print.css"));
		files.write(out.resolve("search.js"), folding() + Publisher.resource("search.js"));
		if (!site.quiz().isEmpty()) {
			files.write(out.resolve("quiz.js"), Publisher.resource("quiz.js"));
		}
	}

	/**
	 * The workbench's traditional-to-simplified table as a script variable, so that the browser folds
	 * a query as the index was folded (海底撈 finds 海底捞): each pair of characters, traditional then simplified.
	 */
	private static String folding() {
		StringBuilder pairs = new StringBuilder("/* Traditional to simplified characters, in pairs: the table org.touchstone.search folds with. */\n"
				+ "var touchstoneFolding = \"");
		TextAnalysis.foldingPairs().forEach((from, to) -> {
			if (Character.isIdeographic(from) && Character.isIdeographic(to)) {
				pairs.append(from.charValue()).append(to.charValue());
			}
		});
		return pairs.append("\";\n").toString();
	}

	static String colour(String value) {
		return value != null && value.matches("#[0-9a-fA-F]{6}") ? value.toLowerCase(Locale.ROOT) : DEFAULT_COLOUR;
	}

	static double luminance(String hex) {
		double[] rgb = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
	}

	static double contrast(double a, double b) {
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}
}
