package org.touchstone.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results' charts as SVG: compliance by site, a standard's trend, the ten standards met least
 * often, and failures by type. The same drawing serves the workbench's dashboard (rasterised by
 * SWT) and a published handbook (inline). Each chart also says where its bars are, so that a click
 * on one can drill down to the observations behind it.
 */
public final class Charts {
	private static final String BAR = "#1f5f8b";
	private static final String LOW = "#b5462f";
	private static final String GRID = "#d8d8d8";
	private static final String INK = "#333333";
	private static final int FONT = 12;

	private Charts() {
	}

	/** A chart: its SVG, and the rectangle of each bar or point, by the key it stands for. */
	public record Chart(String svg, List<Region> regions) {
		/** The key of the bar at a point, or null. */
		public String keyAt(double x, double y) {
			for (Region r : regions) {
				if (x >= r.x() && x <= r.x() + r.width() && y >= r.y() && y <= r.y() + r.height()) {
					return r.key();
				}
			}
			return null;
		}
	}

	/** Where one bar is drawn, and what it stands for. */
	public record Region(String key, double x, double y, double width, double height) {
	}

	/**
	 * Compliance rate per site, as vertical bars from 0 to 100 %; with a target (null: none), a
	 * dashed line at it and the bars under it in red.
	 */
	public static Chart bySite(List<Figure> sites, String title, Double target, int width, int height) {
		Svg svg = new Svg(width, height, title);
		List<Region> regions = new ArrayList<>();
		double left = 44, right = width - 12, top = 34, bottom = height - 46;
		svg.percentAxis(left, right, top, bottom);
		double slot = (right - left) / Math.max(1, sites.size());
		for (int i = 0; i < sites.size(); i++) {
			Figure f = sites.get(i);
			double rate = f.rate() == null ? 0 : f.rate();
			double h = (bottom - top) * rate / 100;
			double x = left + i * slot + slot * 0.15, w = slot * 0.7;
			svg.rect(x, bottom - h, w, h, target != null && rate < target ? LOW : BAR);
			svg.text(x + w / 2, bottom - h - 4, percent(rate), "middle", 10);
			svg.text(x + w / 2, bottom + 14, f.key(), "middle", 10);
			regions.add(new Region(f.key(), x, top, w, bottom - top));
		}
		if (target != null) {
			svg.dashed(left, right, bottom - (bottom - top) * target / 100);
		}
		return new Chart(svg.end(), regions);
	}

