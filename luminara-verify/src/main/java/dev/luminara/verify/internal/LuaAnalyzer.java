package dev.luminara.verify.internal;

import dev.luminara.script.ScriptId;
import dev.luminara.script.lua.LuaChunks;
import dev.luminara.verify.IssueSeverity;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.ast.Chunk;
import org.luaj.vm2.ast.NameResolver;
import org.luaj.vm2.parser.LuaParser;
import org.luaj.vm2.parser.ParseException;
import org.luaj.vm2.parser.Token;
import org.luaj.vm2.parser.TokenMgrError;

/**
 * Static analysis of a Lua script with LuaJ's parser: syntax (line and column), then, on the resolved AST, forbidden
 * globals and library functions, calls of engine API modules and LunyScript verbs against what is registered, the
 * class table's hooks and metadata, loops that cannot end and {@code world.spawn} call sites.
 */
public final class LuaAnalyzer {
    private static final Pattern LUAC_LINE = Pattern.compile(":(\\d+): (.*)", Pattern.DOTALL);
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered: \"(.*?)\"");
    private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern AT_LINE = Pattern.compile(" at line (\\d+)");

    private final ApiCatalog catalog;
    private final Predicate<String> moduleExists;

    /** @param moduleExists whether {@code require("a.b")} finds {@code a/b.lua}; null when there is no script root */
    public LuaAnalyzer(ApiCatalog catalog, Predicate<String> moduleExists) {
        this.catalog = catalog;
        this.moduleExists = moduleExists;
    }

    public LuaFacts analyze(String file, String source) {
        Issues issues = new Issues(file, source);
        Chunk chunk;
        LuaParser parser = new LuaParser(new StringReader(source));
        try {
            chunk = parser.Chunk();
        } catch (ParseException e) {
            syntax(issues, e, parser.token);
            return empty(issues);
        } catch (TokenMgrError e) {
            String text = String.valueOf(e.getMessage());
            if (text.contains("<EOF> after") && unfinishedString(issues, file, source)) return empty(issues);
            Matcher m = LEXICAL.matcher(text);
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            int col = line > 0 ? Integer.parseInt(m.group(2)) : 0;
            Matcher c = ENCOUNTERED.matcher(text);
            String what = c.find() ? "'" + c.group(1) + "' (not a Lua token)" : "an unexpected character";
            issues.add(
                    IssueSeverity.ERROR,
                    "syntax",
                    line,
                    col,
                    "syntax error near " + what,
                    what.startsWith("'!'") ? "Lua writes 'not equal' as ~= and 'not' as not" : null);
            return empty(issues);
        }
        try {
            // the sandbox stage then loads the same path and bytes from LuaChunks' cache instead of compiling again
            LuaChunks.compile(ScriptId.of(file), source.getBytes(StandardCharsets.UTF_8));
        } catch (LuaError e) {
            Matcher m = LUAC_LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            String msg = line > 0 ? m.group(2) : String.valueOf(e.getMessage());
            Matcher at =
                    AT_LINE.matcher(msg); // LuaC reports a block's problems at its end, naming the line in the text
            if (at.find()) line = Integer.parseInt(at.group(1));
            issues.add(IssueSeverity.ERROR, "syntax", line, 0, "syntax error: " + oneLine(msg), null);
            return empty(issues);
        }
        chunk.accept(new NameResolver());
        ScriptGlobals globals = ScriptGlobals.collect(chunk, issues);
        LuaWalker walker = new LuaWalker(catalog, issues, globals.names(), moduleExists);
        chunk.accept(walker);
        ClassTable table = ClassTable.analyze(chunk, issues);
        return new LuaFacts(
                issues.list(), table.hooks(), table.requires(), table.reload(), walker.spawns(), walker.components());
    }

    /**
     * LuaJ's parser lets a string run on to the end of the file; {@code LuaC} stops at the line where it is left open.
     * Reports that line and the opening quote, or returns false when LuaC finds nothing to say.
     */
    private static boolean unfinishedString(Issues issues, String file, String source) {
        try {
            LuaChunks.compile(ScriptId.of(file), source.getBytes(StandardCharsets.UTF_8));
            return false;
        } catch (LuaError e) {
            Matcher m = LUAC_LINE.matcher(String.valueOf(e.getMessage()));
            if (!m.find() || !m.group(2).startsWith("unfinished string")) return false;
            int line = Integer.parseInt(m.group(1));
            String[] lines = source.split("\n", -1);
            int column = line <= lines.length ? openQuote(lines[line - 1]) : 0;
            issues.add(
                    IssueSeverity.ERROR,
                    "syntax",
                    line,
                    column,
                    "syntax error: unfinished string",
                    "close the string on the same line (a quoted Lua string cannot span lines; [[...]] can)");
            return true;
        }
    }

    /** The 1-based column of the quote that opens a string left open on {@code text}, or 0. */
    static int openQuote(String text) {
        char open = 0;
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open != 0) {
                if (c == '\\') i++;
                else if (c == open) open = 0;
            } else if (c == '-' && text.startsWith("--", i)) {
                return 0;
            } else if (c == '"' || c == '\'') {
                open = c;
                at = i + 1;
            }
        }
        return open == 0 ? 0 : at;
    }

    private static void syntax(Issues issues, ParseException e, Token last) {
        Token at = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : e.currentToken;
        if (at == null && last != null) {
            // thrown by a grammar action ("expected function call"): the token the parser stopped at
            String near = last.kind == 0 ? "the end of the file" : "'" + last.image + "'";
            issues.add(
                    IssueSeverity.ERROR,
                    "syntax",
                    last.beginLine,
                    last.beginColumn,
                    "syntax error near " + near + ": " + oneLine(e.getMessage()),
                    "a statement must be an assignment, a call or a keyword statement");
            return;
        }
        int line = at == null ? 0 : at.beginLine;
        int col = at == null ? 0 : at.beginColumn;
        String near = at == null ? "" : at.kind == 0 ? "the end of the file" : "'" + at.image + "'";
        StringBuilder expected = new StringBuilder();
        if (e.expectedTokenSequences != null && e.tokenImage != null) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            for (int[] seq : e.expectedTokenSequences) {
                if (seq.length > 0) names.add(e.tokenImage[seq[0]].replace("\"", "'"));
            }
            if (!names.isEmpty() && names.size() <= 6)
                expected.append("; expected ").append(String.join(" or ", names));
        }
        String message = at == null ? oneLine(e.getMessage()) : "syntax error near " + near + expected;
        issues.add(IssueSeverity.ERROR, "syntax", line, col, message, unclosedHint(message));
    }

    private static String unclosedHint(String message) {
        return message.contains("the end of the file")
                ? "a block is not closed: check each function/if/for has its 'end'"
                : null;
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        String t = s.replace('\n', ' ').replaceAll("\\s+", " ").trim();
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }

    private static LuaFacts empty(Issues issues) {
        return new LuaFacts(issues.list(), java.util.Set.of(), java.util.List.of(), null, java.util.List.of());
    }
}
