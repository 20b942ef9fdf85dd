package dev.luminara.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import org.junit.jupiter.api.Test;

class JsonLocatorTest {
    private static final String TEXT = "{\n  \"a\": [\n    {\"b\": 1},\n    {\"c/d\": [5,\n 6]}\n  ]\n}";

    private static int[] at(String pointer) {
        return JsonLocator.locate(TEXT, JsonPointer.compile(pointer));
    }

    @Test
    void membersAreFoundAtTheirKeysAndElementsAtTheirFirstToken() {
        assertThat(at("/a")).containsExactly(2, 3);
        assertThat(at("/a/0")).containsExactly(3, 5);
        assertThat(at("/a/0/b")).containsExactly(3, 6);
        assertThat(at("/a/1/c~1d")).containsExactly(4, 6);
        assertThat(at("/a/1/c~1d/1")).containsExactly(5, 2);
    }

    @Test
    void aMissingMemberFallsBackToItsNearestAncestor() {
        assertThat(at("/a/0/missing/deeper")).containsExactly(3, 5);
        assertThat(at("/nothing")).containsExactly(1, 1);
    }

    @Test
    void unparsableTextHasNoLocation() {
        assertThat(JsonLocator.locate("}", JsonPointer.compile("/b"))).isNull();
        // what was read before the text broke off can still be found
        assertThat(JsonLocator.locate("{\"a\": [", JsonPointer.compile("/a/3"))).containsExactly(1, 2);
    }
}