	/** One standard's rate per period, as a line, with its compliance target dashed when it has one. */
	public static Chart trend(List<Figure> periods, String title, Double target, int width, int height) {
		Svg svg = new Svg(width, height, title);
		List<Region> regions = new ArrayList<>();
		double left = 44, right = width - 16, top = 34, bottom = height - 46;
		svg.percentAxis(left, right, top, bottom);
		double step = periods.size() < 2 ? 0 : (right - left - 20) / (periods.size() - 1);
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < periods.size(); i++) {
			Figure f = periods.get(i);
			double x = left + 10 + i * step;
			double y = bottom - (bottom - top) * (f.rate() == null ? 0 : f.rate()) / 100;
			line.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
			svg.circle(x, y, 3, BAR);
			if (i == 0 || i == periods.size() - 1 || periods.size() <= 8 || i % 3 == 0) {
				svg.text(x, bottom + 14, f.key(), "middle", 10);
			}
			regions.add(new Region(f.key(), x - Math.max(4, step / 2), top, Math.max(8, step), bottom - top));
		}
		if (!periods.isEmpty()) {
			svg.path(line.toString(), BAR);
		}
		if (target != null) {
			svg.dashed(left, right, bottom - (bottom - top) * target / 100);
		}
		return new Chart(svg.end(), regions);
	}

	/** The standards met least often (at most ten), lowest first, as horizontal bars. */
	public static Chart worst(List<Figure> standards, String title, int width, int height) {
		List<Figure> worst = standards.stream().filter(f -> f.rate() != null).sorted(Comparator.comparing(Figure::rate).thenComparing(Figure::key))
				.limit(10).toList();
		return horizontal(worst.stream().map(f -> new Bar(f.key(), f.rate(), percent(f.rate()), f.meetsTarget() == Boolean.FALSE)).toList(), title,
				100, width, height);
	}

	/** Failures per type, most first, as horizontal bars. */
	public static Chart failures(Map<String, Integer> byType, String title, int width, int height) {
		int most = byType.values().stream().mapToInt(Integer::intValue).max().orElse(1);
		return horizontal(byType.entrySet().stream().map(e -> new Bar(e.getKey().isEmpty() ? "-" : e.getKey(), e.getValue(), String.valueOf(e.getValue()), false))
				.toList(), title, most, width, height);
	}

	private record Bar(String key, double value, String label, boolean low) {
	}

	private static Chart horizontal(List<Bar> bars, String title, double max, int width, int height) {
		Svg svg = new Svg(width, height, title);
		List<Region> regions = new ArrayList<>();
		double left = Math.min(width * 0.4, 12 + bars.stream().mapToDouble(b -> textWidth(b.key())).max().orElse(28)), right = width - 48, top = 30;
		double slot = (height - top - 8) / Math.max(1, bars.size());
		svg.line(left, top, left, height - 8, INK);
		for (int i = 0; i < bars.size(); i++) {
			Bar b = bars.get(i);
			double y = top + i * slot + slot * 0.15, h = slot * 0.7;
			double w = max <= 0 ? 0 : (right - left) * b.value() / max;
			svg.rect(left, y, w, h, b.low() ? LOW : BAR);
			svg.text(left - 6, y + h / 2 + 4, fitted(b.key(), left - 10), "end", 11);
			svg.text(left + w + 4, y + h / 2 + 4, b.label(), "start", 11);
			regions.add(new Region(b.key(), 0, y, width, h));
		}
		return new Chart(svg.end(), regions);
	}

	/**
	 * About how wide a bar's name is drawn at 11 px: a Chinese or other wide character about a full
	 * em, any other about 7 px (no font is at hand where the SVG is written).
	 */
	static double textWidth(String text) {
		return text.codePoints().mapToDouble(c -> org.touchstone.core.EastAsianWidth.wide(c) ? 11 : 7).sum();
	}

	/** A bar's name as drawn in the room left of the bars: cut, with an ellipsis, when it would run off the chart. */
	static String fitted(String text, double room) {
		if (textWidth(text) <= room) {
			return text;
		}
		int[] points = text.codePoints().toArray();
		int end = points.length;
		while (end > 0 && textWidth(new String(points, 0, end) + "\u2026") > room) {
			end--;
		}
		return new String(points, 0, end).strip() + "\u2026";
	}

	private static String percent(double rate) {
		return String.format(Locale.ROOT, "%.0f%%", rate);
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}

	/** An SVG document being written; text is escaped, never markup. */
	private static final class Svg {
		private final StringBuilder out = new StringBuilder();

		Svg(int width, int height, String title) {
			out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
					.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"").append(FONT)
					.append("\">\n<title>").append(escape(title)).append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
			text(8, 18, title, "start", 13);
		}

		void percentAxis(double left, double right, double top, double bottom) {
			for (int p = 0; p <= 100; p += 25) {
				double y = bottom - (bottom - top) * p / 100;
				line(left, y, right, y, p == 0 ? INK : GRID);
				text(left - 6, y + 4, p + "%", "end", 10);
			}
		}

		void rect(double x, double y, double w, double h, String fill) {
			out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(w)).append("\" height=\"")
					.append(fmt(Math.max(0, h))).append("\" fill=\"").append(fill).append("\"/>\n");
		}

		void line(double x1, double y1, double x2, double y2, String stroke) {
			out.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(x2)).append("\" y2=\"")
					.append(fmt(y2)).append("\" stroke=\"").append(stroke).append("\"/>\n");
		}

		void dashed(double x1, double x2, double y) {
			out.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y)).append("\" x2=\"").append(fmt(x2)).append("\" y2=\"").append(fmt(y))
					.append("\" stroke=\"").append(LOW).append("\" stroke-dasharray=\"6 4\"/>\n");
		}

		void circle(double x, double y, double r, String fill) {
			out.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"").append(fmt(r)).append("\" fill=\"").append(fill)
					.append("\"/>\n");
		}

		void path(String d, String stroke) {
			out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"2\"/>\n");
		}

		void text(double x, double y, String text, String anchor, int size) {
			out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"").append(anchor).append("\" font-size=\"")
					.append(size).append("\" fill=\"").append(INK).append("\">").append(escape(text)).append("</text>\n");
		}

		String end() {
			return out.append("</svg>\n").toString();
		}

		private static String escape(String s) {
			return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
		}
	}
}
