package dev.luminara.bench.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The tool calls both round-trip benchmarks make, the same on every transport. */
final class Calls {
    private final List<String> props;
    private long modifications;

    Calls(List<String> props) {
        this.props = props;
    }

    static ObjectNode noop() {
        return Rpc.JSON.createObjectNode();
    }

    /** The default (detail) digest an agent asks for first, at the default 1,500-token budget. */
    static ObjectNode digest() {
        return Rpc.JSON
                .createObjectNode()
                .put("query", "the red enemy near the tower")
                .put("max_tokens", 1500);
    }

    /** Moves the next of 64 props to a new spot: every call is a real, recorded, undoable change. */
    ObjectNode modify() {
        long n = modifications++;
        ObjectNode args = Rpc.JSON
                .createObjectNode()
                .put("entity", props.get((int) (n % props.size())))
                .put("component", "Transform");
        args.putObject("patch").putArray("position").add(n % 997).add(0.5).add(-(n % 991));
        return args;
    }
}
