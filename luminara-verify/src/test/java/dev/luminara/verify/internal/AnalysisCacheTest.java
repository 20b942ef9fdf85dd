package dev.luminara.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AnalysisCacheTest {
    private final AtomicInteger runs = new AtomicInteger();

    private BiFunction<Predicate<String>, String, LuaFacts> analyzer(boolean asksRoot) {
        return (moduleExists, source) -> {
            runs.incrementAndGet();
            boolean found = asksRoot && moduleExists != null && moduleExists.test("lib.steer");
            return new LuaFacts(List.of(), Set.of(source + (found ? "+lib" : "")), List.of(), null, List.of());
        };
    }

    @Test
    void theSamePathAndSourceAreAnalysedOnce() {
        AnalysisCache cache = new AnalysisCache(4);
        LuaFacts first = cache.get("a.lua", "return {}", null, analyzer(false));
        LuaFacts again = cache.get("a.lua", "return {}", null, analyzer(false));
        assertThat(again).isSameAs(first);
        assertThat(runs).hasValue(1);
        cache.get("a.lua", "return { x = 1 }", null, analyzer(false));
        cache.get("b.lua", "return {}", null, analyzer(false));
        assertThat(runs).hasValue(3);
    }

    @Test
    void aResultThatAskedTheScriptRootIsNotKept() {
        AnalysisCache cache = new AnalysisCache(4);
        boolean[] exists = {false};
        Predicate<String> root = m -> exists[0];
        assertThat(cache.get("a.lua", "s", root, analyzer(true)).hooks()).containsExactly("s");
        exists[0] = true;
        assertThat(cache.get("a.lua", "s", root, analyzer(true)).hooks()).containsExactly("s+lib");
        assertThat(runs).hasValue(2);
        assertThat(cache.size()).isZero();
        cache.get("a.lua", "s", root, analyzer(false));
        assertThat(cache.size()).isOne();
    }

    @Test
    void theLeastRecentlyUsedResultGoesFirst() {
        AnalysisCache cache = new AnalysisCache(2);
        cache.get("a.lua", "1", null, analyzer(false));
        cache.get("a.lua", "2", null, analyzer(false));
        cache.get("a.lua", "1", null, analyzer(false));
        cache.get("a.lua", "3", null, analyzer(false));
        assertThat(cache.size()).isEqualTo(2);
        cache.get("a.lua", "1", null, analyzer(false));
        assertThat(runs).hasValue(3);
        cache.get("a.lua", "2", null, analyzer(false));
        assertThat(runs).hasValue(4);
        assertThatThrownBy(() -> new AnalysisCache(0)).hasMessageContaining("capacity");
    }
}
