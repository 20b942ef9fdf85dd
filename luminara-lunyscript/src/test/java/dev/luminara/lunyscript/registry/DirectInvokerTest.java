package dev.luminara.lunyscript.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectInvokerTest {
    @Test
    void instanceMethodsBindDirectlyWithExactWrappers() throws Exception {
        StringBuilder sb = new StringBuilder("abc");
        DirectInvoker setLength = DirectInvoker.of(StringBuilder.class.getMethod("setLength", int.class));
        DirectInvoker charAt = DirectInvoker.of(StringBuilder.class.getMethod("charAt", int.class));
        assertThat(setLength).isNotNull();
        assertThat(setLength.invoke(sb, new Object[] {2})).isNull();
        assertThat(sb).hasToString("ab");
        assertThat(charAt.invoke(sb, new Object[] {1})).isEqualTo('b');
        List<String> list = new ArrayList<>();
        DirectInvoker add = DirectInvoker.of(List.class.getMethod("add", Object.class));
        assertThat(add.invoke(list, new Object[] {"x"})).isEqualTo(true);
        assertThat(list).containsExactly("x");
    }

    @Test
    void staticMethodsAndWideArityKeepTheMethodHandlePath() throws Exception {
        assertThat(DirectInvoker.of(Math.class.getMethod("abs", double.class))).isNull();
        assertThat(DirectInvoker.of(String.class.getMethod(
                        "regionMatches", boolean.class, int.class, String.class, int.class, int.class)))
                .isNull();
    }

    @Test
    void wrongArgumentsFailAsClassCastAndTargetExceptionsPassThrough() throws Exception {
        DirectInvoker setLength = DirectInvoker.of(StringBuilder.class.getMethod("setLength", int.class));
        assertThatThrownBy(() -> setLength.invoke(new StringBuilder(), new Object[] {2.0}))
                .isInstanceOf(ClassCastException.class);
        assertThatThrownBy(() -> setLength.invoke(new StringBuilder(), new Object[] {-1}))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
