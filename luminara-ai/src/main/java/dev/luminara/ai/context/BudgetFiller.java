package dev.luminara.ai.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Chooses what goes into a digest so that its text fits the token budget, counting with the real tokenizer. The
 * summary, performance and recent changes take bounded shares; then a binary search finds how many entities, in
 * relevance order, fit as catalog lines; then entities are upgraded to detail or full in relevance order while the
 * estimate fits, the search is repeated for what is left, and a final exact count trims from the least important end
 * until the text fits. The result never exceeds the budget (an empty text has zero tokens).
 */
final class BudgetFiller {
    static final int CATALOG = 0, DETAIL = 1, FULL = 2;
    private static final double SUMMARY_SHARE = 0.25, PERFORMANCE_SHARE = 0.1, CHANGES_SHARE = 0.15;
    /** When upgrades are allowed, the first catalog search leaves this share of the room for them. */
    private static final double UPGRADE_RESERVE = 0.4;

    private static final int MIN_TOKENS_PER_ENTITY = 4;

    /** The entities that may be shown, in relevance order, rendered lazily at a level. */
    interface Entities {
        int available();

        int total();

        int maxLevel(int i);

        String block(int i, int level);

        /** Components whose values the block at {@code level} shows (their schemas may follow). */
        List<String> shownComponents(int i, int level);
    }

    /** The parts of a digest to choose from. */
    record Parts(
            List<String> summaries,
            String performance,
            String changesHeader,
            List<String> changeLines,
            Entities entities,
            Function<String, String> schema) {}

    /** What was chosen: a summary variant (-1: none), and how many of each part. */
    record Plan(int summary, boolean performance, int changes, int[] levels, List<String> schemas) {
        int entities() {
            return levels.length;
        }
    }

    private final TokenCounter counter;
    private final int budget;
    private final Parts parts;

    BudgetFiller(TokenCounter counter, int budget, Parts parts) {
        this.counter = counter;
        this.budget = budget;
        this.parts = parts;
    }

    Plan fill() {
        int summary = chooseSummary();
        if (summary < 0) return new Plan(-1, false, 0, new int[0], List.of());
        int used = tokens(parts.summaries().get(summary));
        boolean perf =
                parts.performance() != null && tokens(parts.performance()) <= (budget - used) * PERFORMANCE_SHARE;
        if (perf) used += tokens(parts.performance());
        int changes = 0;
        if (parts.changesHeader() != null && !parts.changeLines().isEmpty()) {
            int room = (int) ((budget - used) * CHANGES_SHARE);
            int spent = tokens(parts.changesHeader());
            while (changes < parts.changeLines().size()
                    && spent + tokens(parts.changeLines().get(changes)) <= room) {
                spent += tokens(parts.changeLines().get(changes++));
            }
            if (changes > 0) used += spent;
        }
        Plan plan = new Plan(summary, perf, changes, new int[0], List.of());
        boolean upgrades = anyUpgradable();
        int first = (int) Math.floor(budget - (upgrades ? (budget - used) * UPGRADE_RESERVE : 0));
        plan = withEntities(plan, search(plan, 0, first));
        if (upgrades) {
            plan = upgrade(plan);
            plan = withEntities(plan, search(plan, plan.entities(), budget));
        }
        return trim(plan);
    }

    /** The richest summary that takes at most its share, or the smallest if only the whole budget holds it. */
    private int chooseSummary() {
        List<String> s = parts.summaries();
        for (int i = 0; i < s.size(); i++) {
            if (tokens(s.get(i)) <= Math.max(budget * SUMMARY_SHARE, 1)) return i;
        }
        return tokens(s.get(s.size() - 1)) <= budget ? s.size() - 1 : -1;
    }

    private boolean anyUpgradable() {
        int n = Math.min(parts.entities().available(), budget / MIN_TOKENS_PER_ENTITY + 1);
        for (int i = 0; i < n; i++) if (parts.entities().maxLevel(i) > CATALOG) return true;
        return false;
    }

    /**
     * The largest entity count in [from, hi] whose rendering fits {@code limit}, keeping earlier levels: a binary
     * search over the additive estimate (cached per block), confirmed with one exact count, and repeated with exact
     * counts only when the estimate was optimistic.
     */
    private int search(Plan plan, int from, int limit) {
        int hi = Math.min(parts.entities().available(), from + budget / MIN_TOKENS_PER_ENTITY + 1);
        int guess = largest(from, hi, k -> estimate(withEntities(plan, k)) <= limit);
        if (tokens(render(withEntities(plan, guess))) <= limit) return guess;
        return largest(from, guess, k -> tokens(render(withEntities(plan, k))) <= limit);
    }

