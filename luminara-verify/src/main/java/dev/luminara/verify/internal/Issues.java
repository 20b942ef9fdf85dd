package dev.luminara.verify.internal;

import dev.luminara.verify.IssueSeverity;
import dev.luminara.verify.StaticIssue;
import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.ast.SyntaxElement;

/** Collects static issues for one file. */
final class Issues {
    private final String file;
    private final String[] lines;
    private final List<StaticIssue> list = new ArrayList<>();

    Issues(String file) {
        this(file, null);
    }

    /** With the source, positions of AST nodes are moved onto the token they are about (see {@link #column}). */
    Issues(String file, String source) {
        this.file = file;
        this.lines = source == null ? null : source.split("\n", -1);
    }

    void add(IssueSeverity severity, String code, SyntaxElement at, String message, String suggestion) {
        add(severity, code, line(at), column(at), message, suggestion);
    }

    static int line(SyntaxElement at) {
        return at == null ? 0 : at.beginLine;
    }

    /** The column of {@code at}, on the token it is about. */
    int column(SyntaxElement at) {
        return at == null ? 0 : column(at.beginLine, at.beginColumn);
    }

    /**
     * LuaJ's parser starts an expression at the token before it when that token is {@code =} or {@code ,} (a
     * {@code local x = f()}, a second argument), so a column there is moved past it and the blanks after it. Columns
     * are JavaCC's: 1-based, a tab advancing to the next multiple of 8.
     */
    private int column(int line, int column) {
        if (lines == null || line < 1 || line > lines.length || column < 1) return column;
        String text = lines[line - 1];
        int i = index(text, column);
        if (i < 0 || i >= text.length() || (text.charAt(i) != '=' && text.charAt(i) != ',')) return column;
        if (text.charAt(i) == '=' && i + 1 < text.length() && text.charAt(i + 1) == '=') return column; // ==
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
        return j < text.length() ? visual(text, j) : column;
    }

    private static int index(String text, int column) {
        int visual = 1;
        for (int i = 0; i < text.length(); i++) {
            if (visual == column) return i;
            visual = next(visual, text.charAt(i));
        }
        return -1;
    }

    private static int visual(String text, int index) {
        int visual = 1;
        for (int i = 0; i < index; i++) visual = next(visual, text.charAt(i));
        return visual;
    }

    private static int next(int visual, char c) {
        return c == '\t' ? ((visual - 1) / 8 + 1) * 8 + 1 : visual + 1;
    }

    void add(IssueSeverity severity, String code, int line, int column, String message, String suggestion) {
        list.add(new StaticIssue(severity, code, file, line, column, message, suggestion));
    }

    List<StaticIssue> list() {
        return list;
    }
}
