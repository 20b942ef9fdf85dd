package dev.luminara.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders ratios as an aligned text table (for the terminal) or a markdown table (for docs/benchmarks.md). */
public final class RatioTable {
    private static final String[] HEADERS = {"benchmark", "params", "mode", "score", "error", "unit", "ratio", "goal"};

    private RatioTable() {}

    public static String text(List<Ratio> ratios) {
        List<String[]> rows = rows(ratios);
        int[] width = new int[HEADERS.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                boolean numeric = i == 3 || i == 4 || i == 6;
                String cell = numeric ? pad(r[i], width[i], true) : pad(r[i], width[i], false);
                sb.append(cell).append(i == r.length - 1 ? "" : "  ");
            }
            sb.append('\n');
        }
        for (Ratio r : ratios) {
            if (r.problem() != null)
                sb.append("note: ")
                        .append(r.measurement().shortName())
                        .append(": ")
                        .append(r.problem())
                        .append('\n');
        }
        return sb.toString();
    }

    public static String markdown(List<Ratio> ratios) {
        List<String[]> rows = rows(ratios);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            sb.append("| ").append(String.join(" | ", rows.get(k))).append(" |\n");
            if (k == 0) {
                sb.append("|");
                for (int i = 0; i < HEADERS.length; i++) sb.append(i >= 3 && i != 5 && i != 7 ? "---:|" : "---|");
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static List<String[]> rows(List<Ratio> ratios) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS.clone());
        for (Ratio r : ratios) {
            Measurement m = r.measurement();
            rows.add(new String[] {
                m.shortName(),
                params(m.params()),
                m.mode(),
                number(m.score()),
                "± " + number(m.error()),
                m.unit(),
                m.isBaseline() ? "1 (baseline)" : ratio(r),
                goal(r)
            });
        }
        return rows;
    }

    private static String ratio(Ratio r) {
        if (Double.isNaN(r.ratio())) return "n/a";
        String s = String.format(Locale.ROOT, "%.2f×", r.ratio());
        if (r.runs() > 1) {
            return s + String.format(Locale.ROOT, " (%.2f–%.2f, %d runs)", r.min(), r.max(), r.runs());
        }
        return Double.isNaN(r.error()) ? s : s + String.format(Locale.ROOT, " ± %.2f", r.error());
    }

    private static String goal(Ratio r) {
        if (!r.hasGoal()) return "";
        return String.format(Locale.ROOT, "≤ %s× %s", trim(r.goal()), r.meetsGoal() ? "met" : "MISSED");
    }

    private static String params(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    static String number(double d) {
        if (Double.isNaN(d)) return "NaN";
        double a = Math.abs(d);
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", d);
        if (a >= 10) return String.format(Locale.ROOT, "%.1f", d);
        if (a >= 0.1) return String.format(Locale.ROOT, "%.3f", d);
        return String.format(Locale.ROOT, "%.4g", d);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