    private static int largest(int lo, int hi, java.util.function.IntPredicate fits) {
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fits.test(mid)) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The plan's token count as the sum of its parts' counts and one per line break between them. */
    private int estimate(Plan p) {
        if (p.summary() < 0) return 0;
        int sum = tokens(parts.summaries().get(p.summary()));
        int breaks = 0;
        if (p.performance()) {
            sum += tokens(parts.performance());
            breaks++;
        }
        if (p.changes() > 0) {
            sum += tokens(parts.changesHeader());
            for (int i = 0; i < p.changes(); i++)
                sum += tokens(parts.changeLines().get(i));
            breaks += 1 + p.changes();
        }
        if (p.entities() > 0) {
            sum += tokens(
                    DigestRenderer.entitiesHeader(p.entities(), parts.entities().total()));
            for (int i = 0; i < p.entities(); i++) sum += blockTokens(i, p.levels()[i]);
            breaks += 1 + p.entities();
        }
        if (!p.schemas().isEmpty()) {
            sum += tokens("## Schemas");
            for (String c : p.schemas()) sum += tokens(parts.schema().apply(c));
            breaks += 1 + p.schemas().size();
        }
        return sum + breaks;
    }

    private final java.util.Map<Long, Integer> blockTokens = new java.util.HashMap<>();

    private int blockTokens(int i, int level) {
        return blockTokens.computeIfAbsent(
                (long) i * 4 + level, k -> tokens(parts.entities().block(i, level)));
    }

    private Plan withEntities(Plan plan, int count) {
        int[] levels = Arrays.copyOf(plan.levels(), count);
        return new Plan(plan.summary(), plan.performance(), plan.changes(), levels, plan.schemas());
    }

    /** Upgrades entities in relevance order while the (additive) estimate stays within the budget. */
    private Plan upgrade(Plan plan) {
        int estimate = tokens(render(plan));
        int[] levels = plan.levels().clone();
        Set<String> schemas = new LinkedHashSet<>(plan.schemas());
        Entities es = parts.entities();
        for (int i = 0; i < levels.length; i++) {
            for (int level = es.maxLevel(i); level > levels[i]; level--) {
                int delta = blockTokens(i, level) - blockTokens(i, levels[i]);
                List<String> newSchemas = new ArrayList<>();
                int schemaTokens = 0;
                for (String c : es.shownComponents(i, level)) {
                    if (!schemas.contains(c) && !newSchemas.contains(c)) {
                        newSchemas.add(c);
                        schemaTokens += tokens(parts.schema().apply(c)) + 1;
                    }
                }
                if (estimate + delta + schemaTokens <= budget) {
                    estimate += delta + schemaTokens;
                    levels[i] = level;
                    schemas.addAll(newSchemas);
                    break;
                } else if (estimate + delta <= budget) {
                    estimate += delta;
                    levels[i] = level;
                    break;
                }
            }
        }
        return new Plan(plan.summary(), plan.performance(), plan.changes(), levels, new ArrayList<>(schemas));
    }

    /** Removes the least important part until the exact count fits. */
    private Plan trim(Plan plan) {
        while (tokens(render(plan)) > budget) {
            plan = smaller(plan);
            if (plan == null) return new Plan(-1, false, 0, new int[0], List.of());
        }
        return plan;
    }

    private Plan smaller(Plan p) {
        if (!p.schemas().isEmpty()) {
            return new Plan(
                    p.summary(),
                    p.performance(),
                    p.changes(),
                    p.levels(),
                    p.schemas().subList(0, p.schemas().size() - 1));
        }
        for (int i = p.levels().length - 1; i >= 0; i--) {
            if (p.levels()[i] > CATALOG) {
                int[] levels = p.levels().clone();
                levels[i]--;
                return new Plan(p.summary(), p.performance(), p.changes(), levels, p.schemas());
            }
        }
        if (p.levels().length > 0) {
            return new Plan(
                    p.summary(),
                    p.performance(),
                    p.changes(),
                    Arrays.copyOf(p.levels(), p.levels().length - 1),
                    p.schemas());
        }
        if (p.changes() > 0) return new Plan(p.summary(), p.performance(), p.changes() - 1, p.levels(), p.schemas());
        if (p.performance()) return new Plan(p.summary(), false, 0, p.levels(), p.schemas());
        if (p.summary() >= 0 && p.summary() < parts.summaries().size() - 1)
            return new Plan(p.summary() + 1, false, 0, p.levels(), p.schemas());
        return null;
    }

    /** The digest text for a plan. */
    String render(Plan p) {
        if (p.summary() < 0) return "";
        StringBuilder sb = new StringBuilder(parts.summaries().get(p.summary()));
        if (p.performance()) sb.append('\n').append(parts.performance());
        if (p.changes() > 0) {
            sb.append('\n').append(parts.changesHeader());
            for (int i = 0; i < p.changes(); i++)
                sb.append('\n').append(parts.changeLines().get(i));
        }
        if (p.entities() > 0) {
            sb.append('\n')
                    .append(DigestRenderer.entitiesHeader(
                            p.entities(), parts.entities().total()));
            for (int i = 0; i < p.entities(); i++)
                sb.append('\n').append(parts.entities().block(i, p.levels()[i]));
        }
        if (!p.schemas().isEmpty()) {
            sb.append("\n## Schemas");
            for (String c : p.schemas()) sb.append('\n').append(parts.schema().apply(c));
        }
        return sb.toString();
    }

    private int tokens(String text) {
        return counter.count(text);
    }
}
