package org.casework.careplans.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.casework.careplans.GoalView;
import org.casework.careplans.ProgressEntry;

/**
 * A small chart of a goal's indicator: the baseline first, then each measured value in
 * the order recorded, against the target as a line, scaled to fit both.
 *
 * @param points the polyline's points
 * @param dots the measurements
 * @param targetY where the target line is drawn
 */
record ProgressChart(String points, List<Dot> dots, int targetY) {

	static final int WIDTH = 200;

	static final int HEIGHT = 56;

	static final int PAD = 6;

	record Dot(int x, int y, boolean baseline) {
	}

	/**
	 * The chart of a goal, or null when its indicator has no baseline and target or
	 * nothing was measured yet.
	 */
	static ProgressChart of(GoalView goal) {
		if (goal.indicator() == null || goal.indicator().baseline() == null || goal.indicator().target() == null
				|| goal.progress().stream().allMatch(p -> p.value() == null)) {
			return null;
		}
		List<BigDecimal> values = new ArrayList<>();
		values.add(goal.indicator().baseline());
		goal.progress().stream().map(ProgressEntry::value).filter(v -> v != null).forEach(values::add);
		BigDecimal target = goal.indicator().target();
		double min = Math.min(target.doubleValue(),
				values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
		double max = Math.max(target.doubleValue(),
				values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0));
		double span = max - min == 0 ? 1 : max - min;
		int n = values.size();
		List<Dot> dots = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int x = n == 1 ? PAD : PAD + i * (WIDTH - 2 * PAD) / (n - 1);
			dots.add(new Dot(x, y(values.get(i).doubleValue(), min, span), i == 0));
		}
		String points = String.join(" ", dots.stream().map(d -> d.x() + "," + d.y()).toList());
		return new ProgressChart(points, dots, y(target.doubleValue(), min, span));
	}

	private static int y(double value, double min, double span) {
		return (int) Math.round(PAD + (1 - (value - min) / span) * (HEIGHT - 2 * PAD));
	}

}
