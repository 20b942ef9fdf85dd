package dev.luminara.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import java.io.IOException;

/**
 * Finds where a JSON pointer lies in a JSON text (scene files, input timelines). Jackson's tree nodes carry no locations, so after a fault is found
 * in the tree, the text is scanned again with a streaming parser until the parser's own path equals the pointer. A
 * member is located at its key, an array element at its first token. A pointer that is not in the text (a missing
 * field) falls back to its nearest existing ancestor.
 */
public final class JsonLocator {
    private JsonLocator() {}

    /**
     * {@code {line, column}} (1-based) of the pointer or its nearest ancestor, or null if none of them is found before
     * the text stops parsing.
     */
    public static int[] locate(String text, JsonPointer target) {
        for (JsonPointer p = target; p != null; p = p.head()) {
            int[] found = find(text, p.toString());
            if (found != null) return found;
        }
        return null;
    }

    private static int[] find(String text, String pointer) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    var loc = parser.currentTokenLocation();
                    return new int[] {loc.getLineNr(), loc.getColumnNr()};
                }
            }
        } catch (IOException e) {
            return null; // the scanned part did not contain it
        }
        return null;
    }
}
