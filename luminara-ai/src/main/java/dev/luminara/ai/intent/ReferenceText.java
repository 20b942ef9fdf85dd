package dev.luminara.ai.intent;

/** References written the way messages show them: {@code ByName("tower")}, {@code Nearest(ByTag("player"), tag enemy)}. */
final class ReferenceText {
    private ReferenceText() {}

    static String of(EntityReference r) {
        if (r instanceof EntityReference.ByName n) {
            return "ByName(\"" + n.name() + "\")";
        } else if (r instanceof EntityReference.ById i) {
            return "ById(" + i.id() + ")";
        } else if (r instanceof EntityReference.ByTag t) {
            return "ByTag(\"" + t.tag() + "\")";
        } else if (r instanceof EntityReference.ByComponent c) {
            return "ByComponent(" + c.component() + ")";
        } else if (r instanceof EntityReference.Nearest n) {
            return "Nearest(" + of(n.to()) + (n.withTag() == null ? "" : ", tag " + n.withTag())
                    + (n.withComponent() == null ? "" : ", component " + n.withComponent()) + ")";
        } else if (r instanceof EntityReference.Semantic s) {
            return "Semantic(\"" + s.description() + "\")";
        }
        throw new IllegalStateException("unhandled reference " + r.getClass().getSimpleName());
    }
}
